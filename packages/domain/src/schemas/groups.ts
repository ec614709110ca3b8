import { type Static, Type } from 'typebox';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { SessionTimeOfDay } from './sessions.ts';

/** Who a group is for; the directory filters on these. */
export const audiences = [
  'pregnancy',
  'new-babies',
  'toddlers',
  'working-parents',
  'loss',
  'dads-and-partners',
] as const;
export const Audience = oneOf(audiences);
export type Audience = (typeof audiences)[number];
export const audienceLabels: Record<Audience, string> = {
  pregnancy: 'Pregnancy',
  'new-babies': 'New babies',
  toddlers: 'Toddlers',
  'working-parents': 'Working parents',
  loss: 'Baby loss',
  'dads-and-partners': 'Partners',
};

/** When a group is mostly active, so a working mum can find an evening group. */
export const meetingTimes = ['daytime', 'evening', 'weekend', 'any-time'] as const;
export const MeetingTime = oneOf(meetingTimes);
export type MeetingTime = (typeof meetingTimes)[number];

export const JoinPolicy = Type.Union([Type.Literal('open'), Type.Literal('request')]);
export type JoinPolicy = Static<typeof JoinPolicy>;

/** How new posts reach the group (DESIGN: pre-moderated, screened, post-moderated). */
export const ModerationMode = Type.Union([Type.Literal('pre'), Type.Literal('screened'), Type.Literal('post')]);
export type ModerationMode = Static<typeof ModerationMode>;

export const MembershipStatus = Type.Union([Type.Literal('active'), Type.Literal('requested')]);
export type MembershipStatus = Static<typeof MembershipStatus>;
export const GroupRole = Type.Union([Type.Literal('member'), Type.Literal('facilitator')]);
export type GroupRole = Static<typeof GroupRole>;

export const MyMembership = Type.Object({
  status: MembershipStatus,
  role: GroupRole,
  groundRulesAccepted: Type.Boolean(),
});
export type MyMembership = Static<typeof MyMembership>;

/** What the viewer may do here, so the UI hides what she may not (computed by the policies). */
export const GroupAbilities = Type.Object({
  readPosts: Type.Boolean(),
  join: Type.Boolean(),
  requestToJoin: Type.Boolean(),
  acceptGroundRules: Type.Boolean(),
  post: Type.Boolean(),
  reviewRequests: Type.Boolean(),
  /** schedule sessions here (canScheduleSession: a facilitator with current training, or an admin) */
  scheduleSessions: Type.Boolean(),
});
export type GroupAbilities = Static<typeof GroupAbilities>;

export const GroupSummary = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  audiences: Type.Array(Audience),
  meetingTime: MeetingTime,
  joinPolicy: JoinPolicy,
  memberCount: Type.Integer(),
  membership: Type.Union([MyMembership, Type.Null()]),
});
export type GroupSummary = Static<typeof GroupSummary>;

export const GroupDetail = Type.Object({
  ...GroupSummary.properties,
  groundRules: Type.String(),
  moderationMode: ModerationMode,
  /** the IANA zone session times are entered and shown in (default Europe/London) */
  timeZone: Type.String(),
  createdAt: IsoDate,
  abilities: GroupAbilities,
});
export type GroupDetail = Static<typeof GroupDetail>;

export const GroupListQuery = Type.Object(
  {
    audience: Type.Optional(Audience),
    /** groups with upcoming sessions in this band (groups with none yet: by their stated meeting time) */
    time: Type.Optional(SessionTimeOfDay),
  },
  { additionalProperties: false },
);
export type GroupListQuery = Static<typeof GroupListQuery>;

export const GroupList = Type.Object({ groups: Type.Array(GroupSummary) });
export type GroupList = Static<typeof GroupList>;
export const GroupResponse = Type.Object({ group: GroupDetail });
export type GroupResponse = Static<typeof GroupResponse>;

export const JoinResponse = Type.Object({ membership: MyMembership });
export type JoinResponse = Static<typeof JoinResponse>;

export const JoinRequest = Type.Object({
  userId: Uuid,
  displayName: Type.String(),
  requestedAt: IsoDate,
});
export type JoinRequest = Static<typeof JoinRequest>;
export const JoinRequestList = Type.Object({ requests: Type.Array(JoinRequest) });
export type JoinRequestList = Static<typeof JoinRequestList>;

export const DecideJoinBody = Type.Object(
  { decision: Type.Union([Type.Literal('approve'), Type.Literal('decline')]) },
  { additionalProperties: false },
);
export type DecideJoinBody = Static<typeof DecideJoinBody>;
