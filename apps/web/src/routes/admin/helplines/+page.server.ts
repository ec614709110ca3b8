import { error } from '@sveltejs/kit';
import type { Helpline } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';
import { helplineForm } from './helpline-form.ts';

type HelplineList = { helplines: Helpline[] };

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<HelplineList>(event, '/api/helplines');
  if (!result.ok) error(result.status, result.error.message);
  return { helplines: result.data.helplines };
};

const helplineId = (data: FormData) => {
  const id = String(data.get('id') ?? '');
  if (!UUID.test(id)) error(400, 'That helpline is not on the list.');
  return id;
};

export const actions: Actions = {
  add: async (event) => {
    requireAdmin(event.locals, event.url);
    const { values, body } = helplineForm(await event.request.formData());
    const result = await api(event, '/api/admin/helplines', { method: 'POST', body });
    if (!result.ok) return failFrom(result, values, 'add');
    return { form: 'add', added: values.name?.trim() };
  },
  /** Moves one helpline up or down by sending the whole new order (the API checks it is still the whole list). */
  move: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = helplineId(data);
    const current = await api<HelplineList>(event, '/api/helplines');
    if (!current.ok) return failFrom(current, {}, 'list');
    const ids = current.data.helplines.map((h) => h.id);
    const from = ids.indexOf(id);
    const to = from + (data.get('direction') === 'up' ? -1 : 1);
    if (from === -1 || to < 0 || to >= ids.length) return { form: 'list', moved: false };
    [ids[from], ids[to]] = [ids[to] as string, id];
    const result = await api(event, '/api/admin/helplines/order', { method: 'PUT', body: { ids } });
    if (!result.ok) return failFrom(result, {}, 'list');
    return { form: 'list', moved: true };
  },
  remove: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = helplineId(data);
    const result = await api(event, `/api/admin/helplines/${id}`, { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, 'list');
    return { form: 'list', removed: String(data.get('name') ?? 'The helpline') };
  },
};
