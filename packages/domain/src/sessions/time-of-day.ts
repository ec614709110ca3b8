import type { SessionTimeOfDay } from '../schemas/sessions.ts';
import { localParts } from './time-zone.ts';

/**
 * When a session happens, for the directory filter "daytime / evening / weekend". The filter
 * answers a working mother's question, "can I get to this around work?", so the bands are:
 *
 * | band      | local start (group's zone)                                   |
 * | --------- | ------------------------------------------------------------ |
 * | `weekend` | any time on Saturday or Sunday                               |
 * | `daytime` | Monday–Friday, 07:00 to 16:59                                |
 * | `evening` | Monday–Friday, 17:00 to 23:59, and 00:00 to 06:59 (the night) |
 *
 * Early-morning and night sessions (a 05:30 or 02:00 "night feeds" group) count as evening:
 * like an evening they are outside the working day, and a separate "night" band would be
 * nearly always empty. Only the start counts, so Friday 23:30 is evening and Saturday 00:30 is
 * weekend. The bands are deliberately half-open at whole hours so they never overlap.
 */
export const DAYTIME_FROM_HOUR = 7;
export const EVENING_FROM_HOUR = 17;

export function timeOfDay(startsAt: Date, timeZone: string): SessionTimeOfDay {
  const { weekday, hour } = localParts(startsAt, timeZone);
  if (weekday === 0 || weekday === 6) return 'weekend';
  return hour >= DAYTIME_FROM_HOUR && hour < EVENING_FROM_HOUR ? 'daytime' : 'evening';
}

/** The bands a group's upcoming sessions fall in: a group matches a filter when any session does. */
export function timesOfDay(starts: readonly Date[], timeZone: string): Set<SessionTimeOfDay> {
  return new Set(starts.map((s) => timeOfDay(s, timeZone)));
}
