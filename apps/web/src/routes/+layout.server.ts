import type { MyFacilitation } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { locals } = event;
  // The header links "Facilitating" for facilitators (or anyone with training records or
  // follow-up tasks) and admins, with her open follow-ups and a mark when training needs renewing.
  let facilitating: { openFollowUps: number; trainingNeedsAttention: boolean } | null = null;
  if (locals.user) {
    const mine = await api<MyFacilitation>(event, '/api/me/facilitation');
    if (mine.ok && (mine.data.training || mine.data.followUps > 0 || locals.user.role === 'admin')) {
      const status = mine.data.training?.status;
      facilitating = {
        openFollowUps: mine.data.openFollowUps,
        trainingNeedsAttention: !!status && (!status.current || status.expiringSoon.length > 0),
      };
    }
  }
  return {
    user: locals.user,
    restriction: locals.restriction,
    unreadNotifications: locals.unreadNotifications,
    facilitating,
  };
};
