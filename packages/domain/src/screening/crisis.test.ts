import { describe, expect, it } from 'vitest';
import { screenPost } from './screen-post.ts';
import type { CrisisKind } from './types.ts';

/** Every table here is screened as the service screens a post: rules, then both models. */
const kindOf = async (text: string) => {
  const result = await screenPost(text);
  return { verdict: result.verdict, kind: result.crisisKind };
};

describe('crisis: each kind, as people write it', () => {
  it.each<[CrisisKind, string]>([
    // suicide and self-harm, plainly and in euphemism
    ['suicide_self_harm', 'I want to kill myself'],
    ['suicide_self_harm', 'kms honestly'],
    ['suicide_self_harm', 'i dont want to wake up tomorrow'],
    ['suicide_self_harm', "they'd be better off without me"],
    ['suicide_self_harm', 'everyone would be better off if i wasnt here'],
    ['suicide_self_harm', 'thinking about how to unalive myself'],
    ['suicide_self_harm', 'I just want to end it all'],
    ['suicide_self_harm', 'i cant go on like this'],
    ['suicide_self_harm', 'I want to disappear and never come back'],
    ['suicide_self_harm', 'nobody would miss me if i was gone'],
    ['suicide_self_harm', 'thinking about walking into the sea tonight'],
    ['suicide_self_harm', "I've been stockpiling my sertraline"],
    ['suicide_self_harm', 'is 40 of my quetiapine enough'],
    ['suicide_self_harm', 'oh god i took all ma sertraline like 20 mins ago'],
    ['suicide_self_harm', 'would a whole box of paracetamol be enough'],
    ['suicide_self_harm', 'Ive got the pills ready'],
    ['suicide_self_harm', 'started cutting again'],
    ['suicide_self_harm', 'I keep burning myself with a lighter'],
    ['suicide_self_harm', 'SUICIDAL AGAIN. CANT DO THIS'],
    ['suicide_self_harm', 'im feeling suicdal tonight'],
    ['suicide_self_harm', 'I looked up the easiest way to die'],
    ['suicide_self_harm', 'I think everyone would cope better if I was dead'],
    // intrusive thoughts: frightening, unwanted, usually not intent
    ['intrusive_thoughts', 'sometimes I think about putting a pillow over his face and it terrifies me'],
    ['intrusive_thoughts', "I'm worried I might hurt the baby, I had to put her down and walk away"],
    ['intrusive_thoughts', 'I keep picturing dropping her down the stairs'],
    ['intrusive_thoughts', 'what if i lose control and hurt him'],
    ['intrusive_thoughts', 'scared to be alone with the baby because of the thoughts'],
    ['intrusive_thoughts', 'my intrusive thoughts are awful today'],
    ['intrusive_thoughts', 'my OCD keeps telling me I will stab my son, I would never'],
    // intent or harm done to the baby
    ['danger_to_baby', "I'm going to hurt him"],
    ['danger_to_baby', 'I want to hurt the baby'],
    ['danger_to_baby', 'I shook her'],
    ['danger_to_baby', 'i put my hand over her mouth to stop the screaming'],
    ['danger_to_baby', "I'm this close to shaking him"],
    ['danger_to_baby', 'he gave the baby some of his vodka to make him sleep'],
    ['danger_to_baby', 'been giving the bairn a bit of his methadone to settle him'],
    // danger from another person
    ['danger_from_other', 'he strangled me'],
    ['danger_from_other', 'he hits me'],
    ['danger_from_other', "i'm scared of my partner"],
    ['danger_from_other', 'he threatened to take the baby'],
    ['danger_from_other', 'my husband pushed me against the wall'],
    ['danger_from_other', "I don't feel safe at home"],
    ['danger_from_other', 'he held a knife to me'],
    // psychosis
    ['psychosis', "I'm hearing things that aren't there"],
    ['psychosis', 'the baby isnt mine'],
    ['psychosis', 'I think I have postpartum psychosis'],
    ['psychosis', 'the voices telling me to do things'],
    ['psychosis', 'I think the baby is evil'],
    ['psychosis', 'I think the baby was swapped at the hospital'],
    ['psychosis', 'the tv is sending me messages'],
  ])('%s: %s', async (kind, text) => {
    expect(await kindOf(text)).toEqual({ verdict: 'hold', kind });
  });

  it('names the most urgent kind when several match', async () => {
    expect((await kindOf('he hits me and I want to kill myself')).kind).toBe('suicide_self_harm');
    expect((await kindOf('I shook her. I want to die')).kind).toBe('danger_to_baby');
    expect((await kindOf('intrusive thoughts about dropping him, and the voices telling me things')).kind).toBe(
      'psychosis',
    );
  });

  it('reads intent inside fear as an intrusive thought, not danger', async () => {
    expect((await kindOf('terrified I am going to hurt her')).kind).toBe('intrusive_thoughts');
    expect((await kindOf('I am going to hurt her')).kind).toBe('danger_to_baby');
  });
});

describe('crisis: everyday language stays allowed', () => {
  it.each([
    'I could murder a coffee',
    'My toddler has an actual death wish, he climbed the bookcase again',
    'this heat is killing me',
    "I'm dying for a sleep",
    'Husband took the baby downstairs and let me sleep till 10, bliss',
    'drowning in washing this week',
    'killing it at work',
    'dead tired today',
    'the baby blues are real',
    'my nan passed away last month and I miss her',
    'My sister died by suicide years ago and I think of her a lot',
    'I had dark thoughts last year, therapy really helped',
    'Two years ago I was suicidal. Now I volunteer here, it gets better',
    'Used to self harm as a teenager, 10 years clean now',
    'Is it safe to take sertraline while breastfeeding?',
    'how many paracetamol can I take in a day?',
    'is 2 paracetamol enough for a headache?',
    'cannot wait to lose myself in a box set tonight',
    'took all my meds this morning like a good girl',
    'I have taken my sertraline every day for a year',
    'Just finished a module on postpartum psychosis for my psychology degree',
    'Three years ago this week I was admitted to the mother and baby unit with postpartum psychosis. It does end.',
    'Just learned about postpartum psychosis from a friend who had it. Please know the signs.',
    'is the whole box of nappies enough for a week?',
    'I gave him a beer and told him to relax',
    'gave the baby calpol and she settled',
    'the bairn is teething again',
    'I wanted to scream too',
    "I'd rather die than go to soft play again",
    'I wanted to die of embarrassment',
    'I thought I was going to die in labour',
    'I burnt myself on the oven, ouch',
    'I cut myself shaving',
    'I hurt my back lifting the car seat',
    'he kicked me all night, this baby is strong',
    'she bit me while feeding',
    "my toddler hits me when she's tired",
    "I'm scared of my partner's reaction when I tell him about the bill",
    "terrified she won't wake up, I check her all night",
    'I hear phantom crying in the shower',
    'If you ever feel like ending it, please call Samaritans on 116 123',
    'my husband will kill me when he sees the bill',
    'I could kill him for snoring',
    'I want to end it with my boyfriend, he is useless',
    'I just want to disappear for a day to a spa',
    "I'm so tired I could sleep forever",
    'We nearly went under the water at the swimming lesson, she loved it',
    "she's a little devil at bedtime",
    'The sleep regression is killing us',
    // a dose asked about is not a count to die
    'how many paracetamol can I take while breastfeeding',
    'how many ibuprofen does it take to work?',
    'how many paracetamol would it take for a headache this bad',
    // a car park is for parking
    'sat in the car at the top of the multistorey eating a meal deal in peace, bliss',
    'waiting at the top of the multi storey for a space, been here an hour, hospital parking is a joke',
    // a baby in another room of the home she is in
    'left her in the cot while I showered',
    'left her on her own in the bouncer while I hung the washing out',
    'would you ever leave them alone in the house for a minute to put the bins out?',
    'left the baby with my mum overnight',
    // her dye, and a baby's nap
    'would it be better if i die my hair before the baby comes',
    'does anyone else pray they dont wake up when you transfer them to the cot',
    'i go to bed hoping its the last time she wakes for a night feed',
    // a ride past, a follower online, a fear of spiders
    'my ex is following me on insta again lol, so weird',
    'same car outside my house every morning, the neighbours have a new lodger',
    // a professional's screening question, answered no
    'HV asked me all the questions today, did I ever think about harming myself etc. Answered honestly (no) but still felt like an exam lol',
    'the doctor asked me about self harm and I said no, which is true',
    // past and resolved
    "I used to self harm as a teenager and I was worried pregnancy would bring it back, but she's 6 months now and I'm doing ok. Proud of myself.",
    "My therapist says the scary intrusive thoughts I had in the first year were classic perinatal OCD and really common. They've pretty much gone now after CBT.",
    'I had awful intrusive thoughts when he was born but they have faded completely',
    // hyperbole about the small daily trials
    "If I hear the Peppa Pig theme one more time I'm walking into the sea. joking. mostly",
    'if i have to sing wind the bobbin up again i will jump off a bridge lol',
    'If I get asked if she is sleeping through one more time I will walk into the sea',
    // a screening question answered with a past that is over
    "HV asked me the 'any thoughts of harming yourself' question today and I told her I used to, not now. She was lovely about it.",
    'the midwife asked if I ever had thoughts of harming myself and I said I used to but not any more',
    'GP asked whether I have thoughts of hurting myself, I told him I did once, not lately',
    // laughing at a partner: the rules and the model both leave it
    'My husband is driving me up the wall. Left his socks on the changing mat AGAIN. I could murder him 😂',
    'he ate the last biscuit, I will kill him lol',
    'Fella has used all the hot water again, I could strangle him haha',
    // thanks and recovery
    'thanks everyone, needed tonight ❤️',
    'thank you all, needed this group today x',
    "Just wanted to say thank you for tonight. I came into this group in January barely able to get dressed and tonight I actually shared something funny. I still have bad days, and the medication took a while to kick in, but I'm not in the dark place I was.",
    'Six months on and I am no longer in that dark place, the meds and this group got me out',
    // a dark room is not dark thoughts
    'been sat in the dark thinking about names for the new puppy',
    'sitting in the dark thinking about what to make for tea tomorrow',
    // the baby and "gone", "enough", an engine, a drink: everyday
    "If it wasn't for the baby I'd have gone back to work already",
    'a bit of reflux isnt enough of a reason to switch formula',
    'the garage said the engine running rough is the timing belt',
    'we warm the car up on the drive with the engine running',
    'she was milk drunk and passed out on his chest, so cute',
    'my husband got drunk at the wedding so I drove home with the baby',
    'he had a few beers at the bbq and then fell asleep on the sofa',
    // a screening question answered no, the question a clause after who asked it
    "health visitor did the questionnaire today, asked if i'd had any thoughts of harming myself or the baby. said no and she was lovely about it.",
    'HV asked me if I ever have thoughts of harming myself or the baby and I went bright red even though the answer is no.',
    'midwife did the forms, asked whether I had thoughts of hurting myself, the answer was still no',
    // recovery told as the past, with a time on it and a now that is better
    "18 months ago I was in the mother and baby unit and I honestly thought I'd never feel like me again. I'm back at work part time now and I laughed properly at something yesterday. It does get better x",
    "Long one. I was where a lot of you are now. After Freya I didn't want to be here, I had a plan and everything, and I ended up in the mother and baby unit in Livingston for 5 weeks. That was 3 years ago. I'm on the other side now, still on meds, still have bad days, but I laugh again. If you're reading this at 3am, please tell someone. It does get better.",
    'Two years ago I was in the MBU and thought I would never feel like myself again. I laughed properly today. It gets better.',
    // coming back to the group, asking about a service
    "Thank you all for last night. I didn't think I'd come back on here but I'm glad I did",
    'thank you for last night, nearly didnt come back on here but so glad i did',
    'anyone in Cumbria done the Home-Start befriending? thinking about asking',
    'has anyone done the baby massage class at the library? thinking of signing up',
    // leaving happily, done with a chore, a cafe, the weather, family for the night
    "thanks for everything, baby is 1 now so I'm leaving the group, look after yourselves x",
    'thank you all for the weaning tips! finally finished batch cooking, I am done now x',
    'Love you all, the group has been brilliant, see you at the meet up',
    'sat on the platform and thought about how easy it would be to stop at the cafe on the way home',
    'my partner took the scissors off the toddler but she found the crayons',
    // Scots, everyday
    'a keep forgettin the changing bag, ma heid is mince',
  ])('%s', async (text) => {
    expect(await screenPost(text)).toMatchObject({ verdict: 'allow', crisisKind: null });
  });
});

/**
 * Known false holds, kept visible: `it.fails` passes while the screen still holds the post; when
 * the screen lets it through, the test fails and the line goes back to the table above.
 */
const knownFalseHold = (by: string, text: string) =>
  it.fails(`KNOWN FALSE HOLD (${by}): ${text}`, async () => {
    expect(await screenPost(text)).toMatchObject({ verdict: 'allow' });
  });

// The sense layer's abuse head (sense/abuse-sense.ts) reads this everyday Scots as abuse.
knownFalseHold('abuse.sense', 'am no sure whether tae go tae the baby group the morra');

// The crisis stack with its nearest neighbours (sense/neighbours.ts) holds this for a moderator.
// The word model already leans to crisis on "if I didn't have her" (0.73), and the post sits a
// little nearer crisis posts that begin the same way than clean ones (margin 0.07). The
// neighbours found more crises on every held-out set for the same clean posts held
// (eval/README.md, round four), so the trade was taken.
knownFalseHold('crisis.model', "if I didn't have her I'd have gone on holiday this year");

/** Wordings the screen let through, each as a general rule, with variants of each. */
describe('crisis: missed wordings, as general rules', () => {
  it.each<[CrisisKind, string]>([
    // how many of a drug "it takes"
    ['suicide_self_harm', 'does anyone know how many paracetamol it actually takes. its for me, im past pretending'],
    ['suicide_self_harm', 'how many co-codamol would it really take'],
    ['suicide_self_harm', 'how many of my sertraline to not wake up'],
    // a high place, sitting or waiting there, and despair; Scots spelled out
    [
      'suicide_self_harm',
      'sat in the car at the top of the multistorey. been here an hour. dont really know why im typing this',
    ],
    [
      'suicide_self_harm',
      "am no wantin tae be here anymore. sat in the motor at the top o the multi storey, wean's at ma maw's. cannae stop greetin",
    ],
    ['suicide_self_harm', 'parked on the top level of the car park by the hospital. cant stop crying. had enough'],
    ['suicide_self_harm', "I'm sitting on the bridge again and I don't know why I'm writing this"],
    ['suicide_self_harm', 'a cannae dae this. am no wantin tae be here'],
    // a baby left alone where nobody is
    [
      'danger_to_baby',
      "Partner's gone out drinking and left our 3 week old on her own in the flat. I'm stuck on the ward...",
    ],
    ['danger_to_baby', 'my husband left the baby alone in the car while he went into the bookies for an hour'],
    ['danger_to_baby', 'he left our 6 week old home alone and went to his mates'],
    ['danger_to_baby', 'she leaves the baby in the house on his own while she goes to the shop'],
    // an intrusive thought in Scots
    [
      'intrusive_thoughts',
      'see when am walkin by the river wi the pram a keep seein maself lettin go o it. makin me feart tae go oot. a dinnae want tae hurt him',
    ],
    ['intrusive_thoughts', 'I keep picturing letting go of the pram on the hill and it rolling into the road'],
    ['intrusive_thoughts', 'a keep seein maself pushin the buggy intae the canal, am that feart'],
    // better if I die
    [
      'suicide_self_harm',
      'Sorry my english not good. I am from Poland... Every day I think is better if I die, baby will have better mother.',
    ],
    ['suicide_self_harm', 'everyone would be happier if i just die'],
    ['suicide_self_harm', 'it would be easier for him if i wasnt here'],
    // watched or followed by an ex or his people, and frightened
    [
      'danger_from_other',
      "Same car outside my house every week after baby group and today I got a message saying 'nice pram'. Pretty sure it's my ex's brother. I'm frightened to go out",
    ],
    [
      'danger_from_other',
      "My ex's mate keeps turning up outside the nursery at pick up. I'm terrified to leave the house now",
    ],
    [
      'danger_from_other',
      'I think his family are following me. my ex says nothing but I am scared to take the baby out',
    ],
    // praying not to wake up, hoping it is the last time
    [
      'suicide_self_harm',
      'does anyone else pray they just dont wake up? LO is 4 months and every night i go to sleep hoping its the last time',
    ],
    ['suicide_self_harm', 'I go to bed every night praying this is the last time.'],
    ['suicide_self_harm', "praying i just don't wake up tomorrow"],
    // exhaust fumes in a closed garage
    [
      'suicide_self_harm',
      'sat in the car in the garage with the engine running earlier. went back in when she cried. dont know about next time',
    ],
    ['suicide_self_harm', 'sitting in the car in the garage with the door shut and the engine on'],
    ['suicide_self_harm', 'put the hosepipe on the exhaust last night and sat there'],
    // the baby as the only reason to stay
    ['suicide_self_harm', 'if i didnt have her id have gone already. some days even she isnt enough of a reason'],
    ['suicide_self_harm', 'the only reason im still here is my daughter'],
    ['suicide_self_harm', 'some days even the kids arent enough of a reason to keep going'],
    ['suicide_self_harm', "if it wasn't for my son I'd have done it by now"],
    // driving into something, and a thought that has become a plan
    [
      'suicide_self_harm',
      "Keep picturing driving into the central reservation on the way back from nursery drop off. It's not a scary thought anymore, it's more like a plan.",
    ],
    ['suicide_self_harm', 'keep thinking about steering into the crash barrier on the way home'],
    ['suicide_self_harm', 'the thought of the bridge doesnt scare me anymore, it feels like a plan'],
    // an adult too drunk or high to look after the baby
    [
      'danger_to_baby',
      'my partner is drunk again and passed out on the sofa with the baby on his chest, im on a night shift and just saw it on the camera app. nobody is answering the phone at home',
    ],
    ['danger_to_baby', 'he came home off his face and is holding the baby, I cant get her off him'],
    ['danger_to_baby', 'my husband is wasted and says hes looking after the baby tonight while I go to work'],
    // a goodbye said as thanks: sorry for what is still to come, done now, thanks for trying
    [
      'suicide_self_harm',
      "just wanted to say thank you all for the last few months. you've been kinder to me than anyone in real life. sorry for what i'm going to do x",
    ],
    [
      'suicide_self_harm',
      "Thank you all for being so kind to me these last few months. Please tell the group I'm sorry. Look after your babies x",
    ],
    ['suicide_self_harm', "Love you all in here. Thanks for trying with me. I'm done now."],
    ['suicide_self_harm', 'thanks for everything girls. tell my husband im sorry.'],
    ['suicide_self_harm', 'love you all. i am finished now x'],
    ['suicide_self_harm', 'thank you for trying to help me. im done. look after each other'],
    // a station, bridge, edge or road and how easy it would be; the subject left off
    [
      'suicide_self_harm',
      'stood on the platform at Clapham Junction today and thought about how easy it would be. had the baby in the pram and thats the only reason i stepped back',
    ],
    ['suicide_self_harm', 'walking home over the bridge tonight thinking how easy it would be'],
    [
      'suicide_self_harm',
      'stood at the side of the main road watching the lorries and thought about how easy it would be',
    ],
    [
      'suicide_self_harm',
      'waited on the platform for the fast train and the baby in the sling is the only reason i stepped back',
    ],
    // the means taken away and another found
    ['suicide_self_harm', 'my partner took the razors off me but i found the scissors. im sorry i know i promised'],
    ['suicide_self_harm', 'mum hid all the tablets from me but i had some saved in my coat pocket'],
    ['suicide_self_harm', 'they took the blades away and i found a pencil sharpener'],
    // a weapon shown as what happens if she leaves
    [
      'danger_from_other',
      "he's took the shotgun out the cabinet and left it on the kitchen table and said that's for if i ever try leaving",
    ],
    ['danger_from_other', "my husband keeps a knife under the bed and says it's for if I ever leave"],
    ['danger_from_other', 'he showed me the gun and said thats what happens if i take the kids'],
    // the baby better off with family, and her as the burden
    [
      'suicide_self_harm',
      "he'd be better off with his daddy and his granny honestly. they'd cope. i'm just the thing that makes everything harder for everyone",
    ],
    ['suicide_self_harm', 'the kids would be better off with their nan. i only make everything worse'],
    ['suicide_self_harm', "she'd be happier with her dad, he'd cope fine without me"],
  ])('%s: %s', async (kind, text) => {
    expect(await kindOf(text)).toEqual({ verdict: 'hold', kind });
  });

  it('still holds a screening question answered no when she says the no was not true', async () => {
    expect((await kindOf('the midwife asked if I had thoughts of harming myself, I said no but I lied')).verdict).toBe(
      'hold',
    );
  });

  it('still holds "I used to" when she says it is back', async () => {
    expect(
      (await kindOf('HV asked if I had thoughts of harming myself and I said I used to but now it is every day'))
        .verdict,
    ).toBe('hold');
  });

  it('still holds a threat to kill her', async () => {
    expect(await kindOf('he said he could kill me')).toEqual({ verdict: 'hold', kind: 'danger_from_other' });
    expect(await kindOf('my partner told me he could kill me and nobody would know')).toEqual({
      verdict: 'hold',
      kind: 'danger_from_other',
    });
  });

  it('still holds "I could kill him" about the baby', async () => {
    expect((await kindOf('the baby wont stop screaming, I could kill him 😂')).verdict).toBe('hold');
  });

  it('still holds "one more time" when it is not about a song or a question', async () => {
    expect((await kindOf("if he shouts at me one more time I'm walking into the sea")).verdict).toBe('hold');
  });
});

describe('crisis: a present disclosure is not a past story', () => {
  it.each([
    'the suicidal thoughts are back again',
    'I had dark thoughts last night and they are still there',
    'I was clean for 3 years but I started self harming again',
  ])('%s', async (text) => {
    expect(await kindOf(text)).toEqual({ verdict: 'hold', kind: 'suicide_self_harm' });
  });
});

describe('crisis: the verdict and the spans', () => {
  it('is held by default, flagged when the service chose to publish crisis posts', async () => {
    expect((await screenPost('I want to die')).verdict).toBe('hold');
    expect((await screenPost('I want to die', { crisisAction: 'flag' })).verdict).toBe('flag');
  });

  it('highlights the words that matched, in the author’s own text', async () => {
    const text = 'Honestly... I DON’T want to wake up tomorrow.';
    const [match] = (await screenPost(text)).matches;
    expect(match).toMatchObject({ category: 'crisis', kind: 'suicide_self_harm', text: 'DON’T want to wake up' });
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
  });
});

/** The concept layer (crisis-broad-*.ts): ideas that meet in a sentence, in words no phrase list had. */
describe('crisis: concepts worded a new way', () => {
  it.each<[CrisisKind, string]>([
    ['suicide_self_harm', 'lately I find myself longing to just stop existing'],
    ['suicide_self_harm', 'every time the train comes in I think how easy it would be to just step off'],
    ['suicide_self_harm', "I've sorted out who gets my jewellery and written to the kids"],
    ['suicide_self_harm', 'scratching my arms till they bleed again, it helps'],
    ['intrusive_thoughts', 'my brain keeps showing me putting her in the oven and I feel sick'],
    ['intrusive_thoughts', 'scared I will snap his neck when I change him, I cry every time'],
    ['danger_to_baby', 'I slapped her because she would not stop screaming'],
    ['danger_to_baby', 'I was so close to throwing him tonight'],
    ['danger_to_baby', 'if I go I am taking the baby with me'],
    ['danger_from_other', 'my boyfriend threw his plate at me in front of the kids'],
    ['danger_from_other', 'he keeps my bank card and says I am lucky he lets me live here'],
    ['psychosis', 'the baby is not really a baby, something is pretending'],
    ['psychosis', 'there are microphones in the light fittings recording me'],
  ])('%s: %s', async (kind, text) => {
    expect(await kindOf(text)).toEqual({ verdict: 'hold', kind });
  });

  it.each([
    'I dream about a lie-in and not waking up till noon',
    'I want to disappear into a good book tonight',
    'We drove over the bridge and I thought how easy it would be to stop at the cafe',
    'I grabbed her just before she rolled off the bed',
    'He threw a blanket at me as a joke when I was cold',
    'My partner won’t let me carry the car seat after my section, bless him',
    'Any recommendations for a camera in the nursery?',
    'I haven’t fed her since 6, is that too long? she’s asleep',
    "He's not a baby anymore, he's a proper toddler",
    'My toddler gave me a black eye with his head, ouch',
  ])('leaves alone: %s', async (text) => {
    expect((await screenPost(text)).verdict).toBe('allow');
  });
});
