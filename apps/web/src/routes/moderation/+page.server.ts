import { fail } from '@sveltejs/kit';
import type { GroupList, ModerationItemResponse, ModerationQueue } from '@village/domain';
import { parseQueueFilter, queueQuery } from '#lib/moderation/queue.ts';
import { api } from '#lib/server/api.ts';
import { requireStaff } from '#lib/server/staff.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The queue: what needs a moderator, most urgent first, then oldest. */
export const load: PageServerLoad = async (event) => {
  const me = requireStaff(event.locals, event.url);
  const filter = parseQueueFilter(event.url.searchParams);
  const [queue, groups] = await Promise.all([
    api<ModerationQueue>(event, `/api/moderation/items${queueQuery(filter)}`),
    api<GroupList>(event, '/api/groups'),
  ]);
  return {
    meId: me.id,
    filter,
    queue: queue.ok ? queue.data : { items: [], counts: { open: 0, urgent: 0, overdue: 0, escalated: 0 } },
    loadError: queue.ok ? null : queue.error.message,
    groups: groups.ok ? groups.data.groups.map((g) => ({ id: g.id, name: g.name })) : [],
    now: Date.now(),
  };
};

export const actions: Actions = {
  claim: async (event) => {
    requireStaff(event.locals, event.url);
    const itemId = String((await event.request.formData()).get('itemId') ?? '');
    if (!UUID.test(itemId)) return fail(400, { itemId, claimError: 'That item does not exist.' });
    const result = await api<ModerationItemResponse>(event, `/api/moderation/items/${itemId}/claim`, {
      method: 'POST',
    });
    if (!result.ok) {
      return fail(result.status >= 500 ? 503 : result.status, { itemId, claimError: conflictMessage(result) });
    }
    return { itemId, claimed: result.data.item };
  },
};

/** A 409 says plainly whether someone else has the item or it is already done. */
function conflictMessage(result: { status: number; error: { message: string } }): string {
  if (result.status !== 409) return result.error.message;
  return /resolved/i.test(result.error.message)
    ? 'This item has already been resolved.'
    : 'Another moderator is working on this item.';
}
