import { error } from '@sveltejs/kit';
import type { AdminGroup } from '@village/domain';
import { asNumber, requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<{ groups: AdminGroup[] }>(event, '/api/admin/groups');
  if (!result.ok) error(result.status, result.error.message);
  return { groups: result.data.groups };
};

export const actions: Actions = {
  save: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = String(data.get('groupId') ?? '');
    if (!UUID.test(id)) error(400, 'That group does not exist.');
    const values = formValues(data, ['moderationMode', 'reportThreshold']);
    const result = await api(event, `/api/admin/groups/${id}/moderation`, {
      method: 'PATCH',
      body: { moderationMode: values.moderationMode, reportThreshold: asNumber(values.reportThreshold ?? '') },
    });
    if (!result.ok) return failFrom(result, values, `group:${id}`);
    return { form: `group:${id}`, saved: true };
  },
};
