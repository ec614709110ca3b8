import { type Static, Type } from 'typebox';

/** Every error the API returns has this shape; `field` names the input at fault. */
export const ErrorCode = Type.Union([
  Type.Literal('validation_failed'),
  Type.Literal('unauthenticated'),
  Type.Literal('invalid_credentials'),
  Type.Literal('forbidden'),
  Type.Literal('not_found'),
  Type.Literal('conflict'),
  Type.Literal('ground_rules_required'),
  Type.Literal('membership_required'),
  Type.Literal('cross_origin'),
  Type.Literal('rate_limited'),
  Type.Literal('restricted'),
  Type.Literal('blocked'),
  Type.Literal('payload_too_large'),
  Type.Literal('internal'),
]);
export type ErrorCode = Static<typeof ErrorCode>;

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: ErrorCode,
      message: Type.String(),
      field: Type.Optional(Type.String()),
    }),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** A refusal from a policy or a service, carried up to the route layer as a 4xx. */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
  field?: string;
}
export type Decision = { ok: true } | Refusal;

export const allow: Decision = { ok: true };
export function refuse(code: ErrorCode, message: string, field?: string): Refusal {
  return field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };
}
