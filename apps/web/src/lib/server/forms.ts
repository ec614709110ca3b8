import { fail } from '@sveltejs/kit';
import type { ApiResult } from './api.ts';

/** What a failed form hands back to its page: the values to keep and a message per field. */
export interface FormFailure {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export function formValues(data: FormData, keep: string[]): Record<string, string> {
  return Object.fromEntries(keep.map((k) => [k, String(data.get(k) ?? '')]));
}

/** Turns an API refusal into a form failure, the message placed beside the field it names. */
export function failFrom(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  values: Record<string, string>,
  form = 'form',
) {
  const field = result.error.field && result.error.field in values ? result.error.field : 'form';
  return fail(result.status >= 500 ? 503 : result.status, {
    form,
    values,
    errors: { [field]: result.error.message },
  } satisfies FormFailure & { form: string });
}
