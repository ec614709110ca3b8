import { error } from '@sveltejs/kit';
import type { ResourceList } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';
import { failResource, resourceForm } from './resource-form.ts';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<ResourceList>(event, '/api/resources');
  if (!result.ok) error(result.status, result.error.message);
  return { resources: result.data.resources };
};

export const actions: Actions = {
  add: async (event) => {
    requireAdmin(event.locals, event.url);
    const { values, body } = resourceForm(await event.request.formData());
    const result = await api(event, '/api/admin/resources', { method: 'POST', body });
    if (!result.ok) return failResource(result, values, 'add');
    return { form: 'add', added: values.name?.trim() };
  },
  remove: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = String(data.get('id') ?? '');
    if (!UUID.test(id)) error(400, 'That resource is not in the directory.');
    const result = await api(event, `/api/admin/resources/${id}`, { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, 'list');
    return { form: 'list', removed: String(data.get('name') ?? 'The resource') };
  },
};
