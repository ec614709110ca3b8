import { error } from '@sveltejs/kit';
import { type ResourceList, type ResourcePackSummary, resourceTags } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The whole directory, optionally one tag; an unknown tag shows everything. */
export const load: PageServerLoad = async (event) => {
  const raw = event.url.searchParams.get('tag');
  const tag = resourceTags.find((t) => t === raw) ?? null;
  const [list, packs] = await Promise.all([
    api<ResourceList>(event, `/api/resources${tag ? `?tag=${tag}` : ''}`),
    api<{ packs: ResourcePackSummary[] }>(event, '/api/resource-packs'),
  ]);
  if (!list.ok) error(list.status, list.error.message);
  return { tag, resources: list.data.resources, packs: packs.ok ? packs.data.packs : [] };
};
