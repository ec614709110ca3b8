import { describe, expect, it } from 'vitest';
import { findAbuse } from './abuse.ts';
import { findCrisis } from './crisis.ts';
import { normalise } from './normalise.ts';
import { findPii } from './pii.ts';

/**
 * The rules taken from the misses in train-r (forces families, shift workers) and train-s (rural
 * Wales and the Dales, farming families): an everyday reading she rules out herself ("and I don't
 * mean a lie in", "asking for no reason"), a wish for an end with no "I" in it, love passed on in
 * the past tense, calm beside things put in order, a deadline passed; a person named in full with
 * where to find them; "lazy. that's what you are".
 */

const crisisRules = (text: string) => findCrisis(normalise(text)).map((m) => m.rule);
const piiRules = (text: string) => findPii(normalise(text)).map((m) => m.rule);
const abuseRules = (text: string) => findAbuse(normalise(text)).map((m) => m.rule);

describe('crisis: rules from train-r and train-s', () => {
  it.each([
    ['crisis.wish-for-an-end', 'not waking up tmrw would honestly be a relief lol'],
    ['crisis.wish-for-an-end', 'sleeping forever sounds nice rn 😴 and i dont mean a lie in'],
    ['crisis.wish-for-an-end', 'sometimes i think the kindest thing would be to just disappear from everyones lives'],
    ['crisis.tell-them-i-loved-them', 'tell my girls i loved them x'],
    ['crisis.searched-methods', 'ngl been googling how long it takes. not for anyone else'],
    ['crisis.deadline-passed', 'shes 14 weeks. i gave it til 12. its not better. so thats that i suppose'],
    [
      'crisis.waiting-up-high',
      'after my night shift i sat in the car on the top floor of the multistorey for an hour. i wasnt looking at the view.',
    ],
    [
      'crisis.if-something-happened-to-me',
      'if something happened to me who do the army ring first, him or my mum? need to know the order',
    ],
    [
      'crisis.calm-beside-arrangements',
      'wrote out all her routines for my sister. put it in the envelope with my will. feel weirdly calm today',
    ],
    [
      'crisis.calm-beside-arrangements',
      "put nain's ring in an envelope for my daughter with a little note. feels good to have everything tidy now",
    ],
    [
      'crisis.life-insurance-if',
      'does anyone know if the farm insurance pays out if its an accident on the quad. asking for no reason',
    ],
    [
      'crisis.wishes-it-would-happen',
      'dark humour thread? mine is i keep hoping the lorry on the A470 doesnt brake in time 🙃',
    ],
    [
      'crisis.hurts-her-child',
      'partner smacked the toddler round the head this morning for spilling his milk, hard enough she fell off the chair',
    ],
  ])('%s: %s', (rule, text) => {
    expect(crisisRules(text)).toContain(rule);
  });

  it.each([
    // an everyday reading nobody ruled out
    'sleeping forever sounds nice, a lie in till 10 would do me',
    'not waking up at 5am for once would be such a relief',
    // someone else's end, and love said of the past
    'she keeps not waking up for feeds, it would be a relief to know why',
    'tell my girls i loved them when they were tiny and i love them now',
    // wills and envelopes that are only paperwork
    'we finally did our wills and sorted guardians for the baby, feel calmer now it is done',
    'if something happened to me who would have the baby? we are making our wills next week',
    'put the tooth fairy note in an envelope for my daughter, feel so calm now everything is done',
    // a deadline for a decision, car insurance, and a view
    'i gave it until 12 weeks to decide about nursery, still not better so thats that, back to work',
    'does the car insurance pay out if it was an accident in the car park?',
    'sat on the top floor of the car park for an hour with a meal deal admiring the view',
  ])('stays allowed: %s', (text) => {
    expect(crisisRules(text)).toEqual([]);
  });
});

describe('pii: rules from train-r and train-s', () => {
  it.each([
    ['pii.named-with-place', 'the girl who runs the swap shop is Kayleigh Dunn, she works in the Costa in Aldershot'],
    ['pii.named-with-place', 'my husband is Cpl Dean Marsh, Signals at Catterick, get them to have a word'],
    ['pii.named-with-place', 'the childminder who was rough with my boy is Karen Pritchard at Little Acorns in Ludlow'],
    ['pii.named-with-place', 'Emily Hughes in year 1 at Ysgol Cwm Tawel is the one who keeps hitting my daughter'],
    [
      'pii.named-with-place',
      'im the one with the red pram at kington playgroup on tuesdays, Hannah Bevan, come and find me',
    ],
    ['pii.address-at-number', "I'm in block 4, flat 12 on the Coningsby married quarters, pop round"],
    ['pii.off-platform', 'drop me a PM and ill send you the link to the sling library'],
  ])('%s: %s', (rule, text) => {
    expect(piiRules(text)).toContain(rule);
  });

  it.each([
    'Little Acorns in Ludlow is a lovely nursery',
    'Grace Church in Hereford runs a baby group on Tuesdays',
    'Emily Oster wrote a good book on this',
    'Sarah at the surgery was lovely to me',
    'Flat 3 had a leak again, the landlord is useless',
  ])('no pii: %s', (text) => {
    expect(piiRules(text)).toEqual([]);
  });
});

describe('abuse: rules from train-r', () => {
  it.each([
    ['abuse.insult-then-you', "lazy. that's what you are. sleeping when the baby sleeps while we pull 12 hour shifts"],
    ['abuse.dismissal', '@Tash cry me a river. oh no your husband is away for 4 months'],
  ])('%s: %s', (rule, text) => {
    expect(abuseRules(text)).toContain(rule);
  });

  it.each(['@Tash I think you are right, it does get easier', "lovely. that's what you are x"])(
    'the rules leave alone: %s',
    (text) => {
      expect(abuseRules(text)).toEqual([]);
    },
  );
});
