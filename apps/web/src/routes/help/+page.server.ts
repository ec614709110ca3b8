import { defaultHelplines, type Helpline } from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/**
 * The service's helplines, as its admins keep them. If the API cannot answer (or the list is
 * somehow empty) the page shows the defaults: a person in crisis never sees an empty page.
 */
export const load: PageServerLoad = async (event) => {
  const result = await api<{ helplines: Helpline[] }>(event, '/api/helplines');
  const helplines = result.ok && result.data.helplines.length > 0 ? result.data.helplines : defaultHelplines;
  return { helplines, fallback: helplines === defaultHelplines };
};
