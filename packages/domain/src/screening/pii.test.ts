import { describe, expect, it } from 'vitest';
import { validNhsNumber } from './pii-numbers.ts';
import { screenText } from './screen.ts';
import type { PiiKind } from './types.ts';

const piiKinds = (text: string) =>
  screenText(text)
    .matches.filter((m) => m.category === 'pii')
    .map((m) => m.kind);

describe('pii: each kind', () => {
  it.each<[PiiKind, string, string]>([
    ['phone', 'ring me on 07700 900456', '07700 900456'],
    ['phone', 'text me on 07700-900-123', '07700-900-123'],
    ['phone', 'whatsapp me +44 7700 900 321', '+44 7700 900 321'],
    ['phone', 'or +44 (0)7700 900321', '+44 (0)7700 900321'],
    ['phone', 'landline (01670) 512 345', '(01670) 512 345'],
    ['phone', "I'm on +353 87 123 4567", '+353 87 123 4567'],
    ['phone', 'at 2 07911 123456 after 6', '07911 123456'],
    [
      'phone',
      'oh seven seven double oh nine double oh one two three',
      'oh seven seven double oh nine double oh one two three',
    ],
    ['phone', 'text me on 07seven00 nine hundred 612 n add me', '07seven00 nine hundred 612'],
    ['email', "my email's claire.r@yahoo.co.uk", 'claire.r@yahoo.co.uk'],
    ['email', 'email me at mum_of_two AT gmail dot com', 'mum_of_two AT gmail dot com'],
    ['email', 'kate (at) outlook (dot) com', 'kate (at) outlook (dot) com'],
    ['address', "I'm at 2 Station Road, Morpeth", '2 Station Road'],
    ['address', 'come round, 12 Mill Way', '12 Mill Way'],
    ['postcode', 'Morpeth NE61 1AA', 'NE61 1AA'],
    ['nhs_number', 'mine is 943 476 5919', '943 476 5919'],
    ['nhs_number', 'my NHS number is 123 456 7890', '123 456 7890'],
    ['social', 'add me on WhatsApp', 'add me on WhatsApp'],
    ['social', 'DM me', 'DM me'],
    ['social', 'my insta is the_exhausted_mum', 'my insta is the_exhausted_mum'],
    ['social', 'follow me on tiktok @tiredmum', 'follow me on tiktok'],
    ['full_name', "find me on facebook, it's Gemma Louise Smith from Amble", 'Gemma Louise Smith'],
    ['full_name', 'my name is Rebecca Thompson', 'Rebecca Thompson'],
    ['email', 'my hotmail is sarahj_1987', 'my hotmail is sarahj_1987'],
    ['social', 'instagram.com/sarah.j.87 if anyone wants', 'instagram.com/sarah.j.87'],
    ['social', 'tiktok is mumlife_22', 'tiktok is mumlife_22'],
    ['full_name', 'my fb is Niamh McCarthy', 'Niamh McCarthy'],
    // a number given in parts
    [
      'phone',
      "I'm on whatsapp, number starts 07700 and then it's 900 and then 647, message me anytime",
      "07700 and then it's 900 and then 647",
    ],
    [
      'phone',
      'lets move this to whatsapp, my number starts 07700 and then it’s 900 then 644',
      '07700 and then it’s 900 then 644',
    ],
    ['phone', 'text me, 07911 then 123 then 456', '07911 then 123 then 456'],
    ['phone', 'my landline is 01632 and then 960 and 321', '01632 and then 960 and 321'],
    // a handle after the platform is named
    ['social', 'whats ur snap? mine is beccaxbump94', 'snap? mine is beccaxbump94'],
    ['social', "are you on insta? I'm mumof2_leeds", "insta? I'm mumof2_leeds"],
    ['social', 'tiktok, add me tired.mama.22', 'tiktok, add me tired.mama.22'],
    // asking for her number, a platform as a verb, a handle after "TikTok's"
    ['social', "message me your number and I'll add you in", 'message me your number'],
    ['social', 'Can ye give me yer number hen', 'give me yer number'],
    ['social', 'fb me im demi', 'fb me'],
    ['social', "TikTok's @barrowmam_xo come say hi", '@barrowmam_xo'],
    // a full name with her town and where to look her up
    [
      'full_name',
      "Sophie Barraclough in Hebden Bridge does the baby massage, she's lovely, look her up on facebook",
      'Sophie Barraclough',
    ],
    ['full_name', 'Claire Hughes from Todmorden does sleep help, find her on insta', 'Claire Hughes'],
    ['full_name', "Mark Dobson in Leeds is a brilliant doula, he's on facebook", 'Mark Dobson'],
    // a phone number in parts joined by "and then", "then", "followed by"
    ['phone', 'my numbers 07700 and then 900 672 if anyone wants a walk buddy', '07700 and then 900 672'],
    ['phone', 'text me rather than on here, 07700900 then 843', '07700900 then 843'],
    ['phone', 'ring me on 07700 followed by 900 then 412', '07700 followed by 900 then 412'],
    ['phone', 'its 0191 and then 496 0123 for the house', '0191 and then 496 0123'],
    // a partner's or friend's full name with where they work and the town
    ['full_name', "my partner is Craig Elliott, works at the garage in Blyth, he'll vouch for me", 'Craig Elliott'],
    ['full_name', 'my ex is Darren Scott, he works at Tesco in Ashington if anyone sees him', 'Darren Scott'],
    ['full_name', "my husband's name is Mark Pearson and he works for the council in Morpeth", 'Mark Pearson'],
    // a number in parts across a full stop, joined by a word
    ['phone', 'my number starts 07700. then its 900 559. text me about the playgroup', '07700. then its 900 559'],
    ['phone', 'number is 07700 900. the rest is 321, message me', '07700 900. the rest is 321'],
    ['phone', 'first bit 07911; next bit 123 456', '07911; next bit 123 456'],
    // a full name to search for on a platform, or hers with her town
    [
      'full_name',
      "Search Bogdana Kowalczyk on Facebook, I'm the one in Croydon with the red hair",
      'Bogdana Kowalczyk',
    ],
    ['full_name', 'Find Aisling Brennan-Doyle on Insta, I post about the twins', 'Aisling Brennan-Doyle'],
    ['full_name', 'Look up Maria Santos on facebook', 'Maria Santos'],
    ['full_name', "I'm Kerry Trewin from St Just, my husband's the one with the fish van, come say hi", 'Kerry Trewin'],
    ['full_name', 'Hiya, I am Shona McLeod from Portree, any mums on Skye?', 'Shona McLeod'],
    // street and flat apart, foreign numbers, names with a platform anywhere (train-j, train-k)
    ['address', 'I live on Tennyson Road by the park, flat 4, pop round', 'Tennyson Road'],
    ['address', "Same estate as you! I'm at number 17, green door", "I'm at number 17"],
    [
      'address',
      "we're on plot 12 at Meadow Lane caravan park if you want a cuppa",
      'plot 12 at Meadow Lane caravan park',
    ],
    ['phone', 'Irish mammies, text me on 086 555 0148', '086 555 0148'],
    ['phone', 'my cell is (212) 555-0198 if anyone is in NYC', '(212) 555-0198'],
    ['nhs_number', 'his NHS no. is 401 023 2137 can someone chase it', '401 023 2137'],
    ['social', 'lets all go to discord.gg/tiredmums instead', 'discord.gg/tiredmums'],
    ['social', 'much more active than here: facebook.com/groups/angelmumsNE', 'facebook.com/groups/angelmumsNE'],
    ['full_name', 'my daughter Ruby Okafor-Lane goes to Little Acorns nursery', 'Ruby Okafor-Lane'],
    ['full_name', "Our eldest, Harry Whitfield-Brown, is in Year 2 at St Anne's Primary", 'Harry Whitfield-Brown'],
    ['full_name', 'my son Oscar Lane, 6, Oak class at Harbour View Academy, got hurt', 'Oscar Lane'],
    ['full_name', 'my sister in law Amanda Pryce is on facebook, go look her up', 'Amanda Pryce'],
    ['full_name', 'her dads name is Craig Hollins, works nights at the Asda in Rotherham', 'Craig Hollins'],
    ['full_name', 'my granddaughter Poppy Ashworth starts at Little Acorns nursery on Monday', 'Poppy Ashworth'],
    [
      'full_name',
      "my daughter is Ruby-Mae Atkinson, she's in reception at St Oswald's C of E primary",
      'Ruby-Mae Atkinson',
    ],
    ['full_name', "I know who she is, it's Amanda Pritchard from Tregaron, runs the egg stall", 'Amanda Pritchard'],
    ['phone', 'german mobile if anyone on the base wants a coffee: 0151 2348 7765', '0151 2348 7765'],
    ['social', "my skype is live:sleepy_jen_22 if you'd rather video", 'skype is live:sleepy_jen_22'],
    ['social', 'drop your numbers below and I will make a group chat', 'drop your numbers'],
    ['full_name', "Search Siobhan O'Neill on Facebook, the one with the twins", "Siobhan O'Neill"],
    ['full_name', 'Her facebook is Leanne Marie Docherty, message her', 'Leanne Marie Docherty'],
    ['full_name', "sent you a request on fb, I'm Chloe Marsden with the dog pic", 'Chloe Marsden'],
    ['full_name', 'My eldest is Jayden Price, year 3 at Oakfield Primary, same class as yours?', 'Jayden Price'],
    [
      'full_name',
      "Does anyone remember me from the labour ward? I'm Hannah Kowalski, I had the twins",
      'Hannah Kowalski',
    ],
    // where to find her in the next sentence; a surname that is also a given name; a double given name
    ['full_name', "Anyone know Shannon Pearce? She's on Clarence Street in Hull", 'Shannon Pearce'],
    ['full_name', 'Does anyone know Kirsty Dobson? She works in the Greggs on Northumberland Street.', 'Kirsty Dobson'],
    ['full_name', 'My midwife was Angela Ross at the Princess Royal in Telford', 'Angela Ross'],
    ['full_name', 'Lily-Mae Thompson in Year 2 at Oakwood Primary has been bullying my daughter', 'Lily-Mae Thompson'],
  ])('%s: %s', (kind, text, found) => {
    const result = screenText(text);
    expect(result.verdict).toBe('hold');
    const match = result.matches.find((m) => m.kind === kind);
    expect(match?.text).toBe(found);
    expect(text.slice(match!.start, match!.end)).toBe(found);
  });
});

describe('pii: public help and everyday talk are not personal details', () => {
  it.each([
    'The phone number for PANDAS is on their website',
    'give me your number one tip for sleep',
    "I'm writing this on my break at the William Harvey, first month back on the ward",
    'Anyone know Shannon? She is lovely, met her at baby group',
    'give your details to the health visitor',
    'she snaps at me @Tash, every single time',
    'I phoned my link worker',
    'Our health visitor was lovely',
    'Call 999 in an emergency or 111 for advice',
    'Samaritans are on 116 123, any time',
    'Text SHOUT to 85258',
    'Mind infoline 0300 123 3393',
    'National Domestic Abuse Helpline 0808 2000 247',
    'Childline is 0800 1111',
    'we walked 2 miles down the road',
    'she was up 4 nights in a row',
    'Rang back at 8am on the dot and got one',
    'a 20 minute drive to the hospital',
    'see you at 5pm b4 the session',
    'I was born on 12.03.1990',
    '@Sarah thank you, that helped',
    'I found this group on facebook',
    'My name is Jo',
    'look at nhs.uk for the leaflet',
    'she smiled at me and he shouted at me',
    'my number one tip is get outside',
    'call me old fashioned but I like cloth nappies',
    'she is one hundred percent right, two or three times a week',
    'counted one two three four five six seven eight nine ten green bottles',
    'fed at 0700 and then 0900 and then she slept',
    'she had 120 and then 90 and then 60ml',
    'whats your snap? mine is broken lol',
    'is it on insta? it is 10x better than the app',
    'Gina Ford has routines, look her up on instagram',
    'we did baby massage in Hebden Bridge, look it up on facebook',
    'woke at 0300 then 0500 then 0630 then 0700',
    'she had 0 and then 12 wet nappies',
    'my partner is Craig, works at the garage in Blyth',
    'my husband works at the hospital in Newcastle',
    'my partner is Craig Elliott and he is lovely',
    'she fed at 0700. then 0900 and 1100 again',
    "I'm Still From Leeds lol",
    "I'm reading Sally Rooney from the library, anyone else?",
    'Search Facebook for Home-Start Cumbria, they were brilliant',
    "I'm in Croydon too, come to Messy Church at St Mary's",
    "I'm from St Just too, the fish van is the best",
    '@Sam hope your appointment went ok hun thinking of you x',
    'get the number 38 bus down Hoe Street, it stops outside',
    'Our Sure Start on Victoria Road is number 1 for baby groups',
    'the GP rang back, 0800 number, all sorted',
    'PANDAS have a page, facebook.com/pages/PANDAS-Foundation, worth a look',
    'my son starts Reception at Oak Tree Primary in September, terrified!',
    'the order reference was 0151 2348 7765 if that helps anyone chasing theirs',
  ])('%s', (text) => {
    expect(piiKinds(text)).toEqual([]);
  });
});

describe('NHS numbers', () => {
  it('checks the modulus-11 check digit', () => {
    expect(validNhsNumber('9434765919')).toBe(true);
    expect(validNhsNumber('9434765918')).toBe(false);
    expect(validNhsNumber('12345')).toBe(false);
  });

  it('does not take a random ten-digit number for one without the words "NHS number"', () => {
    expect(piiKinds('order 123 456 7890 arrived')).toEqual([]);
  });
});
