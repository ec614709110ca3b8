import { error } from '@sveltejs/kit';
import type { MyFacilitation } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const mine = await api<MyFacilitation>(event, '/api/me/facilitation');
  if (!mine.ok) error(mine.status, mine.error.message);
  return mine.data;
};
