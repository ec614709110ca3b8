import { error } from '@sveltejs/kit';
import type { ScheduleGapList } from '@village/domain';
import { requireAdmin } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const result = await api<ScheduleGapList>(event, '/api/admin/session-gaps');
  if (!result.ok) error(result.status, result.error.message);
  return { gaps: result.data.gaps };
};
