import { type Static, type TSchema, Type } from 'typebox';
import type { DueMinutes } from '../moderation/priority.ts';
import { type WatchedAction, watchedActions } from '../screening/types.ts';
import { Cursor, IsoDate, oneOf, Uuid } from './common.ts';
import { ModerationMode } from './groups.ts';
import { Helpline } from './helplines.ts';
import { Author, SiteRole } from './users.ts';

/** The admin side of moderation: watched words, helplines, settings, group modes, roles, the audit log. */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Strict = { additionalProperties: false } as const;

// ── Watched words ──────────────────────────────────────────────────────────────────────────
export const WATCHED_PHRASE_MIN = 2;
export const WATCHED_PHRASE_MAX = 100;
/** The actions an admin can give a watched word (the screen's list, re-exported for pages). */
export const watchedWordActions = watchedActions;
export const WatchedActionSchema = oneOf(watchedActions);
export const watchedActionLabels: Record<WatchedAction, { label: string; explanation: string }> = {
  flag: { label: 'Flag', explanation: 'Publish the post and ask a moderator to look at it.' },
  hold: { label: 'Hold', explanation: 'Keep the post from others until a moderator approves it.' },
  block: { label: 'Block', explanation: 'Refuse the post and tell the writer kindly why.' },
  censor: { label: 'Censor', explanation: 'Publish the post with the word masked.' },
};

export const WatchedPhrase = Type.String({
  minLength: WATCHED_PHRASE_MIN,
  maxLength: WATCHED_PHRASE_MAX,
  description: 'a word or phrase, matched case-insensitively; a trailing * matches any ending (e.g. "hopeles*")',
});

/** Stored as typed apart from outer and repeated spaces (and a space before the wildcard). */
export const normaliseWatchedPhrase = (raw: string): string =>
  raw.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/ \*$/, '*');

/** A message for the admin, or null when the (normalised) phrase is fine. */
export function watchedPhraseProblem(phrase: string): string | null {
  if (phrase.length < WATCHED_PHRASE_MIN || phrase.length > WATCHED_PHRASE_MAX)
    return `Use ${WATCHED_PHRASE_MIN} to ${WATCHED_PHRASE_MAX} characters.`;
  const core = phrase.endsWith('*') ? phrase.slice(0, -1) : phrase;
  if (core.includes('*')) return 'A * can only go at the end, where it matches any ending (e.g. "hopeles*").';
  if (core.length < WATCHED_PHRASE_MIN) return `Put at least ${WATCHED_PHRASE_MIN} characters before the *.`;
  if (!/[\p{L}\p{N}]/u.test(core)) return 'Include at least one letter or number.';
  return null;
}

export const WatchedWordView = Type.Object({
  id: Uuid,
  phrase: Type.String(),
  action: WatchedActionSchema,
  createdBy: Nullable(Author),
  createdAt: IsoDate,
});
export type WatchedWordView = Static<typeof WatchedWordView>;
export const WatchedWordList = Type.Object({ watchedWords: Type.Array(WatchedWordView) });
export type WatchedWordList = Static<typeof WatchedWordList>;
export const WatchedWordResponse = Type.Object({ watchedWord: WatchedWordView });
export const AddWatchedWordBody = Type.Object({ phrase: WatchedPhrase, action: WatchedActionSchema }, Strict);
export type AddWatchedWordBody = Static<typeof AddWatchedWordBody>;
export const UpdateWatchedWordBody = Type.Object({ action: WatchedActionSchema }, Strict);

// ── Helplines ──────────────────────────────────────────────────────────────────────────────
export const HELPLINE_NAME_MIN = 2;
export const HELPLINE_NAME_MAX = 80;
export const HELPLINE_DESCRIPTION_MAX = 300;
export const HELPLINE_HOURS_MAX = 80;
export const HELPLINE_NUMBER_MAX = 30;
export const HELPLINE_TEXT_MESSAGE_MAX = 40;
export const HELPLINE_URL_MAX = 300;

const PhoneNumber = Type.String({
  minLength: 2,
  maxLength: HELPLINE_NUMBER_MAX,
  pattern: '^\\+?[0-9][0-9 ]*$',
  description: 'digits and spaces, optionally starting with +',
});
const fields = {
  name: Type.String({ minLength: HELPLINE_NAME_MIN, maxLength: HELPLINE_NAME_MAX }),
  description: Type.String({ minLength: 1, maxLength: HELPLINE_DESCRIPTION_MAX }),
  phone: Type.Optional(Nullable(PhoneNumber)),
  textNumber: Type.Optional(Nullable(PhoneNumber)),
  textMessage: Type.Optional(
    Nullable(
      Type.String({ minLength: 1, maxLength: HELPLINE_TEXT_MESSAGE_MAX, description: 'what to text, e.g. SHOUT' }),
    ),
  ),
  url: Type.Optional(
    Nullable(Type.String({ maxLength: HELPLINE_URL_MAX, pattern: '^https?://\\S+$', description: 'http(s) only' })),
  ),
  hours: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: HELPLINE_HOURS_MAX }))),
};
export const AddHelplineBody = Type.Object(fields, Strict);
export type AddHelplineBody = Static<typeof AddHelplineBody>;
export const UpdateHelplineBody = Type.Object(
  { ...fields, name: Type.Optional(fields.name), description: Type.Optional(fields.description) },
  Strict,
);
export type UpdateHelplineBody = Static<typeof UpdateHelplineBody>;
export const HelplineResponse = Type.Object({ helpline: Helpline });
export const ReorderHelplinesBody = Type.Object(
  { ids: Type.Array(Uuid, { minItems: 1, maxItems: 100, uniqueItems: true, description: 'every helpline, in order' }) },
  Strict,
);

/** The rules one field cannot check alone; `field` names where the admin should look. */
export function helplineProblem(h: {
  phone: string | null;
  textNumber: string | null;
  textMessage: string | null;
  url: string | null;
}): { field: string; message: string } | null {
  if (!h.phone && !h.textNumber && !h.url)
    return {
      field: 'phone',
      message: 'Give at least one way to reach them: a phone number, a text number or a website.',
    };
  if (h.textMessage && !h.textNumber) return { field: 'textNumber', message: 'Say which number to send the text to.' };
  if (h.url) {
    const protocol = URL.canParse(h.url) ? new URL(h.url).protocol : null;
    if (protocol !== 'https:' && protocol !== 'http:')
      return { field: 'url', message: 'Enter a full web address starting with https://' };
  }
  return null;
}

// ── Moderation settings ────────────────────────────────────────────────────────────────────
export const DUE_MINUTES_MAX = 10080; // a week
export const CLAIM_MINUTES_MAX = 120;
export const NEW_MEMBER_DAYS_MAX = 90;
export const CrisisAction = oneOf(['hold', 'flag'] as const);
const DueMinute = Type.Integer({ minimum: 1, maximum: DUE_MINUTES_MAX });
const dueFields = { urgent: DueMinute, high: DueMinute, normal: DueMinute, low: DueMinute };
export const ModerationSettings = Type.Object({
  crisisAction: CrisisAction,
  dueMinutes: Type.Object(dueFields),
  claimMinutes: Type.Integer({ minimum: 1, maximum: CLAIM_MINUTES_MAX }),
  newMemberDays: Type.Integer({ minimum: 0, maximum: NEW_MEMBER_DAYS_MAX }),
});
export type ModerationSettings = Static<typeof ModerationSettings>;
export const ModerationSettingsResponse = Type.Object({ settings: ModerationSettings, updatedAt: IsoDate });
export type ModerationSettingsResponse = Static<typeof ModerationSettingsResponse>;
export const UpdateModerationSettingsBody = Type.Object(
  {
    crisisAction: Type.Optional(CrisisAction),
    dueMinutes: Type.Optional(
      Type.Object(
        {
          urgent: Type.Optional(DueMinute),
          high: Type.Optional(DueMinute),
          normal: Type.Optional(DueMinute),
          low: Type.Optional(DueMinute),
        },
        Strict,
      ),
    ),
    claimMinutes: Type.Optional(ModerationSettings.properties.claimMinutes),
    newMemberDays: Type.Optional(ModerationSettings.properties.newMemberDays),
  },
  Strict,
);
export type UpdateModerationSettingsBody = Static<typeof UpdateModerationSettingsBody>;

const priorityOrder = ['urgent', 'high', 'normal', 'low'] as const;
/** A more urgent priority may never be given longer than a less urgent one. */
export function dueMinutesProblem(due: DueMinutes): { field: string; message: string } | null {
  for (let i = 1; i < priorityOrder.length; i++) {
    const [before, here] = [priorityOrder[i - 1] as keyof DueMinutes, priorityOrder[i] as keyof DueMinutes];
    if (due[here] < due[before])
      return {
        field: `dueMinutes.${here}`,
        message: `Give ${here} at least as long as ${before} (${due[before]} minutes).`,
      };
  }
  return null;
}

// ── Groups ─────────────────────────────────────────────────────────────────────────────────
export const REPORT_THRESHOLD_MIN = 1;
export const REPORT_THRESHOLD_MAX = 50;
export const moderationModeLabels: Record<ModerationMode, { label: string; explanation: string }> = {
  pre: { label: 'Pre-moderated', explanation: 'Every post waits for a moderator before others see it.' },
  screened: {
    label: 'Screened (default)',
    explanation: 'Posts appear once the automatic screen allows them; anything it flags waits for a moderator.',
  },
  post: {
    label: 'Post-moderated',
    explanation: 'Posts appear at once and are screened afterwards; taken down if the screen holds or blocks them.',
  },
};
export const AdminGroup = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  moderationMode: ModerationMode,
  reportThreshold: Type.Integer(),
  memberCount: Type.Integer(),
});
export type AdminGroup = Static<typeof AdminGroup>;
export const AdminGroupList = Type.Object({ groups: Type.Array(AdminGroup) });
export const AdminGroupResponse = Type.Object({ group: AdminGroup });
export const UpdateGroupModerationBody = Type.Object(
  {
    moderationMode: Type.Optional(ModerationMode),
    reportThreshold: Type.Optional(Type.Integer({ minimum: REPORT_THRESHOLD_MIN, maximum: REPORT_THRESHOLD_MAX })),
  },
  Strict,
);
export type UpdateGroupModerationBody = Static<typeof UpdateGroupModerationBody>;

// ── Users and roles ────────────────────────────────────────────────────────────────────────
/** Admins find people by display name; emails stay out of the admin pages (the operator's CLI has them). */
export const AdminUserQuery = Type.Object(
  {
    query: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'part of a display name' })),
    role: Type.Optional(SiteRole),
  },
  Strict,
);
export type AdminUserQuery = Static<typeof AdminUserQuery>;
export const AdminUser = Type.Object({ id: Uuid, displayName: Type.String(), role: SiteRole, createdAt: IsoDate });
export type AdminUser = Static<typeof AdminUser>;
export const AdminUserList = Type.Object({ users: Type.Array(AdminUser) });
export const AdminUserResponse = Type.Object({ user: AdminUser });
export const ChangeRoleBody = Type.Object({ role: SiteRole }, Strict);

// ── Audit log ──────────────────────────────────────────────────────────────────────────────
export const AUDIT_PAGE_SIZE = 50;
const DateOrDateTime = Type.Union([Type.String({ format: 'date' }), Type.String({ format: 'date-time' })], {
  description: 'a date (whole day, UTC) or a date-time',
});
export const AuditQuery = Type.Object(
  {
    action: Type.Optional(
      Type.String({
        maxLength: 60,
        pattern: '^[a-z_]+(\\.[a-z_]+)*(\\.\\*)?$',
        description: 'an action, or a family such as moderation.*',
      }),
    ),
    actorId: Type.Optional(Uuid),
    subjectUserId: Type.Optional(Uuid),
    groupId: Type.Optional(Uuid),
    from: Type.Optional(DateOrDateTime),
    to: Type.Optional(DateOrDateTime),
    before: Type.Optional(Cursor),
  },
  Strict,
);
export type AuditQuery = Static<typeof AuditQuery>;
export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: IsoDate,
  action: Type.String(),
  /** null: the operator (a command line, not a person signed in) */
  actor: Nullable(Author),
  subject: Nullable(Author),
  group: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  postId: Nullable(Uuid),
  itemId: Nullable(Uuid),
  reason: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEntryView = Static<typeof AuditEntryView>;
export const AuditPage = Type.Object({ entries: Type.Array(AuditEntryView), nextCursor: Nullable(Cursor) });
export type AuditPage = Static<typeof AuditPage>;

/** The filter choices the audit page offers (any action name also works through the API). */
export const auditActionFilters: { value: string; label: string }[] = [
  { value: 'moderation.*', label: 'Moderation actions' },
  { value: 'role.*', label: 'Role changes' },
  { value: 'watched_word.*', label: 'Watched words' },
  { value: 'helpline.*', label: 'Helplines' },
  { value: 'settings.update', label: 'Moderation settings' },
  { value: 'group.moderation', label: 'Group moderation' },
];
