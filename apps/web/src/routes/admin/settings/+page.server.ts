import { error } from '@sveltejs/kit';
import type { ModerationSettingsResponse } from '@village/domain';
import { asNumber, requireAdmin } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<ModerationSettingsResponse>(event, '/api/admin/moderation-settings');
  if (!result.ok) error(result.status, result.error.message);
  return result.data;
};

const priorities = ['urgent', 'high', 'normal', 'low'] as const;
// Form fields are named as the API names them ("dueMinutes.urgent"), so a refusal lands beside its field.
const FIELDS = ['crisisAction', ...priorities.map((p) => `dueMinutes.${p}`), 'claimMinutes', 'newMemberDays'];

export const actions: Actions = {
  save: async (event) => {
    requireAdmin(event.locals, event.url);
    const values = formValues(await event.request.formData(), FIELDS);
    const body = {
      crisisAction: values.crisisAction,
      dueMinutes: Object.fromEntries(priorities.map((p) => [p, asNumber(values[`dueMinutes.${p}`] ?? '')])),
      claimMinutes: asNumber(values.claimMinutes ?? ''),
      newMemberDays: asNumber(values.newMemberDays ?? ''),
    };
    const result = await api(event, '/api/admin/moderation-settings', { method: 'PATCH', body });
    if (!result.ok) return failFrom(result, values);
    return { saved: true };
  },
};
