import { type Static, Type } from 'typebox';
import { IsoDate, Uuid } from './common.ts';

/** The member's private feed token: 32 random bytes, base32 (lower case, no padding). */
export const CALENDAR_TOKEN_PATTERN = '^[a-z2-7]{52}$';

/** `:token.ics`; any other shape is simply not found (the route answers 404, never 400). */
export const CalendarFeedParams = Type.Object({ token: Type.String() }, { additionalProperties: false });
export const GroupCalendarParams = Type.Object({ groupId: Uuid }, { additionalProperties: false });

/** The link is shown once, when made; afterwards only whether one exists. */
export const CalendarLink = Type.Object({
  https: Type.String({ description: 'the feed address, for calendars that take a web link' }),
  webcal: Type.String({ description: 'the same feed as webcal://, which opens the calendar app' }),
  createdAt: IsoDate,
});
export type CalendarLink = Static<typeof CalendarLink>;
export const CalendarLinkResponse = Type.Object({ link: CalendarLink });
export type CalendarLinkResponse = Static<typeof CalendarLinkResponse>;

/** Whether her link works, without the link (only its hash is kept). */
export const CalendarLinkStatus = Type.Object({
  active: Type.Boolean(),
  createdAt: Type.Union([IsoDate, Type.Null()]),
});
export type CalendarLinkStatus = Static<typeof CalendarLinkStatus>;
