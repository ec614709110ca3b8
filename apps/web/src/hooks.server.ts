import type { Handle } from '@sveltejs/kit/hooks';
import type { Me, RestrictionView } from '@village/domain';
import { api, SESSION_COOKIE } from '#lib/server/api.ts';

/** Who is signed in, asked of the API once per request (it also slides the session's expiry). */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = null;
  event.locals.restriction = null;
  event.locals.unreadNotifications = 0;
  if (event.cookies.get(SESSION_COOKIE)) {
    const me = await api<{ user: Me; restriction?: RestrictionView | null; unreadNotifications?: number }>(
      event,
      '/api/me',
    );
    if (me.ok) {
      event.locals.user = me.data.user;
      event.locals.restriction = me.data.restriction ?? null;
      event.locals.unreadNotifications = me.data.unreadNotifications ?? 0;
    }
  }
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};
