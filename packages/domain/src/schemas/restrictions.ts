import { type Static, Type } from 'typebox';
import { IsoDate, oneOf } from './common.ts';

/** A member's current restriction, so pages can say until when and why she cannot post. */
export const RestrictionView = Type.Object({
  kind: oneOf(['mute', 'suspension', 'ban'] as const),
  reason: Type.String(),
  until: Type.Union([IsoDate, Type.Null()]),
});
export type RestrictionView = Static<typeof RestrictionView>;
