import { orNull } from '#lib/server/admin.ts';
import { formValues } from '#lib/server/forms.ts';

export const HELPLINE_FIELDS = ['name', 'description', 'phone', 'textNumber', 'textMessage', 'url', 'hours'] as const;

/** What the add and edit forms send: the values to show again, and the API body (blank = none). */
export function helplineForm(data: FormData) {
  const values = formValues(data, [...HELPLINE_FIELDS]);
  const body = Object.fromEntries(
    HELPLINE_FIELDS.map((k) => [k, k === 'name' || k === 'description' ? values[k] : orNull(values[k] ?? '')]),
  );
  return { values, body };
}
