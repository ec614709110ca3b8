import type { ErrorCode, Refusal } from '@village/domain';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  conflict: 409,
  ground_rules_required: 403,
  membership_required: 403,
  payload_too_large: 413,
  rate_limited: 429,
  restricted: 403,
  blocked: 422,
  internal: 500,
};

/** An error meant for the person: its code, message and field reach the client as they are. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
    this.field = field;
  }

  static from(refusal: Refusal): HttpError {
    return new HttpError(refusal.code, refusal.message, refusal.field);
  }
}

export const notFound = (what: string) => new HttpError('not_found', `That ${what} does not exist.`);
