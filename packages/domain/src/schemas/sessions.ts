import { type Static, type TSchema, Type } from 'typebox';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { Author } from './users.ts';

/**
 * Facilitated sessions (issue 4, DESIGN flow 6): what the API accepts and returns.
 * The limits live here once; `sessions/schedule-input.ts` re-checks them with friendly,
 * field-named messages and adds the checks a schema cannot make (a start in the past, an
 * end date before the start, a time that does not exist on a clock-change night).
 */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Strict = { additionalProperties: false } as const;

// ── Limits ──────────────────────────────────────────────────────────────────────────────────
export const SESSION_TITLE_MIN = 3;
export const SESSION_TITLE_MAX = 120;
export const SESSION_THEME_MIN = 1;
export const SESSION_THEME_MAX = 80;
export const FOCUS_PROMPT_MIN = 1;
export const FOCUS_PROMPT_MAX = 500;
export const SESSION_LENGTH_MIN = 15;
export const SESSION_LENGTH_MAX = 240;
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 200;
export const RESOURCES_MAX = 10;
/** A series is at most a year of weekly sessions (or two of fortnightly ones). */
export const SERIES_COUNT_MAX = 52;
export const DEFAULT_ENDING_NOTICE_MINUTES = 10;
export const ENDING_NOTICE_MAX = 30;
export const GUEST_NAME_MIN = 2;
export const GUEST_NAME_MAX = 80;
export const CHECK_OUT_NOTE_MAX = 500;
export const WRAP_UP_FIELD_MAX = 1000;
export const DEFAULT_TIME_ZONE = 'Europe/London';

// ── Enumerations ────────────────────────────────────────────────────────────────────────────
/** The lifecycle (sessions/lifecycle.ts): scheduled → open → ending → closed, or cancelled before it opens. */
export const sessionStates = ['scheduled', 'open', 'ending', 'closed', 'cancelled'] as const;
export const SessionState = oneOf(sessionStates);
export type SessionState = (typeof sessionStates)[number];

export const repeatKinds = ['none', 'weekly', 'fortnightly'] as const;
export const RepeatKind = oneOf(repeatKinds);
export type RepeatKind = (typeof repeatKinds)[number];

export const guestRoles = ['midwife', 'health_visitor', 'gp', 'other'] as const;
export const GuestRole = oneOf(guestRoles);
export type GuestRole = (typeof guestRoles)[number];
export const guestRoleLabels: Record<GuestRole, string> = {
  midwife: 'Midwife',
  health_visitor: 'Health visitor',
  gp: 'GP',
  other: 'Guest professional',
};

/** When sessions happen, for the directory filter (bands in sessions/time-of-day.ts). */
export const sessionTimesOfDay = ['daytime', 'evening', 'weekend'] as const;
export const SessionTimeOfDay = oneOf(sessionTimesOfDay);
export type SessionTimeOfDay = (typeof sessionTimesOfDay)[number];

/** `waitlisted` members move up, oldest first, when someone who was going drops out. */
export const rsvpStatuses = ['going', 'waitlisted'] as const;
export const RsvpStatus = oneOf(rsvpStatuses);
export type RsvpStatus = (typeof rsvpStatuses)[number];

export const checkOutStatuses = ['ok', 'follow_up'] as const;
export const CheckOutStatus = oneOf(checkOutStatuses);
export type CheckOutStatus = (typeof checkOutStatuses)[number];
export const checkOutLabels: Record<CheckOutStatus, string> = {
  ok: "I'm OK",
  follow_up: "I'd like someone to follow up",
};

// ── Shared pieces ───────────────────────────────────────────────────────────────────────────
/** A wall-clock time in the group's time zone, as typed into a form: `2026-10-25T19:00`. */
export const LocalDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  description: "local date and time in the group's time zone, e.g. 2026-10-25T19:00",
});
/** A calendar date in the group's time zone: `2026-12-20`. */
export const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date, e.g. 2026-12-20' });
export const TimeZoneName = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'an IANA time zone, e.g. Europe/London',
});

/** A midwife, health visitor… joining a drop-in; pages show a badge with the role. */
export const GuestProfessional = Type.Object(
  {
    name: Type.String({ minLength: GUEST_NAME_MIN, maxLength: GUEST_NAME_MAX }),
    role: GuestRole,
    /** shown on the badge instead of "Guest professional" when role is `other` */
    roleLabel: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
    organisation: Type.Optional(Type.String({ maxLength: 120 })),
  },
  Strict,
);
export type GuestProfessional = Static<typeof GuestProfessional>;

// ── Scheduling ──────────────────────────────────────────────────────────────────────────────
/**
 * `POST /api/groups/:groupId/sessions`. Flat rather than nested so a plain HTML form can send
 * it. With `repeat` weekly or fortnightly give exactly one of `count` or `until`; with `none`
 * both are ignored. `facilitatorId` lets an admin assign someone else (default: the caller).
 */
export const ScheduleSessionBody = Type.Object(
  {
    title: Type.String({ minLength: SESSION_TITLE_MIN, maxLength: SESSION_TITLE_MAX }),
    theme: Type.String({ minLength: SESSION_THEME_MIN, maxLength: SESSION_THEME_MAX }),
    focusPrompt: Type.String({ minLength: FOCUS_PROMPT_MIN, maxLength: FOCUS_PROMPT_MAX }),
    start: LocalDateTime,
    lengthMinutes: Type.Integer({ minimum: SESSION_LENGTH_MIN, maximum: SESSION_LENGTH_MAX }),
    capacity: Type.Integer({ minimum: CAPACITY_MIN, maximum: CAPACITY_MAX }),
    endingNoticeMinutes: Type.Optional(
      Type.Integer({ minimum: 0, maximum: ENDING_NOTICE_MAX, description: 'default 10; 0 = no ending notice' }),
    ),
    guest: Type.Optional(GuestProfessional),
    resourceIds: Type.Optional(Type.Array(Uuid, { maxItems: RESOURCES_MAX, uniqueItems: true })),
    repeat: RepeatKind,
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: SERIES_COUNT_MAX })),
    until: Type.Optional(LocalDate),
    facilitatorId: Type.Optional(Uuid),
  },
  Strict,
);
export type ScheduleSessionBody = Static<typeof ScheduleSessionBody>;

export const CancelSessionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 300 })) }, Strict);
export type CancelSessionBody = Static<typeof CancelSessionBody>;

// ── Live controls (canManageLiveSession) ────────────────────────────────────────────────────
export const UpdateFocusBody = Type.Object(
  { focusPrompt: Type.String({ minLength: FOCUS_PROMPT_MIN, maxLength: FOCUS_PROMPT_MAX }) },
  Strict,
);
export type UpdateFocusBody = Static<typeof UpdateFocusBody>;
/** 0 turns slow mode off; limits in sessions/slow-mode.ts. */
export const SlowModeBody = Type.Object({ intervalSeconds: Type.Integer({ minimum: 0, maximum: 600 }) }, Strict);
export type SlowModeBody = Static<typeof SlowModeBody>;
export const MuteMemberBody = Type.Object({ userId: Uuid }, Strict);
export type MuteMemberBody = Static<typeof MuteMemberBody>;

/** The page prompts the facilitator with these three; all shown to members at the close. */
export const WrapUpBody = Type.Object(
  {
    talkedAbout: Type.String({ maxLength: WRAP_UP_FIELD_MAX }),
    helped: Type.String({ maxLength: WRAP_UP_FIELD_MAX }),
    nextSteps: Type.String({ maxLength: WRAP_UP_FIELD_MAX }),
  },
  Strict,
);
export type WrapUpBody = Static<typeof WrapUpBody>;

// ── Views ───────────────────────────────────────────────────────────────────────────────────
export const GuestView = Type.Object({
  name: Type.String(),
  role: GuestRole,
  /** the badge text: roleLabel, or the label of the role */
  badge: Type.String(),
  organisation: Nullable(Type.String()),
});
export type GuestView = Static<typeof GuestView>;

/**
 * A session as any viewer may see it. The same shape goes over HTTP and in `session.state`
 * websocket events, so it carries nothing specific to one viewer (see SessionDetail).
 * Instants are UTC; `localStart`/`localEnd` are the same instants on the group's clock.
 */
export const SessionView = Type.Object({
  id: Uuid,
  groupId: Uuid,
  /** the series this occurrence belongs to, and its place in it (0-based), or null for a one-off */
  seriesId: Nullable(Uuid),
  occurrenceIndex: Nullable(Type.Integer()),
  title: Type.String(),
  theme: Type.String(),
  /** the pinned focus: starts as the scheduled prompt, the facilitator may update it live */
  focusPrompt: Type.String(),
  state: SessionState,
  startsAt: IsoDate,
  endsAt: IsoDate,
  timeZone: TimeZoneName,
  localStart: LocalDateTime,
  localEnd: LocalDateTime,
  timeOfDay: SessionTimeOfDay,
  endingNoticeMinutes: Type.Integer(),
  facilitator: Nullable(Author),
  guest: Nullable(GuestView),
  capacity: Type.Integer(),
  rsvps: Type.Object({ going: Type.Integer(), waitlisted: Type.Integer() }),
  /** the session's thread; locked unless the session is open or ending */
  threadId: Nullable(Uuid),
  resourceIds: Type.Array(Uuid),
  /** seconds between one member's posts, or null when slow mode is off */
  slowModeSeconds: Nullable(Type.Integer()),
  wrapUp: Nullable(WrapUpBody),
  openedAt: Nullable(IsoDate),
  closedAt: Nullable(IsoDate),
  cancelledAt: Nullable(IsoDate),
});
export type SessionView = Static<typeof SessionView>;

/** What this viewer may do (from policies/sessions.ts), so the page hides the rest. */
export const SessionAbilities = Type.Object({
  rsvp: Type.Boolean(),
  control: Type.Boolean(),
  manageLive: Type.Boolean(),
  checkOut: Type.Boolean(),
  seeAttendance: Type.Boolean(),
});
export type SessionAbilities = Static<typeof SessionAbilities>;

export const MyRsvp = Type.Object({
  status: RsvpStatus,
  /** 1 = next to get a place; null when going */
  waitlistPosition: Nullable(Type.Integer()),
});
export type MyRsvp = Static<typeof MyRsvp>;

/** A session for one viewer over HTTP: the shared view plus her RSVP, check-out and abilities. */
export const SessionDetail = Type.Object({
  ...SessionView.properties,
  myRsvp: Nullable(MyRsvp),
  myCheckOut: Nullable(CheckOutStatus),
  abilities: SessionAbilities,
});
export type SessionDetail = Static<typeof SessionDetail>;

export const SessionList = Type.Object({ sessions: Type.Array(SessionDetail) });
export type SessionList = Static<typeof SessionList>;
export const SessionResponse = Type.Object({ session: SessionDetail });
export type SessionResponse = Static<typeof SessionResponse>;

export const RsvpView = Type.Object({
  sessionId: Uuid,
  status: RsvpStatus,
  waitlistPosition: Nullable(Type.Integer()),
  createdAt: IsoDate,
});
export type RsvpView = Static<typeof RsvpView>;
export const RsvpResponse = Type.Object({ rsvp: RsvpView });

// ── Endings ─────────────────────────────────────────────────────────────────────────────────
/** Private to her and the group's facilitators: the group never sees who asked for help. */
export const CheckOutBody = Type.Object(
  { status: CheckOutStatus, note: Type.Optional(Type.String({ maxLength: CHECK_OUT_NOTE_MAX })) },
  Strict,
);
export type CheckOutBody = Static<typeof CheckOutBody>;

/** A "follow up" check-out becomes one of these on the session facilitator's list. */
export const FollowUpTask = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  sessionTitle: Type.String(),
  groupId: Uuid,
  member: Author,
  note: Nullable(Type.String()),
  status: oneOf(['open', 'done'] as const),
  createdAt: IsoDate,
  doneAt: Nullable(IsoDate),
  doneBy: Nullable(Author),
});
export type FollowUpTask = Static<typeof FollowUpTask>;
export const FollowUpTaskList = Type.Object({ tasks: Type.Array(FollowUpTask) });

/** Who came (canSeeAttendance: the group's facilitators and admins only). */
export const AttendanceView = Type.Object({
  sessionId: Uuid,
  going: Type.Integer(),
  attended: Type.Array(
    Type.Object({
      member: Author,
      firstSeenAt: IsoDate,
      rsvped: Type.Boolean(),
      checkOut: Nullable(CheckOutStatus),
    }),
  ),
});
export type AttendanceView = Static<typeof AttendanceView>;
