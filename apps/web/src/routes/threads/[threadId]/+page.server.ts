import { error } from '@sveltejs/kit';
import {
  type NotificationList,
  type PostPage,
  type PostResponse,
  type ReactionKind,
  reactionKinds,
  type ThreadResponse,
} from '@village/domain';
import { hiddenReasons } from '#lib/hidden-notices.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;
const PAGES_PER_VIEW = 4;

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const { threadId } = event.params;
  if (!UUID.test(threadId)) error(404, 'That conversation does not exist.');
  const thread = await api<ThreadResponse>(event, `/api/threads/${threadId}`);
  if (!thread.ok) error(thread.status, thread.error.message);

  // Oldest first, a few keyset pages at a time; a very long thread continues on "later posts".
  const start = event.url.searchParams.get('after');
  let after = start && /^\d+$/.test(start) ? start : null;
  const posts: PostPage['posts'] = [];
  const myReactions: PostPage['myReactions'] = {};
  let nextCursor: string | null = null;
  for (let i = 0; i < PAGES_PER_VIEW; i++) {
    const page = await api<PostPage>(event, `/api/threads/${threadId}/posts${after ? `?after=${after}` : ''}`);
    if (!page.ok) error(page.status, page.error.message);
    posts.push(...page.data.posts);
    Object.assign(myReactions, page.data.myReactions);
    nextCursor = page.data.nextCursor;
    if (!nextCursor) break;
    after = nextCursor;
  }
  const reported = event.url.searchParams.get('reported');
  const held = Number(event.url.searchParams.get('held'));
  return {
    thread: thread.data.thread,
    posts,
    myReactions,
    nextCursor,
    startedAfter: start && /^\d+$/.test(start) ? start : null,
    hiddenReasons: await loadHiddenReasons(event, posts, event.locals.user?.id ?? null),
    /** back from the report page (no JavaScript): say her report arrived */
    reported: reported === 'new' || reported === 'again' ? reported : null,
    /** back from starting a conversation that waits for a moderator: about how long */
    heldMinutes: Number.isInteger(held) && held > 0 && held < 100_000 ? held : null,
  };
};

/** What she was told when a moderator hid one of her posts here, so the post can say it. */
async function loadHiddenReasons(
  event: Parameters<PageServerLoad>[0],
  posts: PostPage['posts'],
  meId: string | null,
): Promise<Record<string, string>> {
  const mine = posts.filter((p) => p.status === 'hidden' && p.author.id === meId);
  if (mine.length === 0) return {};
  const list = await api<NotificationList>(event, '/api/me/notifications');
  return list.ok ? hiddenReasons(mine, list.data.notifications) : {};
}

export const actions: Actions = {
  reply: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, ['body', 'contentNote']);
    const result = await api<PostResponse>(event, `/api/threads/${event.params.threadId}/posts`, {
      method: 'POST',
      body: { body: values.body, ...(values.contentNote ? { contentNote: values.contentNote } : {}) },
    });
    if (!result.ok) return failFrom(result, values, 'reply');
    return { form: 'reply', posted: result.data.post, notice: result.data.notice ?? null };
  },
  edit: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const postId = String(data.get('postId') ?? '');
    const values = formValues(data, ['body']);
    const result = await api<PostResponse>(event, `/api/posts/${encodeURIComponent(postId)}`, {
      method: 'PATCH',
      body: values,
    });
    // A refusal goes beside the body of the post she was editing, with what she typed kept.
    if (!result.ok) return failFrom(result, { ...values, postId }, 'edit');
    return { form: 'edit', edited: result.data.post, notice: result.data.notice ?? null };
  },
  delete: async (event) => {
    requireSignIn(event.locals, event.url);
    const postId = String((await event.request.formData()).get('postId') ?? '');
    const result = await api<PostResponse>(event, `/api/posts/${encodeURIComponent(postId)}`, { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, 'delete');
    return { deleted: result.data.post };
  },
  react: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const postId = String(data.get('postId') ?? '');
    const kind = String(data.get('kind') ?? '') as ReactionKind;
    if (!reactionKinds.includes(kind))
      return failFrom(
        { ok: false, status: 400, error: { code: 'validation_failed', message: 'Choose a reaction.' } },
        {},
        'react',
      );
    const on = data.get(`on-${kind}`) !== 'off';
    const result = await api(event, `/api/posts/${encodeURIComponent(postId)}/reactions/${kind}`, {
      method: on ? 'PUT' : 'DELETE',
    });
    if (!result.ok) return failFrom(result, {}, 'react');
    return { reacted: true };
  },
};
