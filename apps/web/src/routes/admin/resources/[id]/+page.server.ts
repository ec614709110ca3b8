import { error } from '@sveltejs/kit';
import type { ResourceList } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failResource, resourceForm } from '../resource-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  if (!UUID.test(event.params.id)) error(404, 'That resource does not exist.');
  const result = await api<ResourceList>(event, '/api/resources');
  if (!result.ok) error(result.status, result.error.message);
  const resource = result.data.resources.find((r) => r.id === event.params.id.toLowerCase());
  if (!resource) error(404, 'That resource does not exist.');
  return { resource };
};

export const actions: Actions = {
  save: async (event) => {
    requireAdmin(event.locals, event.url);
    if (!UUID.test(event.params.id)) error(404, 'That resource does not exist.');
    const { values, body } = resourceForm(await event.request.formData());
    const result = await api(event, `/api/admin/resources/${event.params.id}`, { method: 'PATCH', body });
    if (!result.ok) return failResource(result, values);
    return { saved: true };
  },
};
