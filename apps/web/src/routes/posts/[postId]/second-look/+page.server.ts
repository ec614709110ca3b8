import { error, fail } from '@sveltejs/kit';
import { type NotificationList, REPORT_NOTE_MAX } from '@village/domain';
import { hiddenReasons } from '#lib/hidden-notices.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A member whose post a moderator hid asks another moderator to look again. */
export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const { postId } = event.params;
  if (!UUID.test(postId)) error(404, 'That post does not exist.');
  const thread = event.url.searchParams.get('thread');
  const threadId = thread && UUID.test(thread) ? thread : null;
  // What she was told when it was hidden (best effort: the notice links to the post or its thread).
  let reason: string | null = null;
  const list = await api<NotificationList>(event, '/api/me/notifications');
  if (list.ok && threadId) {
    reason = hiddenReasons([{ id: postId, threadId, updatedAt: '' }], list.data.notifications)[postId] ?? null;
  }
  return { postId, threadId, reason };
};

export const actions: Actions = {
  default: async (event) => {
    requireSignIn(event.locals, event.url);
    const { postId } = event.params;
    if (!UUID.test(postId)) error(404, 'That post does not exist.');
    const values = formValues(await event.request.formData(), ['note']);
    const note = values.note?.trim() ?? '';
    if (note.length > REPORT_NOTE_MAX) {
      return fail(400, { values, errors: { note: `Keep it to ${REPORT_NOTE_MAX} characters or fewer.` } });
    }
    const result = await api(event, `/api/posts/${postId}/second-look`, {
      method: 'POST',
      body: note ? { note } : {},
    });
    if (!result.ok) return failFrom(result, values);
    return { asked: true };
  },
};
