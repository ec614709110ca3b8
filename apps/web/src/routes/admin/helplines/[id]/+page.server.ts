import { error } from '@sveltejs/kit';
import type { Helpline } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import { helplineForm } from '../helpline-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  if (!UUID.test(event.params.id)) error(404, 'That helpline does not exist.');
  const result = await api<{ helplines: Helpline[] }>(event, '/api/helplines');
  if (!result.ok) error(result.status, result.error.message);
  const helpline = result.data.helplines.find((h) => h.id === event.params.id.toLowerCase());
  if (!helpline) error(404, 'That helpline does not exist.');
  return { helpline };
};

export const actions: Actions = {
  save: async (event) => {
    requireAdmin(event.locals, event.url);
    if (!UUID.test(event.params.id)) error(404, 'That helpline does not exist.');
    const { values, body } = helplineForm(await event.request.formData());
    const result = await api(event, `/api/admin/helplines/${event.params.id}`, { method: 'PATCH', body });
    if (!result.ok) return failFrom(result, values);
    return { saved: true };
  },
};
