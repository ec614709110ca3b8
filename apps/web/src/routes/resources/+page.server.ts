import { error } from '@sveltejs/kit';
import { type ResourceList, type ResourcePackSummary, resourceTags, type SavedPack } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The whole directory, optionally one tag; an unknown tag shows everything. */
export const load: PageServerLoad = async (event) => {
  const raw = event.url.searchParams.get('tag');
  const tag = resourceTags.find((t) => t === raw) ?? null;
  const [list, packs, saved] = await Promise.all([
    api<ResourceList>(event, `/api/resources${tag ? `?tag=${tag}` : ''}`),
    api<{ packs: ResourcePackSummary[] }>(event, '/api/resource-packs'),
    event.locals.user ? api<{ packs: SavedPack[] }>(event, '/api/me/saved-packs') : null,
  ]);
  if (!list.ok) error(list.status, list.error.message);
  const savedSlugs = new Set(saved?.ok ? saved.data.packs.map((p) => p.slug) : []);
  return {
    tag,
    resources: list.data.resources,
    packs: (packs.ok ? packs.data.packs : []).map((p) => ({ ...p, saved: savedSlugs.has(p.slug) })),
  };
};
