import { error, fail, redirect } from '@sveltejs/kit';
import {
  type PostPage,
  type PostView,
  REPORT_NOTE_MAX,
  type ReportReason,
  type ReportResponse,
  reportReasons,
  type ThreadResponse,
} from '@village/domain';
import { type ApiResult, api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const threadOf = (url: URL) => {
  const id = url.searchParams.get('thread');
  return id && UUID.test(id) ? id : null;
};

/** The report form on a page of its own: where the Report link leads when JavaScript is off. */
export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const { postId } = event.params;
  if (!UUID.test(postId)) error(404, 'That post does not exist.');
  const threadId = threadOf(event.url);
  let threadTitle: string | null = null;
  let post: PostView | null = null;
  if (threadId) {
    const thread = await api<ThreadResponse>(event, `/api/threads/${threadId}`);
    if (thread.ok) {
      threadTitle = thread.data.thread.title;
      post = await findPost(event, threadId, postId);
    }
  }
  return { postId, threadId, threadTitle, post };
};

/** The post she is reporting, so the page can show what it was (looked for in the thread's first pages). */
async function findPost(
  event: Parameters<PageServerLoad>[0],
  threadId: string,
  postId: string,
): Promise<PostView | null> {
  let after: string | null = null;
  for (let i = 0; i < 4; i++) {
    const page: ApiResult<PostPage> = await api<PostPage>(
      event,
      `/api/threads/${threadId}/posts${after ? `?after=${after}` : ''}`,
    );
    if (!page.ok) return null;
    const found = page.data.posts.find((p) => p.id === postId);
    if (found) return found;
    if (!page.data.nextCursor) return null;
    after = page.data.nextCursor;
  }
  return null;
}

export const actions: Actions = {
  default: async (event) => {
    requireSignIn(event.locals, event.url);
    const { postId } = event.params;
    if (!UUID.test(postId)) error(404, 'That post does not exist.');
    const data = await event.request.formData();
    const values = formValues(data, ['reason', 'note']);
    const note = values.note?.trim() ?? '';
    if (!reportReasons.includes(values.reason as ReportReason)) {
      return fail(400, { form: 'report', values, errors: { reason: 'Choose the reason that fits best.' } });
    }
    if (note.length > REPORT_NOTE_MAX) {
      return fail(400, {
        form: 'report',
        values,
        errors: { note: `Keep it to ${REPORT_NOTE_MAX} characters or fewer.` },
      });
    }
    const result = await api<ReportResponse>(event, `/api/posts/${postId}/reports`, {
      method: 'POST',
      body: { reason: values.reason, ...(note ? { note } : {}) },
    });
    if (!result.ok) return failFrom(result, values, 'report');
    const again = result.data.alreadyReported;
    // From the dialog the page stays put; from this page she goes back to the conversation.
    const threadId = threadOf(event.url);
    if (!data.get('stay') && threadId) {
      redirect(303, `/threads/${threadId}?reported=${again ? 'again' : 'new'}#post-${postId}`);
    }
    return { form: 'report', reported: true, alreadyReported: again };
  },
};
