import { type Refusal, refuse } from '../errors.ts';
import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  DEFAULT_ENDING_NOTICE_MINUTES,
  ENDING_NOTICE_MAX,
  FOCUS_PROMPT_MAX,
  FOCUS_PROMPT_MIN,
  GUEST_NAME_MAX,
  GUEST_NAME_MIN,
  type GuestProfessional,
  guestRoles,
  RESOURCES_MAX,
  repeatKinds,
  type ScheduleSessionBody,
  SERIES_COUNT_MAX,
  SESSION_LENGTH_MAX,
  SESSION_LENGTH_MIN,
  SESSION_THEME_MAX,
  SESSION_THEME_MIN,
  SESSION_TITLE_MAX,
  SESSION_TITLE_MIN,
} from '../schemas/sessions.ts';
import { type Occurrence, occurrences, type Series, seriesLength } from './recurrence.ts';
import { formatLocal, isValidTimeZone, parseLocalDate, parseLocalDateTime, resolveLocal } from './time-zone.ts';

/**
 * The checks on a schedule request that need more than a schema: trimmed text, a real local
 * time in the group's zone that is not in the past, an end date not before the start, a series
 * of at most 52. The route has already checked the JSON against `ScheduleSessionBody`; the
 * limits are checked again here so this function is safe on its own and every refusal names
 * its field with a message a facilitator can act on. The first problem found is returned, in
 * the order of the form.
 *
 * On success the value holds everything the service needs to insert the rows: the series and
 * its occurrences in UTC (each becomes a session with its own state machine).
 */
export interface ScheduleContext {
  /** the group's IANA zone, where `start` and `until` are read */
  timeZone: string;
  now: Date;
}

export interface ScheduleRequest {
  title: string;
  theme: string;
  focusPrompt: string;
  timeZone: string;
  series: Series;
  occurrences: Occurrence[];
  capacity: number;
  endingNoticeMinutes: number;
  guest: GuestProfessional | null;
  resourceIds: string[];
  /** null: the caller facilitates (the service decides; an admin may leave a gap) */
  facilitatorId: string | null;
}

export type ScheduleValidation = { ok: true; value: ScheduleRequest } | Refusal;

/** A start up to a minute ago is accepted: the form was filled in "for now". */
export const START_GRACE_MS = 60_000;

const invalid = (field: string, message: string) => refuse('validation_failed', message, field);
const isWhole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function text(value: unknown, min: number, max: number, field: string, what: string): string | Refusal {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length < min || trimmed.length > max) {
    return invalid(
      field,
      min <= 1 ? `Add ${what} (up to ${max} characters).` : `Use ${min} to ${max} characters for ${what}.`,
    );
  }
  return trimmed;
}

export function validateScheduleRequest(body: ScheduleSessionBody, ctx: ScheduleContext): ScheduleValidation {
  const title = text(body.title, SESSION_TITLE_MIN, SESSION_TITLE_MAX, 'title', 'the title');
  if (typeof title !== 'string') return title;
  const theme = text(body.theme, SESSION_THEME_MIN, SESSION_THEME_MAX, 'theme', 'a theme');
  if (typeof theme !== 'string') return theme;
  const focusPrompt = text(body.focusPrompt, FOCUS_PROMPT_MIN, FOCUS_PROMPT_MAX, 'focusPrompt', 'a focus prompt');
  if (typeof focusPrompt !== 'string') return focusPrompt;

  const { timeZone, now } = ctx;
  if (!isValidTimeZone(timeZone)) return invalid('timeZone', `The group's time zone "${timeZone}" is not one we know.`);

  const start = checkStart(body.start, timeZone, now);
  if (start) return start;

  if (!isWhole(body.lengthMinutes, SESSION_LENGTH_MIN, SESSION_LENGTH_MAX)) {
    return invalid('lengthMinutes', `A session lasts ${SESSION_LENGTH_MIN} to ${SESSION_LENGTH_MAX} minutes.`);
  }
  const endingNoticeMinutes = body.endingNoticeMinutes ?? DEFAULT_ENDING_NOTICE_MINUTES;
  if (!isWhole(endingNoticeMinutes, 0, ENDING_NOTICE_MAX) || endingNoticeMinutes >= body.lengthMinutes) {
    return invalid(
      'endingNoticeMinutes',
      `The ending notice is 0 to ${ENDING_NOTICE_MAX} minutes before the end, and shorter than the session.`,
    );
  }
  if (!isWhole(body.capacity, CAPACITY_MIN, CAPACITY_MAX)) {
    return invalid('capacity', `Capacity is ${CAPACITY_MIN} to ${CAPACITY_MAX} people.`);
  }

  const guest = checkGuest(body.guest);
  if (guest && 'ok' in guest) return guest;

  const resourceIds = body.resourceIds ?? [];
  if (resourceIds.length > RESOURCES_MAX) return invalid('resourceIds', `Choose up to ${RESOURCES_MAX} resources.`);
  if (new Set(resourceIds).size !== resourceIds.length) return invalid('resourceIds', 'A resource is chosen twice.');

  const series = checkRepeat(body, timeZone);
  if ('ok' in series) return series;

  return {
    ok: true,
    value: {
      title,
      theme,
      focusPrompt,
      timeZone,
      series,
      occurrences: occurrences(series, { count: SERIES_COUNT_MAX }),
      capacity: body.capacity,
      endingNoticeMinutes,
      guest,
      resourceIds: [...resourceIds],
      facilitatorId: body.facilitatorId ?? null,
    },
  };
}

function checkStart(start: unknown, timeZone: string, now: Date): Refusal | null {
  if (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(start) || !parseLocalDateTime(start)) {
    return invalid('start', 'Enter the start as a date and time, for example 2026-10-25T19:00.');
  }
  const { instant, resolution } = resolveLocal(start, timeZone);
  if (resolution === 'gap') {
    // The clocks jump over this time; say so rather than quietly moving the session.
    return invalid(
      'start',
      `The clocks go forward then, so ${start.slice(11)} on ${start.slice(0, 10)} doesn't exist in ${timeZone}. Choose another time, for example ${formatLocal(instant, timeZone).slice(11)}.`,
    );
  }
  if (instant.getTime() < now.getTime() - START_GRACE_MS) {
    return invalid('start', 'The start is in the past. Choose a time from now on.');
  }
  return null;
}

function checkGuest(guest: ScheduleSessionBody['guest']): GuestProfessional | Refusal | null {
  if (guest === undefined) return null;
  const name = text(guest.name, GUEST_NAME_MIN, GUEST_NAME_MAX, 'guest.name', "the guest's name");
  if (typeof name !== 'string') return name;
  if (!(guestRoles as readonly string[]).includes(guest.role)) {
    return invalid('guest.role', 'Choose the guest’s role: midwife, health visitor, GP or other.');
  }
  const out: GuestProfessional = { name, role: guest.role };
  const roleLabel = guest.roleLabel?.trim();
  if (roleLabel) {
    if (roleLabel.length < 2 || roleLabel.length > 60)
      return invalid('guest.roleLabel', 'Use 2 to 60 characters for the role.');
    out.roleLabel = roleLabel;
  }
  const organisation = guest.organisation?.trim();
  if (organisation) {
    if (organisation.length > 120)
      return invalid('guest.organisation', 'Use up to 120 characters for the organisation.');
    out.organisation = organisation;
  }
  return out;
}

function checkRepeat(body: ScheduleSessionBody, timeZone: string): Series | Refusal {
  if (!(repeatKinds as readonly string[]).includes(body.repeat)) {
    return invalid('repeat', 'Choose whether it repeats: not at all, weekly or fortnightly.');
  }
  const base: Series = { firstStart: body.start, timeZone, lengthMinutes: body.lengthMinutes, repeat: body.repeat };
  // A one-off ignores count and until: a form may send its hidden defaults.
  if (body.repeat === 'none') return base;

  const { count, until } = body;
  if (count !== undefined && until !== undefined) {
    return invalid('until', 'Give either the number of sessions or the last date, not both.');
  }
  if (count === undefined && until === undefined) {
    return invalid('count', 'Say how many sessions there will be, or the date of the last one.');
  }
  if (count !== undefined) {
    if (!isWhole(count, 1, SERIES_COUNT_MAX)) {
      return invalid('count', `A series has 1 to ${SERIES_COUNT_MAX} sessions.`);
    }
    return { ...base, count };
  }
  if (typeof until !== 'string' || !parseLocalDate(until)) {
    return invalid('until', 'Enter the last date as a date, for example 2026-12-20.');
  }
  if (until < body.start.slice(0, 10)) {
    return invalid('until', 'The last date is before the first session. Choose a date on or after the start.');
  }
  const series: Series = { ...base, until };
  if ((seriesLength(series) ?? Infinity) > SERIES_COUNT_MAX) {
    return invalid('until', `That makes more than ${SERIES_COUNT_MAX} sessions. Choose an earlier last date.`);
  }
  return series;
}
