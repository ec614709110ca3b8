/**
 * Wall-clock time in an IANA time zone ↔ UTC instants, with nothing but `Intl.DateTimeFormat`
 * (Node ships full ICU, browsers have it too). About a hundred lines, so no date library: the
 * only hard part is the clock-change nights, and those follow Temporal's `'compatible'` rule,
 * the same one calendars and `java.time` use:
 *
 * - **Spring gap** (the local time never happens, e.g. 01:30 on 29 March 2026 in London, when
 *   01:00 GMT jumps to 02:00 BST): moved *forward* by the length of the gap → 02:30 BST.
 *   A session someone meant for "half past one" then happens an hour after "half past twelve",
 *   which is what a person resetting a clock would expect.
 * - **Autumn overlap** (the local time happens twice, e.g. 01:30 on 25 October 2026 in London):
 *   the *earlier* instant, 01:30 BST = 00:30Z. Nobody turns up an hour late.
 *
 * `resolveLocal` says which case applied, so callers can refuse a typed time in the gap.
 */

/** A wall-clock reading: months 1–12, days 1–31, hours 0–23, weekday 0 = Sunday … 6 = Saturday. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

export type LocalResolution = 'exact' | 'gap' | 'ambiguous';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Building a formatter is slow and these are immutable, so one per zone is kept (a cache, not state). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in `timeZone` reads at `date`. Throws a RangeError for an unknown zone. */
export function localParts(date: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  const year = out.year ?? 0;
  const month = out.month ?? 1;
  const day = out.day ?? 1;
  return {
    year,
    month,
    day,
    // Some ICU versions say 24 for midnight even with h23; it is 0 of the same day.
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (London in summer: +3,600,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  const p = localParts(new Date(whole), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** A local date-time as typed: `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`. */
export interface LocalDateTimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses and range-checks (no 31 February, no 24:00); null when it is not a real date-time. */
export function parseLocalDateTime(text: string): LocalDateTimeFields | null {
  const m = LOCAL_RE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** `YYYY-MM-DD` → fields, or null. */
export function parseLocalDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const fields = parseLocalDateTime(`${text}T00:00`);
  return fields && { year: fields.year, month: fields.month, day: fields.day };
}

/**
 * The UTC instant a local date-time names, and whether it was exact, in a spring gap (moved
 * forward) or in an autumn overlap (the earlier one). Throws a RangeError for text that is not
 * a date-time or an unknown zone: validate input first (schedule-input.ts does).
 */
export function resolveLocal(localIso: string, timeZone: string): { instant: Date; resolution: LocalResolution } {
  const f = parseLocalDateTime(localIso);
  if (!f) throw new RangeError(`Not a local date-time: ${localIso}`);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  // The offsets in force a day either side. No zone changes its clocks twice within two days,
  // so every instant that reads `wall` is `wall` minus one of these.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const reads = (instant: number) => offsetAt(instant, timeZone) === wall - instant;
  const early = wall - Math.max(before, after);
  const late = wall - Math.min(before, after);
  const earlyOk = reads(early);
  const lateOk = reads(late);
  if (earlyOk && lateOk && early !== late) return { instant: new Date(early), resolution: 'ambiguous' };
  if (earlyOk) return { instant: new Date(early), resolution: 'exact' };
  if (lateOk) return { instant: new Date(late), resolution: 'exact' };
  // The gap: use the offset from before the change, which lands the same distance past it.
  return { instant: new Date(wall - before), resolution: 'gap' };
}

/** The UTC instant for a local date-time (see resolveLocal for the clock-change nights). */
export const fromLocal = (localIso: string, timeZone: string): Date => resolveLocal(localIso, timeZone).instant;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of `date` on the zone's clock. */
export function formatLocalDate(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DDTHH:mm` of `date` on the zone's clock: what forms show and send back. */
export function formatLocal(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Calendar arithmetic on a local `YYYY-MM-DD…` string: same clock time, `days` later. */
export function addLocalDays(localIso: string, days: number): string {
  const f = parseLocalDateTime(localIso.length === 10 ? `${localIso}T00:00` : localIso);
  if (!f) throw new RangeError(`Not a local date-time: ${localIso}`);
  const d = new Date(Date.UTC(f.year, f.month - 1, f.day + days));
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return localIso.length === 10 ? date : `${date}${localIso.slice(10)}`;
}
