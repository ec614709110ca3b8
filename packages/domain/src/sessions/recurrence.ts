import { type RepeatKind, SERIES_COUNT_MAX } from '../schemas/sessions.ts';
import { addLocalDays, formatLocal, parseLocalDate, resolveLocal } from './time-zone.ts';

/**
 * A one-off session or a weekly/fortnightly series, kept at the same LOCAL time in the group's
 * zone: a 19:00 London series is 18:00Z in summer and 19:00Z in winter. So occurrences are
 * stepped on the local calendar (7 or 14 days) and only then converted to UTC, never by adding
 * 7 × 24 hours to a UTC instant.
 *
 * A series runs through school holidays: there is no holiday calendar. The caller passes the
 * occurrences a facilitator cancelled (by index), and they are still listed, marked cancelled,
 * because calendars must show them as cancelled rather than silently drop them.
 *
 * Clock-change nights (see time-zone.ts): an occurrence whose local time falls in the spring gap
 * starts that much later (01:30 → 02:30 local, that week only); one in the autumn overlap takes
 * the earlier of the two instants. Length is elapsed time: a 60-minute session lasts 60 minutes
 * even across a change, so its local end may read 00:30 → 02:30 on that one night.
 */
export interface Series {
  /** the first occurrence on the group's clock: `YYYY-MM-DDTHH:mm` */
  firstStart: string;
  timeZone: string;
  lengthMinutes: number;
  repeat: RepeatKind;
  /** how many occurrences in all (ignored for `none`) */
  count?: number;
  /** the last local date an occurrence may fall on, inclusive: `YYYY-MM-DD` (ignored for `none`) */
  until?: string;
  /** indexes of occurrences a facilitator cancelled */
  cancelled?: ReadonlySet<number> | readonly number[];
}

export interface Occurrence {
  /** 0-based place in the series: stable, so it identifies an occurrence in the database */
  index: number;
  startsAt: Date;
  endsAt: Date;
  /** the actual start on the group's clock (differs from the series time only in a spring gap) */
  localStart: string;
  cancelled: boolean;
}

/** Occurrences overlapping [from, to), or the first `count` of them. */
export type OccurrenceWindow = { from: Date; to: Date } | { count: number };

export const stepDays = (repeat: RepeatKind): number => (repeat === 'weekly' ? 7 : repeat === 'fortnightly' ? 14 : 0);

/**
 * The index after the last occurrence, or null for a series with neither `count` nor `until`
 * (open-ended: only a bounded window may be asked of it).
 */
export function seriesLength(series: Series): number | null {
  const step = stepDays(series.repeat);
  if (step === 0) return 1;
  let length: number | null = series.count ?? null;
  if (series.until !== undefined) {
    const until = parseLocalDate(series.until);
    const first = parseLocalDate(series.firstStart.slice(0, 10));
    if (!until || !first) throw new RangeError(`Not a local date: ${series.until}`);
    const days =
      (Date.UTC(until.year, until.month - 1, until.day) - Date.UTC(first.year, first.month - 1, first.day)) /
      86_400_000;
    const byDate = days < 0 ? 0 : Math.floor(days / step) + 1;
    length = length === null ? byDate : Math.min(length, byDate);
  }
  return length;
}

/** One occurrence by index (no bounds check against count/until: see seriesLength). */
export function occurrenceAt(series: Series, index: number): Occurrence {
  const local = addLocalDays(series.firstStart, index * stepDays(series.repeat));
  const startsAt = resolveLocal(local, series.timeZone).instant;
  const cancelled = series.cancelled ? new Set(series.cancelled).has(index) : false;
  return {
    index,
    startsAt,
    endsAt: new Date(startsAt.getTime() + series.lengthMinutes * 60_000),
    localStart: formatLocal(startsAt, series.timeZone),
    cancelled,
  };
}

export function occurrences(series: Series, window: OccurrenceWindow): Occurrence[] {
  const length = seriesLength(series);
  const cancelled = new Set(series.cancelled ?? []);
  const at = (i: number): Occurrence => ({
    ...occurrenceAt({ ...series, cancelled: undefined }, i),
    cancelled: cancelled.has(i),
  });

  if ('count' in window) {
    const n = Math.max(0, Math.min(window.count, length ?? window.count));
    return Array.from({ length: n }, (_, i) => at(i));
  }

  const { from, to } = window;
  if (to.getTime() <= from.getTime()) return [];
  const first = at(0);
  const step = stepDays(series.repeat);
  if (step === 0) return first.endsAt > from && first.startsAt < to ? [first] : [];
  // Jump near `from` instead of walking from the first occurrence; a clock change moves an
  // occurrence by at most an hour or so, and starting one step early covers that.
  const stepMs = step * 86_400_000;
  const lengthMs = series.lengthMinutes * 60_000;
  let i = Math.max(0, Math.floor((from.getTime() - lengthMs - first.startsAt.getTime()) / stepMs) - 1);
  const out: Occurrence[] = [];
  // The cap only guards against a bad caller asking an open-ended series for centuries.
  for (let guard = 0; guard < 10_000; guard++, i++) {
    if (length !== null && i >= length) break;
    const o = at(i);
    if (o.startsAt >= to) break;
    if (o.endsAt > from) out.push(o);
  }
  return out;
}

/** True when the series, as given, has no more occurrences than a series may have. */
export const withinSeriesLimit = (series: Series): boolean => {
  const length = seriesLength(series);
  return length !== null && length <= SERIES_COUNT_MAX;
};
