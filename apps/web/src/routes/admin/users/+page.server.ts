import { error } from '@sveltejs/kit';
import type { AdminUser } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const me = requireAdmin(event.locals, event.url);
  const query = (event.url.searchParams.get('query') ?? '').trim().slice(0, 32);
  const result = await api<{ users: AdminUser[] }>(
    event,
    `/api/admin/users${query ? `?query=${encodeURIComponent(query)}` : ''}`,
  );
  if (!result.ok) error(result.status, result.error.message);
  return { query, users: result.data.users, meId: me.id };
};

export const actions: Actions = {
  role: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = String(data.get('userId') ?? '');
    if (!UUID.test(id)) error(400, 'That member does not exist.');
    const values = formValues(data, ['role']);
    const result = await api<{ user: AdminUser }>(event, `/api/admin/users/${id}/role`, {
      method: 'PUT',
      body: values,
    });
    if (!result.ok) return failFrom(result, values, `user:${id}`);
    return { form: `user:${id}`, saved: result.data.user.role };
  },
};
