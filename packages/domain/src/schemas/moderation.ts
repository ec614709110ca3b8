import { type Static, Type } from 'typebox';
import { crisisKinds } from '../screening/types.ts';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { Body, PostStatus, PostView } from './posts.ts';
import { Author } from './users.ts';

export const reportReasons = ['safety', 'unkind', 'off_topic', 'personal_details', 'spam', 'other'] as const;
export const ReportReason = oneOf(reportReasons);
export type ReportReason = (typeof reportReasons)[number];
export const reportReasonLabels: Record<ReportReason, string> = {
  safety: "I'm worried about someone's safety",
  unkind: 'Unkind or hurtful',
  off_topic: 'Off topic',
  personal_details: 'Shares personal details',
  spam: 'Spam or advertising',
  other: 'Something else',
};
export const REPORT_NOTE_MAX = 1000;

export const ReportBody = Type.Object(
  { reason: ReportReason, note: Type.Optional(Type.String({ maxLength: REPORT_NOTE_MAX })) },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;
export const ReportResponse = Type.Object({
  report: Type.Object({ id: Uuid, postId: Uuid, reason: ReportReason, createdAt: IsoDate }),
  /** true when this member had already reported the post: it counts once */
  alreadyReported: Type.Boolean(),
});
export type ReportResponse = Static<typeof ReportResponse>;

export const priorities = ['urgent', 'high', 'normal', 'low'] as const;
export const Priority = oneOf(priorities);
export type Priority = (typeof priorities)[number];
export const itemStatuses = ['open', 'escalated', 'resolved'] as const;
export const ItemStatus = oneOf(itemStatuses);
export type ItemStatus = (typeof itemStatuses)[number];
export const itemKinds = ['review', 'second_look'] as const;
export type ItemKind = (typeof itemKinds)[number];
export const resolutions = ['approved', 'hidden', 'redacted', 'dismissed'] as const;
export type Resolution = (typeof resolutions)[number];

export const moderationActions = [
  'approve',
  'hide',
  'redact',
  'warn',
  'mute',
  'suspend',
  'ban',
  'escalate',
  'dismiss',
] as const;
export const ModerationAction = oneOf(moderationActions);
export type ModerationAction = (typeof moderationActions)[number];
/** Actions that settle the item; the others (warn, mute, suspend, ban, escalate) leave it open. */
export const resolvingActions: Record<ModerationAction, Resolution | null> = {
  approve: 'approved',
  hide: 'hidden',
  redact: 'redacted',
  dismiss: 'dismissed',
  warn: null,
  mute: null,
  suspend: null,
  ban: null,
  escalate: null,
};
/** Actions whose reason the member (or the admins) will read: a reason is required. */
export const actionsNeedingReason: readonly ModerationAction[] = ['hide', 'warn', 'mute', 'suspend', 'ban', 'escalate'];
export const ACTION_REASON_MAX = 500;
export const MAX_RESTRICTION_HOURS = 24 * 365;

export const ModerationActionBody = Type.Object(
  {
    action: ModerationAction,
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: ACTION_REASON_MAX })),
    /** redact: the post's text with the personal details taken out */
    body: Type.Optional(Body),
    /** mute and suspend: for how long */
    durationHours: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_RESTRICTION_HOURS })),
  },
  { additionalProperties: false },
);
export type ModerationActionBody = Static<typeof ModerationActionBody>;

export const ModerationItemSummary = Type.Object({
  id: Uuid,
  kind: oneOf(itemKinds),
  postId: Uuid,
  threadId: Uuid,
  threadTitle: Type.String(),
  groupId: Uuid,
  groupName: Type.String(),
  author: Author,
  status: ItemStatus,
  priority: Priority,
  /** screening categories ("crisis", "pii"…), "report:<reason>", "pre_moderation", "second_look" */
  reasons: Type.Array(Type.String()),
  crisisKind: Type.Union([oneOf(crisisKinds), Type.Null()]),
  postStatus: PostStatus,
  /** the start of the post's text, for the queue list */
  excerpt: Type.String(),
  reportCount: Type.Integer(),
  dueAt: IsoDate,
  overdue: Type.Boolean(),
  claimedBy: Type.Union([Author, Type.Null()]),
  claimedUntil: Type.Union([IsoDate, Type.Null()]),
  resolution: Type.Union([oneOf(resolutions), Type.Null()]),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type ModerationItemSummary = Static<typeof ModerationItemSummary>;

export const QueueCounts = Type.Object({
  open: Type.Integer(),
  urgent: Type.Integer(),
  overdue: Type.Integer(),
  escalated: Type.Integer(),
});
export type QueueCounts = Static<typeof QueueCounts>;

export const ModerationQueueQuery = Type.Object(
  {
    status: Type.Optional(oneOf(['active', ...itemStatuses] as const, 'active (default) = open or escalated')),
    priority: Type.Optional(Priority),
    groupId: Type.Optional(Uuid),
    reason: Type.Optional(Type.String({ maxLength: 40, description: 'e.g. crisis, pii, report:unkind' })),
  },
  { additionalProperties: false },
);
export type ModerationQueueQuery = Static<typeof ModerationQueueQuery>;

export const ModerationQueue = Type.Object({ items: Type.Array(ModerationItemSummary), counts: QueueCounts });
export type ModerationQueue = Static<typeof ModerationQueue>;

export const ScreeningMatchView = Type.Object({
  category: Type.String(),
  kind: Type.Optional(Type.String()),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  rule: Type.String(),
});
export const ModerationItemDetail = Type.Object({
  item: ModerationItemSummary,
  /** the post as it is, text included even when held or hidden */
  post: PostView,
  /** posts just before and after it in its thread, as members see them */
  context: Type.Array(PostView),
  versions: Type.Array(Type.Object({ version: Type.Integer(), body: Type.String(), createdAt: IsoDate })),
  screening: Type.Union([
    Type.Object({
      version: Type.Integer(),
      verdict: Type.String(),
      categories: Type.Array(Type.String()),
      crisisKind: Type.Union([Type.String(), Type.Null()]),
      matches: Type.Array(ScreeningMatchView),
    }),
    Type.Null(),
  ]),
  reports: Type.Array(
    Type.Object({
      id: Uuid,
      reason: ReportReason,
      note: Type.Union([Type.String(), Type.Null()]),
      reporter: Author,
      createdAt: IsoDate,
    }),
  ),
  escalationNote: Type.Union([Type.String(), Type.Null()]),
  /** second look: what the author asked */
  note: Type.Union([Type.String(), Type.Null()]),
  authorHistory: Type.Object({
    items: Type.Array(ModerationItemSummary),
    restrictions: Type.Array(
      Type.Object({
        kind: Type.String(),
        reason: Type.String(),
        until: Type.Union([IsoDate, Type.Null()]),
        createdAt: IsoDate,
      }),
    ),
  }),
  abilities: Type.Object({ claim: Type.Boolean(), act: Type.Boolean() }),
});
export type ModerationItemDetail = Static<typeof ModerationItemDetail>;

export const ModerationItemResponse = Type.Object({ item: ModerationItemSummary });
export type ModerationItemResponse = Static<typeof ModerationItemResponse>;

export const SecondLookBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: REPORT_NOTE_MAX })) },
  { additionalProperties: false },
);

export const NotificationView = Type.Object({
  id: Uuid,
  kind: Type.String(),
  message: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDate,
  read: Type.Boolean(),
});
export type NotificationView = Static<typeof NotificationView>;
export const NotificationList = Type.Object({ notifications: Type.Array(NotificationView), unread: Type.Integer() });
export type NotificationList = Static<typeof NotificationList>;
