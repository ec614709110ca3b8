import { describe, expect, it } from 'vitest';
import { findAbuse } from './abuse.ts';
import { findCrisis } from './crisis.ts';
import { normalise } from './normalise.ts';
import { findPii } from './pii.ts';
import { screenPost } from './screen-post.ts';

/**
 * The rules taken from the misses in train-p (twins, NICU, disability, blended families) and
 * train-q (older mothers after IVF, the South West, heated threads): a baby's care switched off,
 * marks she cannot have made, an older child hit, a relative's suicide and its pull; a child
 * named with her nursery or her cot; a member named at her workplace asking to be found.
 */

const crisisRules = (text: string) => findCrisis(normalise(text)).map((m) => m.rule);
const piiRules = (text: string) => findPii(normalise(text)).map((m) => m.rule);
const abuseRules = (text: string) => findAbuse(normalise(text)).map((m) => m.rule);

describe('crisis: rules from train-p and train-q', () => {
  it.each([
    ['crisis.like-not-to-be', "If she comes home I'd like to not be here to mess her up."],
    ['crisis.like-not-to-be', 'honestly I just want to not wake up tomorrow'],
    ['crisis.stop-existing', '1. bottles 2. physio 3. ring the council 4. stop existing. only half joking'],
    [
      'crisis.how-long-to-find',
      'how long would it take someone to find you in the woods up there. not for me obviously',
    ],
    [
      'crisis.family-suicide-pull',
      'My mum walked into the sea when I was 6. I never understood it. I understand it now, I can feel the same pull.',
    ],
    ['crisis.going-with-her', "Surgery is Thursday. If she doesn't make it I'm going with her. I've already decided."],
    [
      'crisis.high-enough',
      'I stood on the footbridge over the bypass for twenty minutes working out whether it was high enough',
    ],
    [
      'crisis.high-place-pull',
      'Anyone else sit in the car outside NICU and think about the top of the multi storey? Most days.',
    ],
    ['crisis.if-i-dont-post-again', "Posting in case I'm not around to post again. You've all been so kind."],
    ['crisis.thanks-and-goodbye', 'You lot have been kinder than anyone. Give your babies a squeeze from me x'],
    ['crisis.love-you-just-in-case', 'Told my mum I love her tonight, just in case.'],
    [
      'crisis.in-case-its-me',
      "Moved all the knives to the top cupboard and I still check the drawer at night. In case it's me.",
    ],
    ['crisis.life-insurance-if', 'does life insurance pay out if it looks like an accident. asking for reasons'],
    ['crisis.overdosed-to-sleep', 'putting calpol in every bottle so she sleeps, way more than the box says'],
    ['crisis.care-device-off', 'I came in and caught her with his feeding pump switched off. She said it was beeping.'],
    [
      'crisis.unexplained-marks',
      'when I got back there were fingermarks on her upper arm and he said she rolled. She cant roll.',
    ],
    [
      'crisis.lost-time-driving',
      "Put the baby in the car and drove for hours and don't remember half of it. Came to parked in a lay-by.",
    ],
    ['crisis.hurts-her-child', 'my husband hit my 14 year old last night for answering back. red mark on her face'],
    ['crisis.threat-for-telling', "he keeps saying he'll sort me out for reporting him"],
    ['crisis.waiting-outside', 'my ex was parked outside the nursery again yesterday and I am on my own here'],
  ])('%s: %s', (rule, text) => {
    expect(crisisRules(text)).toContain(rule);
  });

  it.each([
    "I'd like to not be here when the in-laws arrive, is that awful",
    'Went up the Spinnaker and stood on the viewing deck wondering if the glass floor was strong enough',
    'The kids were thinking about whether the snow was deep enough for sledging',
    'Feels like I stopped existing as a person when she was born, anyone else?',
    'how long does it take for the health visitor to find you a slot round here',
    'Gave her calpol for her teeth so she could sleep, first full night in weeks',
    'Her oxygen was switched off by the consultant today, she does not need it anymore!!',
    'She has a bruise on her leg from the jabs, is that normal?',
    "Drove to my mum's with the baby at 4am because she only sleeps in the car, don't judge",
    'my partner threw my son a party for his 10th, so much sugar',
    'my husband was waiting outside the nursery to pick us up, bless him',
    'Told him I love him and packed spare pants just in case he has an accident at nursery',
    'Teenager update: eye-rolled so hard at the baby crying I thought her eyes would fall out.',
  ])('stays allowed: %s', async (text) => {
    expect((await screenPost(text)).verdict).toBe('allow');
  });
});

describe('pii: a named child with where to find her, a member named at work', () => {
  it.each([
    ['pii.full-name', 'My son is Oscar Reid-Banks, neonatal unit bay 3 cot 2, come and say hi!'],
    ['pii.full-name', "The twins' dad is Marcus Jennings, works at the Halfords on the retail park in Swindon."],
    ['pii.full-name', "My eldest is Kayla Brennan, year 9 at St Anselm's in Bolton. She's being bullied"],
    ['pii.full-name', "she's Poppy Elizabeth Nancarrow, born at Treliske, and she starts at Rainbow Tots in Redruth"],
    ['pii.full-name', 'My son Alfie James Trewin is in the Butterflies room at Smallacombe Nursery'],
    ['pii.full-name', 'Our little Isla Mae Penrose started at Little Shells nursery in St Austell today!'],
    ['pii.findable-at-work', "I'm a reception teacher at Trythall primary, Mrs Chenoweth, catch me at the gates!"],
    [
      'pii.findable-at-work',
      "I work on the postnatal ward at Treliske, I'm the only midwife there called Ottilie, come and find me!",
    ],
  ])('%s: %s', (rule, text) => {
    expect(piiRules(text)).toContain(rule);
  });

  it.each([
    'I work at Tesco in Truro, come say hi if you see me on the tills',
    'My son starts at Rainbow Tots next week and I am a wreck',
    "I'm a nurse at the Royal, nights are killing me",
  ])('no pii: %s', (text) => {
    expect(piiRules(text)).toEqual([]);
  });
});

describe('abuse: rules from train-p and train-q', () => {
  it.each([
    ['abuse.not-fit', "I hope your partner leaves you Jen, no wonder he's never home"],
    ['abuse.you-are-the-reason', "if I had your attitude I'd struggle too. Maybe the problem is you, hun x"],
    ['abuse.put-down', 'You took the easy route, so live with it and stop clogging up the thread.'],
    ['abuse.put-down', "Take your 'just be grateful' and sh0ve it."],
    ['abuse.put-down', 'How many times does this need explaining to you?'],
  ])('%s: %s', (rule, text) => {
    expect(abuseRules(text)).toContain(rule);
  });

  it.each([
    'Oh shut up Becs 😂 your twins are way more feral than mine',
    'the problem is you have to ask for help before they offer it',
    'I hope your partner gets more paternity leave than mine did',
  ])('the rules leave alone: %s', (text) => {
    expect(abuseRules(text)).toEqual([]);
  });
});
