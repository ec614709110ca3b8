import { error } from '@sveltejs/kit';
import {
  type PostPage,
  type PostResponse,
  type ReactionKind,
  reactionKinds,
  type ThreadResponse,
} from '@village/domain';
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
  return {
    thread: thread.data.thread,
    posts,
    myReactions,
    nextCursor,
    startedAfter: start && /^\d+$/.test(start) ? start : null,
  };
};

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
    return { posted: result.data.post };
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
    if (!result.ok) return failFrom(result, values, 'edit');
    return { edited: result.data.post };
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
