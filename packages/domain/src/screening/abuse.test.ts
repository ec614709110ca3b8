import { describe, expect, it } from 'vitest';
import { deobfuscate } from './abuse.ts';
import { normalise } from './normalise.ts';
import { screenText } from './screen.ts';

const abuse = (text: string) => screenText(text).categories.includes('abuse');

describe('abuse: aimed at people', () => {
  it.each([
    'you stupid bitch',
    'what a crap mother, honestly',
    'fuck off and stop whining',
    "you're a total moron",
    'nobody cares, you attention seeker',
    'your baby is ugly lol',
    'piss off back to mumsnet',
    'why dont you just go away',
    'you sound like a terrible mother',
    'shut up you absolute cow',
    'are you thick?',
    'your kids deserve better',
    'you deserve everything you get',
    'you should never have had kids',
    'no wonder your husband left you',
    'kys',
    'typical attention seeking post',
    'OP is a liar',
    // aimed without a listed insult (abuse-aimed.ts)
    'nobody gives a toss about your feelings',
    'your partner will leave you soon enough',
    'you are the reason your son is so unhappy',
    'honestly you are a terrible mother',
    'get lost, nobody wants you here',
    'crying again lol, pathetic',
    'women like you should not be allowed kids',
    'god help that child',
    // "you sound like a ... nightmare", "no wonder he left"
    'you sound like a f*cking nightmare to live with, no wonder he left',
    'you sound like an absolute nightmare tbh',
    'you were so rude to him, no wonder he left',
    // Scots, Irish and Geordie: "ye" and "ye're" for you, "wee", "pure", "fecking", and their own insults
    "Ye're a bampot, Kirsty. Total numpty. Gie it a rest, eh",
    'Haud yer wheesht, ya daft wee besom.',
    'Ya fecking header Niamh, go way outta that with your nonsense',
    "Siobhan you're a pure sap, no wonder your fella's never home",
    "Ha'way Lou yer a right radgie",
    'are you actually braindead',
  ])('%s', (text) => {
    expect(screenText(text)).toMatchObject({ verdict: 'hold', categories: ['abuse'] });
  });

  it.each([
    ['a star for a letter', 'you f*cking idiot'],
    ['a star for a letter', "you're a c*nt"],
    ['digits for letters', "you're a b1tch"],
    ['a symbol for a letter', 'you dumb b!tch'],
    ['spaced letters', 'f u c k off'],
    ['dotted letters', 'F.U.C.K O.F.F'],
    ['letters held down', 'fuuuuuck you'],
    ['letters held down', 'you stuuuupid cow'],
  ])('sees through %s: %s', (_, text) => {
    expect(abuse(text)).toBe(true);
  });

  it('treats a slur as abuse wherever it is', () => {
    expect(abuse('that retard at the clinic')).toBe(true);
  });
});

describe('abuse: swearing about her own life is not abuse', () => {
  it.each([
    "I'm so fucking tired",
    'what a shit night',
    'Feeling like a shit mum today',
    'I feel like such a bad mother',
    'what the fuck is this sleep regression',
    'Shit, forgot the changing bag again',
    'Bloody hell the nursery fees',
    "You're not a bad mum, you're a tired one",
    'Nobody here thinks you are a bad mother',
    "It doesn't make you a bad mother",
    'I told him to piss off and took the baby to my mums',
    'I need to get a grip on the washing pile',
    'watching them grow up is magic',
    'you lucky cow, mine never sleeps',
    'thank you, you absolute legend',
    'my breasts are so sore and my nipples are cracked',
    'a chink of light at last',
    'Scunthorpe midwives were lovely',
    'Had my first cocktail in a year',
    'what an idiot I am, left the bottles at home',
    'I feel like nobody cares about me',
    'she finally shut up and went to sleep lol',
    'Nobody cares if the house is messy, you just had a baby',
    'Your husband should take the night feeds so you can rest',
    'You are the reason I keep coming back to this group',
    'poor baby has a cold, poor little thing',
    'haha you are not alone, mine screams in the car too',
    // an insult word inside an idiom is not an insult
    "Two years ago I was in a mother and baby unit with postpartum psychosis... Hang on in there if you're in the thick of it x",
    "If you're in the thick of it right now, it does get easier",
    'you lot have been there for me through thick and thin',
    'your messages came thick and fast last night, thank you all',
    'you sound like you had a nightmare of a day, sending love',
    'you poor thing, sounds like a nightmare',
    'my dad was awful to my mum, no wonder she left',
    'you sound like you are having a nightmare with him, no wonder you left',
  ])('%s', (text) => {
    expect(screenText(text).verdict).toBe('allow');
  });
});

describe('undoing disguises', () => {
  it('reads look-alike characters as letters but keeps digits that are numbers', () => {
    expect(deobfuscate(normalise('sh1t b!tch $hit, 07700 900123 at 5pm!')).text).toBe(
      'shit bitch shit, 07700 900123 at 5pm!',
    );
  });

  it('joins spaced letters only when they spell a swear word', () => {
    expect(deobfuscate(normalise('f u c k this, u r a star')).text).toBe('fuck this, u r a star');
  });

  it('keeps every match pointing at the author’s text', () => {
    const text = 'honestly F . U . C . K   O F F';
    const [match] = screenText(text).matches;
    expect(match?.text).toBe('F . U . C . K   O F F');
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
  });
});
