import type { NotificationList } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const list = await api<NotificationList>(event, '/api/me/notifications');
  return {
    list: list.ok ? list.data : { notifications: [], unread: 0 },
    loadError: list.ok ? null : list.error.message,
    now: Date.now(),
  };
};

export const actions: Actions = {
  read: async (event) => {
    requireSignIn(event.locals, event.url);
    const result = await api(event, '/api/me/notifications/read', { method: 'POST', body: {} });
    if (!result.ok) return failFrom(result, {});
    return { markedRead: true };
  },
};
