import type { AuditPage } from '@village/domain';
import { requireAdmin } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

const FILTERS = ['action', 'actorId', 'subjectUserId', 'groupId', 'from', 'to'] as const;

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  // Only the filters the API knows, and only those filled in (an empty date box sends "from=").
  const filters = new URLSearchParams();
  for (const key of FILTERS) {
    const value = event.url.searchParams.get(key)?.trim();
    if (value) filters.set(key, value);
  }
  const pageQuery = new URLSearchParams(filters);
  const before = event.url.searchParams.get('before');
  if (before) pageQuery.set('before', before);
  const result = await api<AuditPage>(event, `/api/admin/audit?${pageQuery}`);
  return {
    filters: Object.fromEntries(filters) as Partial<Record<(typeof FILTERS)[number], string>>,
    query: filters.toString(),
    paged: Boolean(before),
    page: result.ok ? result.data : { entries: [], nextCursor: null },
    // A bad filter (an end before the start) is shown beside the filters, not as an error page.
    problem: result.ok ? null : { field: result.error.field ?? 'form', message: result.error.message },
  };
};
