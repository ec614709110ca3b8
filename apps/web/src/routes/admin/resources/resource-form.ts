import { resourceCrisisKinds, resourceTags, supportNeeds, supportStages } from '@village/domain';
import { orNull } from '#lib/server/admin.ts';
import type { ApiResult } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';

export const RESOURCE_TEXT_FIELDS = [
  'name',
  'description',
  'phone',
  'textNumber',
  'textMessage',
  'url',
  'hours',
  'area',
] as const;
const LISTS = {
  tags: resourceTags,
  stages: supportStages,
  needs: supportNeeds,
  crisisKinds: resourceCrisisKinds,
} as const;

/**
 * What the add and edit forms send: the values to show again (lists comma-joined) and the API
 * body (blank = none). Ticked boxes go as ticked; the API refuses anything not on its lists.
 */
export function resourceForm(data: FormData) {
  const values = formValues(data, [...RESOURCE_TEXT_FIELDS]);
  const body: Record<string, unknown> = Object.fromEntries(
    RESOURCE_TEXT_FIELDS.map((k) => [k, k === 'name' || k === 'description' ? values[k] : orNull(values[k] ?? '')]),
  );
  for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    const ticked = data.getAll(key).map(String);
    body[key] = ticked;
    values[key] = ticked.join(',');
  }
  return { values, body };
}

/** A refusal naming "tags.0" belongs beside the tags boxes. */
export function failResource(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  values: Record<string, string>,
  form?: string,
) {
  const field = result.error.field?.split('.')[0];
  return failFrom({ ...result, error: { ...result.error, ...(field ? { field } : {}) } }, values, form);
}
