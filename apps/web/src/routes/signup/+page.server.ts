import { redirect } from '@sveltejs/kit';
import type { Me } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { safeNext } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data, ['email', 'displayName']);
    const result = await api<{ user: Me }>(event, '/api/auth/register', {
      method: 'POST',
      body: {
        email: values.email,
        password: String(data.get('password') ?? ''),
        displayName: values.displayName,
        acceptGuidelines: data.get('acceptGuidelines') === 'on',
      },
    });
    if (!result.ok) return failFrom(result, { ...values, password: '', acceptGuidelines: '' });
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
