import { describe, expect, it } from 'vitest';
import { findAbuse } from './abuse.ts';
import { findCrisis } from './crisis.ts';
import { normalise } from './normalise.ts';
import { screenPost } from './screen-post.ts';

/** Each [rule, post]: the crisis rules alone find the post by that rule. */
const findsByRule = (rows: Array<[string, string]>) =>
  it.each(rows)('%s: %s', (rule, text) => {
    expect(crisisRules(text)).toContain(rule);
  });

/** Everyday posts near a rule's words, screened as the service does (rules and both models). */
const staysAllowed = (texts: string[]) =>
  it.each(texts)('stays allowed: %s', async (text) => {
    expect((await screenPost(text)).verdict).toBe('allow');
  });

/** The rule ids the crisis rules alone give a post (no model), so each row tests its rule. */
const crisisRules = (text: string) => findCrisis(normalise(text)).map((m) => m.rule);

describe('crisis: goodbyes and arrangements (crisis-farewell.ts)', () => {
  findsByRule([
    [
      'crisis.wont-be-needing',
      'Free to anyone local: the cot, the steriliser and my winter coat. Wont be needing them after Sunday.',
    ],
    ['crisis.wont-be-needing', 'booked a single to the coast, I wont need a return ticket'],
    ['crisis.wont-be-needing', 'cancelled the health visitor for next week, I wont need her'],
    [
      'crisis.not-around-much-longer',
      "I'm teaching my husband her bedtime songs because I won't be around to sing them",
    ],
    ['crisis.not-around-much-longer', "sorry for the endless moaning, you won't have to put up with me after tonight"],
    ['crisis.if-i-dont-post-again', "if I don't post again, thank you for everything"],
    ['crisis.thanks-and-goodbye', 'Thank you all for this year. Whatever happens after tonight, you mattered to me.'],
    ['crisis.thanks-and-goodbye', "Sorry I've been so much work. Look after my boy for me x"],
    ['crisis.letters-for-kids', 'Wrote letters for my kids so they will understand one day'],
    ['crisis.letters-for-kids', "I've written a long careful letter to my son, it's in the drawer with his red book"],
    ['crisis.one-less-of-me', 'the world could do with one less of me honestly'],
    ['crisis.took-them-all', 'I took a handful of my tablets an hour ago'],
    ['crisis.not-around-much-longer', 'dont worry about me ladies, i wont be anyones problem for much longer x'],
    ['crisis.thanks-and-goodbye', 'no need to save me a seat next week girls. thank you for everything x'],
    ['crisis.stockpiling-unsaid', "im stockpiling. that's all im going to say"],
    ['crisis.means-not-for-everyday', 'bought razor blades today. not for my legs. i know i know'],
    ['crisis.ways-to-do-it', 'is it normal to be googling painless ways at 2am or is that just me'],
    ['crisis.wishes-it-would-happen', 'lol if i got hit by a bus id be relieved. like genuinely. not joking this time'],
    ['crisis.join-the-baby-who-died', 'she would have been one this week. i want to go and be with her'],
    ['crisis.goodbye-written', 'writing my goodbye in the notes app 🙃 feels weirdly calm tbh'],
    ['crisis.goodbye-written', 'sorted the paperwork today and wrote tom a letter. just in case.'],
    [
      'crisis.calm-after-deciding',
      "Made my decision and I feel so much lighter now it's made. Thank you all for everything x",
    ],
    [
      'crisis.cards-for-years-ahead',
      "I've written the kids a card each for their birthdays for the next few years so they've got something",
    ],
    ['crisis.point-of-me', 'no car, no German, husband on tour. Honestly what is the point of me.'],
    ['crisis.finally-the-guts', 'if im not on here tomorrow its because i finally had the guts'],
    [
      'crisis.height-of',
      "I've looked up the height of the multistorey by the station and I know which floor I'd go to",
    ],
    [
      'crisis.pills-from-different-shops',
      'does anyone know if you can buy loads of paracetamol at once if you go to different shops',
    ],
    [
      'crisis.holding-the-gun',
      'the gun cabinet key is on his keyring and ive been stood in the hall holding it for twenty minutes',
    ],
    ['crisis.wont-remember-me', "He's only tiny, he won't remember me, which is probably for the best"],
    ['crisis.out-of-the-picture', 'kindest thing is to take myself out of the picture now'],
    ['crisis.affairs-in-order', 'Signed my will at the bank today. Now I can rest.'],
    ['crisis.affairs-in-order', "Told my sister my passwords and PIN, just in case. She didn't ask why."],
    [
      'crisis.high-place-pull',
      'what floor is the top of the multi storey by the station, i keep driving past it and slowing down',
    ],
    ['crisis.means-kept', "There's a rope in the garage now. Nobody knows."],
    ['crisis.overdose-question', 'can you overdose on zopiclone? not for a friend'],
    ['crisis.overdose-question', 'how many co-codamol is too many. asking for me'],
    ['crisis.life-insurance-if', 'does life insurance pay out if it was... never mind'],
    ['crisis.stockpiled', "I've a few boxes saved up in the bedside drawer and nobody has noticed"],
    ['crisis.overdose-question', 'how many of the quetiapine would actually do it'],
    ['crisis.if-i-dont-post-again', "if I'm not on here next week don't worry, I'll be at peace"],
    ['crisis.searched-methods', 'been looking up methods again at 3am, then deleted my history'],
    ['crisis.pray-to-be-taken', 'Please pray for me, that God takes me in my sleep'],
  ]);

  staysAllowed([
    "Selling the cot and the bouncer, we're done having babies so won't be needing them after this weekend",
    "Won't be around next week, we're off on holiday to Tenby!",
    "If I don't post tomorrow it's because the hospital wifi is rubbish, induction at 8",
    'Thank you all, look after each other while I take a break from the group for my exams',
    'We did our wills after the baby came, weight off my mind honestly',
    'Wrote letters for the kids to open on their 18th birthdays, cried the whole time',
    'Wrote a thank you note to my mum for having the kids all week',
    "Stockpiling nappies before the price goes up again, what's the best deal?",
    'Bought new razor blades today, first time shaving my legs since the birth lol',
    'Googling painless ways to take off a plaster for a screaming toddler',
    'if i got hit by a bus id be relieved, at least id get a lie down lol',
    'No need to save me a seat next week girls, we are away in Cornwall! x',
    'my little boy would have been 3 on the 14th. thinking of all the angel mums tonight 💙',
    'Writing my goodbye card for my colleague who is leaving, any ideas what to put?',
    'Made my decision about going back to work and I feel so much lighter now',
    "Wrote my birthday cards for the next few months so I don't forget, who else does this?",
    'He took the shotgun out for the rabbits again, the dog hates the noise',
    'I finally had the guts to tell my health visitor how I feel',
    "he's asleep on me and I can't move and I need a wee so badly I might actually die",
    "I used to self harm as a teenager and was worried pregnancy would bring it all back. 8 months pp and it hasn't",
    'Posted a few weeks back about the thoughts of dropping him. It turned out to be OCD and the CBT is really working',
    'How many paracetamol is too many in a day while breastfeeding?',
    'My toddler found the calpol and I think he swallowed some, can kids overdose on paracetamol?',
    "Gave my mum my PIN so she can do the big shop while I'm in hospital",
    'Bought a rope swing for the garden, he loves it',
    'The tallest building in Leeds has amazing views from the top',
    'Kept all the old boxes of my sertraline to take back to the pharmacy for recycling',
    'Been reading about sleep training methods, cleared my history because my mum would judge lol',
    'Please pray for my nan, the doctors say God will take her soon and we are ready',
  ]);
});

describe('crisis: control told as ordinary life (crisis-control.ts)', () => {
  findsByRule([
    ['crisis.papers-kept', "He keeps my passport and the baby's birth certificate locked away so I can't leave"],
    [
      'crisis.money-checked',
      "I have to show him the receipts and the change every time, if it's short I don't get any next week",
    ],
    ['crisis.locked-out-or-in', 'he locked me out in the garden all night because I was on my phone'],
    ['crisis.threat-next-time', "he said next time I won't get up"],
    ['crisis.threat-next-time', 'my partner told me if anyone asks I fell down the stairs'],
    ['crisis.found-again', 'A letter came to the new address in his writing. We fled in March. I am so scared.'],
    ['crisis.refuge-for-me', "Do refuges take you with twins? Asking for me, he doesn't know"],
    ['crisis.how-do-i-leave', 'how do you leave when you have no money of your own and his dad drives you everywhere'],
    ['crisis.rationed', 'I have to ask for every penny, even for wipes'],
    ['crisis.rationed', 'he decides what I am allowed to eat and weighs the cereal'],
    ['crisis.rationed', 'Is it normal that he padlocks the cupboards when he goes out?'],
    ['crisis.hurt-after-trouble', "if I spend wrong there's trouble. Last time I couldn't sit down for three days"],
    ['crisis.act-against-me', 'now my partner does it to me. slapped me in front of our rainbow baby last night'],
    ['crisis.act-against-me', "my mother in law keeps coming round when he's at work and hitting me"],
    ['crisis.never-leaves-a-mark', 'keeps pushing me, small things, never leaves a mark'],
  ]);

  staysAllowed([
    'Volunteering at the refuge shop on Saturday if anyone wants to drop off baby clothes',
    'Husband said next time he does the night feed he wants a medal',
    'locked myself out in the garden in my slippers, the door slammed, neighbour rescued me lol',
    'we put a child lock on the fridge, the toddler kept raiding it',
    "couldn't sit down for a week after the stitches, don't let anyone rush you",
    'my partner is great with him. kicked me in the ribs all night, this baby, he is 34 weeks',
    'this concealer never leaves a mark on my collars, highly recommend',
  ]);

  it("a ward's rules are not his control", () => {
    const found = findCrisis(normalise("He's in NICU and I want to be with him, the ward won't let me stay overnight"));
    expect(found.map((m) => m.rule)).not.toContain('crisis.let-me');
  });

  it('papers he holds for an ordinary reason are not control', () => {
    expect(crisisRules("He has my bank card because I left my purse in his car, he'll drop it round")).toEqual([]);
  });
});

describe('crisis: neglect told as coping (crisis-baby.ts)', () => {
  findsByRule([
    ['crisis.watered-down-feeds', 'no money till friday so been watering his formula down to make it last'],
    ['crisis.shut-away-for-hours', 'I shut the baby in her room all day and sit downstairs with the telly loud'],
    [
      'crisis.stopped-comforting',
      "I don't go to him when he cries anymore. Stopped picking him up when he cries, he'll learn. He's 5 weeks.",
    ],
    [
      'crisis.shut-away-for-hours',
      'Left her in the house and went into town. I was gone about four hours. She is 3 months.',
    ],
    ['crisis.sedated-to-sleep', "been giving him a bit of Nytol in his bottle so he'll sleep, he's 5 months"],
    ['crisis.sedated-to-sleep', 'he sleeps so deeply now I have to shake him really hard to wake him'],
    ['crisis.sedated-to-sleep', 'she was grey and floppy when I went in'],
    ['crisis.named-intrusive-imagery', 'I keep having intrusive images of my baby and the stairs'],
    [
      'crisis.shut-away-for-hours',
      "My partner had gone out 'for a walk' and left her in the cot for three hours. Baby is 7 weeks.",
    ],
    [
      'crisis.harm-left-marks',
      'smacked his leg today cos he kicked me mid nappy change. left a red handprint. hes 4 months',
    ],
  ]);

  staysAllowed([
    'Does anyone water down apple juice for their toddler?',
    'Left him in the cot and went to put the bins out, he was fine',
    "We've stopped picking her up when she cries at night, doing controlled crying at 9 months and she'll learn",
    'The GP prescribed Piriton for her rash, can I give it in her milk?',
    'My CBT therapist explained that intrusive thoughts about the baby are common and not wishes',
  ]);
});

describe('crisis: learning, reporting and quoted answers are not disclosures', () => {
  staysAllowed([
    'Did a safeguarding course for my new job today. Lots about coercive control and domestic abuse, heavy going.',
    'Read a news story about a mum with postpartum psychosis. Really sad.',
    'The midwife did the questions. Thoughts of harming yourself, no. Harming the baby, no. All fine.',
    'GP asked had I any thoughts of ending my life and I could honestly say no',
    'watched that EastEnders with the controlling husband storyline, so glad mine is soft as anything',
    'Three years today since I last hurt myself. Recovery happens, hold on',
    'sleep when the baby sleeps they said. ill sleep when im dead more like',
    "Can I take sertraline while breastfeeding? My mother in law says it's poison and I'll harm the baby",
  ]);

  it('a disclosure after a screening question stays one', async () => {
    expect((await screenPost('The midwife asked about harming the baby, I said no but I lied')).verdict).not.toBe(
      'allow',
    );
    expect(crisisRules('Did my safeguarding training today. Then I came home and he hit me again.')).not.toEqual([]);
    expect(
      crisisRules("HV asked if I'd had thoughts of not being here, I said no, but the honest answer is every day"),
    ).not.toEqual([]);
  });
});

describe('abuse: teasing between friends (abuse.ts)', () => {
  it('a mild insult with a laugh is teasing, a strong one is still abuse', () => {
    expect(findAbuse(normalise('you absolute numpty 😂 that is the wrong twin'))).toEqual([]);
    expect(findAbuse(normalise('you absolute numpty, read the thread'))).not.toEqual([]);
    expect(findAbuse(normalise('you stupid cow 😂'))).not.toEqual([]);
  });
});
