import { redirect } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/settings');

export const actions: Actions = {
  default: async (event) => {
    await api(event, '/api/auth/logout', { method: 'POST' });
    event.cookies.delete('village_session', { path: '/' });
    redirect(303, '/');
  },
  everywhere: async (event) => {
    await api(event, '/api/auth/logout-everywhere', { method: 'POST' });
    event.cookies.delete('village_session', { path: '/' });
    redirect(303, '/signin');
  },
};
