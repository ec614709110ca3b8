import { error } from '@sveltejs/kit';
import type { ResourcePack, SavedPack } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const SLUG = /^[a-z0-9-]{2,60}$/;

export const load: PageServerLoad = async (event) => {
  if (!SLUG.test(event.params.slug)) error(404, 'That pack does not exist.');
  const [result, saved] = await Promise.all([
    api<{ pack: ResourcePack }>(event, `/api/resource-packs/${event.params.slug}`),
    event.locals.user ? api<{ packs: SavedPack[] }>(event, '/api/me/saved-packs') : null,
  ]);
  if (!result.ok) error(result.status, result.status === 404 ? 'That pack does not exist.' : result.error.message);
  return {
    pack: result.data.pack,
    /** null: signed out, so there is nothing to save to */
    saved: saved?.ok ? saved.data.packs.some((p) => p.slug === event.params.slug) : null,
  };
};

/** Save or remove: a plain form, so it works without JavaScript too. */
const keep = (method: 'PUT' | 'DELETE') => async (event: Parameters<Actions[string]>[0]) => {
  requireSignIn(event.locals, event.url);
  const slug = event.params.slug ?? '';
  if (!SLUG.test(slug)) error(404, 'That pack does not exist.');
  const result = await api<{ saved: boolean }>(event, `/api/me/saved-packs/${slug}`, { method });
  if (!result.ok) return failFrom(result, {}, 'save');
  return { savedNow: result.data.saved };
};

export const actions: Actions = { save: keep('PUT'), remove: keep('DELETE') };
