import { error } from '@sveltejs/kit';
import type { ResourcePack } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (!/^[a-z0-9-]{2,60}$/.test(event.params.slug)) error(404, 'That pack does not exist.');
  const result = await api<{ pack: ResourcePack }>(event, `/api/resource-packs/${event.params.slug}`);
  if (!result.ok) error(result.status, result.status === 404 ? 'That pack does not exist.' : result.error.message);
  return { pack: result.data.pack };
};
