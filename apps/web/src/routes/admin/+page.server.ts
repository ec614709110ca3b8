import { error } from '@sveltejs/kit';
import type { FacilitatorTraining, ScheduleGapList } from '@village/domain';
import { requireAdmin } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const [gaps, facilitators] = await Promise.all([
    api<ScheduleGapList>(event, '/api/admin/session-gaps'),
    api<{ facilitators: FacilitatorTraining[] }>(event, '/api/admin/facilitators'),
  ]);
  if (!gaps.ok) error(gaps.status, gaps.error.message);
  if (!facilitators.ok) error(facilitators.status, facilitators.error.message);
  // Facilitators of a group whose training has lapsed or runs out within 30 days.
  const training = facilitators.data.facilitators
    .filter((f) => f.groups.length > 0 && (!f.status.current || f.status.expiringSoon.length > 0))
    .map((f) => ({
      id: f.facilitator.id,
      displayName: f.facilitator.displayName,
      current: f.status.current,
      soonest: f.status.expiringSoon[0]?.expiresAt ?? null,
    }));
  return { gaps: gaps.data.gaps, training };
};
