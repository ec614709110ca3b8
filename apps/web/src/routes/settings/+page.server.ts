import type { CalendarLinkResponse, CalendarLinkStatus, Me } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const me = requireSignIn(event.locals, event.url);
  const calendar = await api<CalendarLinkStatus>(event, '/api/me/calendar-token');
  // The calendar section is a convenience: if the API is away the rest of the page still works.
  return { me, calendar: calendar.ok ? calendar.data : null };
};

export const actions: Actions = {
  displayName: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['displayName']);
    const result = await api<{ user: Me }>(event, '/api/me', { method: 'PATCH', body: values });
    if (!result.ok) return failFrom(result, values);
    return { saved: true };
  },
  /** Makes her calendar link, or a new one (the old link stops working). Shown once: we keep only a hash. */
  calendarLink: async (event) => {
    requireSignIn(event.locals, event.url);
    const result = await api<CalendarLinkResponse>(event, '/api/me/calendar-token', { method: 'POST' });
    if (!result.ok) return failFrom(result, {}, 'calendar');
    return { calendarLink: result.data.link };
  },
  calendarOff: async (event) => {
    requireSignIn(event.locals, event.url);
    const result = await api<{ ok: true }>(event, '/api/me/calendar-token', { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, 'calendar');
    return { calendarOff: true };
  },
};
