import type { Audience, JoinPolicy, MeetingTime, ReactionKind, ReportReason } from '@village/domain';
import type { DemoKey } from './accounts.ts';

/** Demo groups, written the way a real perinatal peer-support service would run them. */
export interface DemoPost {
  author: DemoKey;
  /** minutes after the thread was started */
  after: number;
  body: string;
  reactions?: Partial<Record<ReactionKind, DemoKey[]>>;
  /**
   * Left for the screen, as if just written: the sweeper screens it when `pnpm dev` starts, so
   * the demo moderation queue has real items (a crisis, personal details) made by the real job.
   */
  awaitingScreen?: true;
  /** members who reported it; the sweeper triages their reports the same way */
  reportedBy?: { by: DemoKey; reason: ReportReason; note?: string }[];
}

export interface DemoThread {
  title: string;
  startedHoursAgo: number;
  /** the first post opens the thread */
  posts: [DemoPost, ...DemoPost[]];
}

export interface DemoGroup {
  slug: string;
  name: string;
  description: string;
  audiences: Audience[];
  meetingTime: MeetingTime;
  joinPolicy: JoinPolicy;
  groundRules: string;
  members: DemoKey[];
  facilitators: DemoKey[];
  /** members waiting for a moderator to approve their request to join */
  requested: DemoKey[];
  threads: DemoThread[];
}

const commonRules = [
  'Be kind. Everyone here is finding their way, and there is no right way to feel.',
  'Share experiences, not medical advice. For medical questions, talk to your midwife, health visitor or GP.',
  'Keep personal details private: no full names, phone numbers, addresses or meet-ups arranged here.',
  "What's shared in the group stays in the group.",
  'If you are in crisis or worried about your safety or your baby’s, use “Get help now” at the top of every page.',
];

const rules = (...extra: string[]) => [...commonRules, ...extra].join('\n');

export const demoGroups: DemoGroup[] = [
  {
    slug: 'expecting',
    name: 'Expecting',
    description:
      'For anyone who is pregnant and finding it harder than they expected: worries, mixed feelings, scans and appointments, and everything in between.',
    audiences: ['pregnancy'],
    meetingTime: 'any-time',
    joinPolicy: 'open',
    groundRules: rules('Please add a content note before talking about loss or a difficult birth.'),
    members: ['bump', 'rainy', 'tea'],
    facilitators: ['facilitator'],
    requested: [],
    threads: [
      {
        title: 'Anyone else feeling anxious rather than glowing?',
        startedHoursAgo: 70,
        posts: [
          {
            author: 'bump',
            after: 0,
            body: "I'm 24 weeks and everyone keeps telling me how exciting it must be. Honestly, most days I just feel on edge: worrying about every twinge, lying awake going over what could go wrong. Then I feel guilty for not enjoying it more. Is this normal?",
            reactions: { hug: ['rainy', 'tea', 'facilitator'], me_too: ['tea'] },
          },
          {
            author: 'rainy',
            after: 45,
            body: "You're definitely not alone. I felt exactly like this with my first and was so ashamed to say it out loud. What helped was telling my midwife at my next appointment. She didn't bat an eyelid and offered me a chat with the perinatal team. It's worth mentioning, even if it feels small.",
            reactions: { thank_you: ['bump'] },
          },
          {
            author: 'facilitator',
            after: 130,
            body: "Thank you for being so honest. It takes courage, and I'm sure others reading this feel the same. Anxiety in pregnancy is really common, and it doesn't mean you're doing anything wrong or that you'll love your baby any less. If the worry starts to take over your days or nights, your midwife or GP can help, and “Get help now” has numbers you can call any time.",
            reactions: { thank_you: ['bump', 'rainy'] },
          },
          {
            author: 'tea',
            after: 300,
            body: 'Sending you a hug. Writing my worries down before bed helped me a little: it got them out of my head and onto paper, and they looked smaller in the morning.',
          },
        ],
      },
      {
        title: 'Packing the hospital bag: what did you actually use?',
        startedHoursAgo: 20,
        posts: [
          {
            author: 'tea',
            after: 0,
            body: "The leaflet says pack by 36 weeks and I'm 35 and a half… What did you genuinely use, and what was a waste of space?",
          },
          {
            author: 'rainy',
            after: 25,
            body: 'A long phone charger, lip balm, snacks you actually like, and big comfy knickers. I never touched the candles or the playlist!',
            reactions: { thank_you: ['tea'] },
          },
          {
            author: 'bump',
            after: 90,
            body: "Following this. I've packed three books and I suspect that's optimistic.",
            reactions: { me_too: ['tea'] },
          },
        ],
      },
    ],
  },
  {
    slug: 'new-babies-early-days',
    name: 'New babies, early days',
    description:
      'The first months with a new baby: night feeds, sleep (or not), recovery after the birth, and the feelings nobody warned you about.',
    audiences: ['new-babies'],
    meetingTime: 'any-time',
    joinPolicy: 'open',
    groundRules: rules('Feeding choices are personal: support, never judge.'),
    members: ['sleepless', 'tea', 'socks', 'twounder'],
    facilitators: ['facilitator'],
    requested: [],
    threads: [
      {
        title: 'Small wins: tell us one good thing from today',
        startedHoursAgo: 50,
        posts: [
          {
            author: 'tea',
            after: 0,
            body: "Let's keep a thread of small wins, because some days they're all we've got. Mine: a shower AND a hot cup of tea before noon.",
            reactions: { hug: ['socks'], thank_you: ['sleepless', 'twounder'] },
          },
          {
            author: 'sleepless',
            after: 180,
            body: "We made it to the baby group for the first time. I nearly turned round at the door, but I'm so glad I went in.",
            reactions: { hug: ['tea', 'socks'] },
          },
          {
            author: 'socks',
            after: 400,
            body: 'First proper smile today. I cried a bit. Happy tears, for once!',
            reactions: { hug: ['tea', 'sleepless', 'twounder'] },
          },
        ],
      },
      {
        title: '3am feeds and feeling very alone',
        startedHoursAgo: 9,
        posts: [
          {
            author: 'sleepless',
            after: 0,
            body: 'Baby is five weeks old. The night feeds are the hardest part: everyone else in the house is asleep, and I sit there feeling like the only person awake in the world. Does it get easier?',
            reactions: { hug: ['socks', 'twounder', 'facilitator'], me_too: ['twounder'] },
          },
          {
            author: 'socks',
            after: 20,
            body: "It does get easier, I promise, even if it doesn't feel like it tonight. At five weeks I was in exactly the same place. Now I come on here during night feeds, and it helps to know someone else is up too.",
          },
          {
            author: 'twounder',
            after: 35,
            body: "Hello from the 3am club, feeding the little one right now. You're doing a brilliant job, even when it doesn't feel like it.",
            reactions: { thank_you: ['sleepless'] },
          },
          {
            author: 'facilitator',
            after: 240,
            body: "The early weeks can be so isolating, especially at night. It might help to tell your health visitor how you're feeling: they hear this often and know what's on locally. And if the low feelings stay for more than a couple of weeks, please mention it to your GP too. You don't have to wait until it's really bad.",
            reactions: { thank_you: ['sleepless', 'socks'] },
          },
          {
            author: 'tea',
            after: 300,
            body: "Can I say something scary? When I'm this tired I get horrible flashes of dropping her down the stairs. I would never, and it terrifies me that my brain even goes there.",
            awaitingScreen: true,
          },
          {
            author: 'twounder',
            after: 310,
            body: 'If anyone wants to talk properly, text me on 07700 900 654, I am up most nights.',
            awaitingScreen: true,
          },
          {
            author: 'socks',
            after: 320,
            body: 'Have you tried just leaving her to cry for a bit? Worked for mine. They have to learn sometime.',
            reportedBy: [
              { by: 'sleepless', reason: 'unkind', note: 'This felt really harsh after what I shared.' },
              { by: 'twounder', reason: 'unkind' },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'toddler-years',
    name: 'Toddler years',
    description:
      'For parents of one- to four-year-olds: tantrums, nursery, sleep regressions, and looking after yourself while you look after them.',
    audiences: ['toddlers'],
    meetingTime: 'daytime',
    joinPolicy: 'open',
    groundRules: rules(
      'Every child is different: share what worked for you, without telling others what they should do.',
    ),
    members: ['toddler', 'twounder', 'socks'],
    facilitators: [],
    requested: [],
    threads: [
      {
        title: 'Tantrums at drop-off and the guilt afterwards',
        startedHoursAgo: 30,
        posts: [
          {
            author: 'toddler',
            after: 0,
            body: "My two-year-old screams every time I leave her at nursery. The staff say she's fine five minutes later, but I carry the guilt around all day. How do you cope with it?",
            reactions: { me_too: ['twounder', 'socks'], hug: ['socks'] },
          },
          {
            author: 'twounder',
            after: 60,
            body: 'Ours did this for about a month. The nursery sent me a photo after ten minutes of him playing happily, and that really helped. Maybe ask if they could do the same?',
            reactions: { thank_you: ['toddler'] },
          },
          {
            author: 'socks',
            after: 95,
            body: "A short, cheerful goodbye worked better for us than hanging around. It's hard though. Be gentle with yourself: her crying at the door shows how attached she is to you.",
            reactions: { hug: ['toddler'] },
          },
        ],
      },
      {
        title: "Rainy day ideas that don't involve a screen",
        startedHoursAgo: 4,
        posts: [
          {
            author: 'socks',
            after: 0,
            body: 'Stuck indoors again. What keeps your toddler busy on wet days?',
          },
          {
            author: 'toddler',
            after: 15,
            body: 'A washing-up bowl of warm water and some plastic cups on a towel. Messy, but it buys me half an hour.',
            reactions: { thank_you: ['socks'] },
          },
          {
            author: 'twounder',
            after: 40,
            body: 'Den building with sofa cushions. Then I get to lie down inside the den, which is a win for me too.',
            reactions: { thank_you: ['socks', 'toddler'] },
          },
        ],
      },
    ],
  },
  {
    slug: 'working-mums-evening',
    name: 'Working mums evening group',
    description:
      'For mums who are working or going back to work: juggling childcare, keeping-in-touch days, and the guilt and relief that can come together. Most active after bedtime.',
    audiences: ['working-parents'],
    meetingTime: 'evening',
    joinPolicy: 'request',
    groundRules: rules('Keep your workplace anonymous: no employer names or colleagues’ details.'),
    members: ['lunchbox', 'toddler'],
    facilitators: ['facilitator'],
    requested: ['sleepless'],
    threads: [
      {
        title: 'Going back to work next month and dreading it',
        startedHoursAgo: 45,
        posts: [
          {
            author: 'lunchbox',
            after: 0,
            body: "Back to the office in four weeks after a year off. I feel like I've forgotten how to do my job, and I'm worried about leaving my son. Anyone been through this recently?",
            reactions: { hug: ['toddler', 'facilitator'] },
          },
          {
            author: 'toddler',
            after: 50,
            body: 'I went back in the spring. The first two weeks were hard, then it became our new normal. A couple of keeping-in-touch days beforehand helped me feel less rusty.',
            reactions: { thank_you: ['lunchbox'] },
          },
          {
            author: 'facilitator',
            after: 120,
            body: "Lots of parents find the run-up harder than the return itself. It can help to write down what you'd like to ask your manager: a phased return or flexible hours are worth asking about. We talk about this in the evening sessions too, and you'd be very welcome.",
            reactions: { thank_you: ['lunchbox', 'toddler'] },
          },
        ],
      },
      {
        title: 'Evening check-in: how was today?',
        startedHoursAgo: 3,
        posts: [
          {
            author: 'facilitator',
            after: 0,
            body: "A space for a quick check-in once the little ones are in bed. How was today, honestly? There's no need to make it sound better than it was.",
          },
          {
            author: 'lunchbox',
            after: 30,
            body: 'Long day, a missed train and a very late bedtime. But we read two stories together, and that felt like enough.',
            reactions: { hug: ['toddler', 'facilitator'] },
          },
          {
            author: 'toddler',
            after: 55,
            body: 'Tired but okay. I managed to leave work on time for once.',
            reactions: { thank_you: ['facilitator'] },
          },
        ],
      },
    ],
  },
];
