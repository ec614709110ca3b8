import type { Decision } from '@village/domain';
import { HttpError } from './errors.ts';

/** The one way routes enforce a policy decision: a refusal becomes its 4xx. */
export function authorize(decision: Decision): asserts decision is { ok: true } {
  if (!decision.ok) throw HttpError.from(decision);
}
