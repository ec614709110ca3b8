import type { Me } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({ me: requireSignIn(locals, url) });

export const actions: Actions = {
  displayName: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['displayName']);
    const result = await api<{ user: Me }>(event, '/api/me', { method: 'PATCH', body: values });
    if (!result.ok) return failFrom(result, values);
    return { saved: true };
  },
};
