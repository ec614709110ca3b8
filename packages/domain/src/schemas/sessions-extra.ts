import { type Static, Type } from 'typebox';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { LocalDateTime, TimeZoneName } from './sessions.ts';

/** Why a session is a gap (sessions/gaps.ts): nobody assigned, or her training has lapsed by then. */
export const ScheduleGapReason = oneOf(['no_facilitator', 'training_not_current'] as const);

/** One session in the next 7 days without a current facilitator, for the admin home page. */
export const ScheduleGapView = Type.Object({
  sessionId: Uuid,
  groupId: Uuid,
  groupName: Type.String(),
  title: Type.String(),
  startsAt: IsoDate,
  timeZone: TimeZoneName,
  localStart: LocalDateTime,
  reason: ScheduleGapReason,
  /** the assigned facilitator's display name, when there is one */
  facilitatorName: Type.Union([Type.String(), Type.Null()]),
});
export type ScheduleGapView = Static<typeof ScheduleGapView>;

export const ScheduleGapList = Type.Object({ gaps: Type.Array(ScheduleGapView) });
export type ScheduleGapList = Static<typeof ScheduleGapList>;
