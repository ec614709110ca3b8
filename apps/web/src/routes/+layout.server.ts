import type { FollowUpTask } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { locals } = event;
  // The header links "Follow-ups" for anyone who has follow-up tasks (facilitators) and admins.
  let followUps: number | null = null;
  if (locals.user) {
    const list = await api<{ tasks: FollowUpTask[] }>(event, '/api/me/follow-ups');
    if (list.ok && list.data.tasks.length > 0) followUps = list.data.tasks.filter((t) => t.status === 'open').length;
  }
  return {
    user: locals.user,
    restriction: locals.restriction,
    unreadNotifications: locals.unreadNotifications,
    followUps,
  };
};
