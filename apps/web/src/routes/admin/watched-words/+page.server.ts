import { error } from '@sveltejs/kit';
import type { WatchedWordList } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<WatchedWordList>(event, '/api/admin/watched-words');
  if (!result.ok) error(result.status, result.error.message);
  return { words: result.data.watchedWords };
};

const wordId = (data: FormData) => {
  const id = String(data.get('id') ?? '');
  if (!UUID.test(id)) error(400, 'That word is not on the list.');
  return id;
};

export const actions: Actions = {
  add: async (event) => {
    requireAdmin(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['phrase', 'action']);
    const result = await api(event, '/api/admin/watched-words', { method: 'POST', body: values });
    if (!result.ok) return failFrom(result, values, 'add');
    return { form: 'add', added: (values.phrase ?? '').trim() };
  },
  change: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = wordId(data);
    const values = formValues(data, ['action']);
    const result = await api(event, `/api/admin/watched-words/${id}`, { method: 'PATCH', body: values });
    if (!result.ok) return failFrom(result, values, `word:${id}`);
    return { form: `word:${id}`, saved: true };
  },
  remove: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const id = wordId(data);
    const phrase = String(data.get('phrase') ?? '');
    const result = await api(event, `/api/admin/watched-words/${id}`, { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, `word:${id}`);
    return { form: 'remove', removed: phrase };
  },
};
