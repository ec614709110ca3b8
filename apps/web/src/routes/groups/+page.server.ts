import { error } from '@sveltejs/kit';
import { type Audience, audiences, type GroupList, type SessionTimeOfDay, sessionTimesOfDay } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const audience = event.url.searchParams.get('audience') ?? '';
  const time = event.url.searchParams.get('time') ?? '';
  const query = new URLSearchParams();
  if ((audiences as readonly string[]).includes(audience)) query.set('audience', audience);
  if ((sessionTimesOfDay as readonly string[]).includes(time)) query.set('time', time);
  const result = await api<GroupList>(event, `/api/groups?${query}`);
  if (!result.ok) error(result.status, result.error.message);
  return { groups: result.data.groups, audience: audience as Audience | '', time: time as SessionTimeOfDay | '' };
};
