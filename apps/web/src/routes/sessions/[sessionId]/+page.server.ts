import { error, fail } from '@sveltejs/kit';
import type {
  AttendanceView,
  GroupResponse,
  PostPage,
  PostResponse,
  ResourceList,
  SessionResponse,
  ThreadResponse,
} from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import { actions as threadActions } from '../../threads/[threadId]/+page.server.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;
const PAGES = 4;

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const { sessionId } = event.params;
  if (!UUID.test(sessionId)) error(404, 'That session does not exist.');
  const result = await api<SessionResponse>(event, `/api/sessions/${sessionId}`);
  if (!result.ok) error(result.status, result.error.message);
  const session = result.data.session;

  const [group, thread, presence, attendance, resources] = await Promise.all([
    api<GroupResponse>(event, `/api/groups/${session.groupId}`),
    session.threadId ? api<ThreadResponse>(event, `/api/threads/${session.threadId}`) : null,
    session.abilities.manageLive && (session.state === 'open' || session.state === 'ending')
      ? api<{ present: number }>(event, `/api/sessions/${sessionId}/presence`)
      : null,
    session.abilities.seeAttendance && session.state !== 'scheduled' && session.state !== 'cancelled'
      ? api<AttendanceView>(event, `/api/sessions/${sessionId}/attendance`)
      : null,
    session.state === 'closed' || session.state === 'ending'
      ? api<ResourceList>(
          event,
          // The chosen "where to go next" resources, or the crisis lines when none were chosen.
          session.resourceIds.length > 0
            ? `/api/resources?ids=${session.resourceIds.join(',')}`
            : '/api/resources?tag=crisis',
        )
      : null,
  ]);

  const posts: PostPage['posts'] = [];
  const myReactions: PostPage['myReactions'] = {};
  if (session.threadId) {
    let after: string | null = null;
    for (let i = 0; i < PAGES; i++) {
      const page: Awaited<ReturnType<typeof api<PostPage>>> = await api<PostPage>(
        event,
        `/api/threads/${session.threadId}/posts${after ? `?after=${after}` : ''}`,
      );
      if (!page.ok) break;
      posts.push(...page.data.posts);
      Object.assign(myReactions, page.data.myReactions);
      after = page.data.nextCursor;
      if (!after) break;
    }
  }

  const listed = resources?.ok ? resources.data.resources : [];
  // In the order the facilitator chose them; a resource removed since is left out.
  const chosen = session.resourceIds.flatMap((id) => listed.filter((r) => r.id === id));
  return {
    session,
    groupName: group.ok ? group.data.group.name : 'Group',
    groundRules: group.ok ? group.data.group.groundRules : '',
    thread: thread?.ok ? thread.data.thread : null,
    posts,
    myReactions,
    present: presence?.ok ? presence.data.present : null,
    attendance: attendance?.ok ? attendance.data : null,
    // The session's chosen resources, or the crisis lines when none were chosen.
    resources: chosen.length > 0 ? chosen : listed.filter((r) => r.tags.includes('crisis')).slice(0, 4),
    scheduledCount: Number(event.url.searchParams.get('scheduled')) || null,
  };
};

const path = (event: RequestEvent, tail: string) => `/api/sessions/${event.params.sessionId}/${tail}`;

async function simple(event: RequestEvent, form: string, tail: string, method = 'POST', body?: unknown) {
  requireSignIn(event.locals, event.url);
  const result = await api<SessionResponse>(event, path(event, tail), { method, body });
  if (!result.ok) return failFrom(result, {}, form);
  return { form, done: form };
}

// The post's own forms (hugs, editing, deleting her post) act on the post id alone, as in a thread.
type ThreadAction = (event: never) => unknown;
const postAction = (name: 'react' | 'edit' | 'delete') => (event: RequestEvent) =>
  (threadActions[name] as ThreadAction)(event as never) as ReturnType<NonNullable<Actions['rsvp']>>;

export const actions: Actions = {
  react: postAction('react'),
  edit: postAction('edit'),
  delete: postAction('delete'),
  rsvp: (event) => simple(event, 'rsvp', 'rsvp', 'PUT'),
  unrsvp: (event) => simple(event, 'rsvp', 'rsvp', 'DELETE'),
  open: (event) => simple(event, 'control', 'open'),
  extend: (event) => simple(event, 'control', 'extend'),
  end: (event) => simple(event, 'control', 'end'),
  cancel: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['reason']);
    const result = await api(event, path(event, 'cancel'), {
      method: 'POST',
      body: values.reason?.trim() ? { reason: values.reason.trim() } : {},
    });
    if (!result.ok) return failFrom(result, values, 'cancel');
    return { form: 'cancel', done: 'cancel' };
  },
  focus: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['focusPrompt']);
    const result = await api(event, path(event, 'focus'), {
      method: 'PATCH',
      body: { focusPrompt: values.focusPrompt?.trim() },
    });
    if (!result.ok) return failFrom(result, values, 'focus');
    return { form: 'focus', done: 'focus' };
  },
  slowMode: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['intervalSeconds']);
    const result = await api(event, path(event, 'slow-mode'), {
      method: 'POST',
      body: { intervalSeconds: Number(values.intervalSeconds) || 0 },
    });
    if (!result.ok) return failFrom(result, values, 'slowMode');
    return { form: 'slowMode', done: 'slowMode' };
  },
  mute: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['userId', 'name']);
    const result = await api(event, path(event, 'mutes'), { method: 'POST', body: { userId: values.userId } });
    if (!result.ok) return failFrom(result, {}, 'mute');
    return { form: 'mute', done: 'mute', muted: values.name || 'The member' };
  },
  offTopic: async (event) => {
    requireSignIn(event.locals, event.url);
    const postId = String((await event.request.formData()).get('postId') ?? '');
    if (!UUID.test(postId)) return fail(400, { form: 'offTopic', values: {}, errors: { form: 'Choose a post.' } });
    const result = await api(event, `/api/posts/${postId}/off-topic`, { method: 'POST' });
    if (!result.ok) return failFrom(result, {}, 'offTopic');
    return { form: 'offTopic', done: 'offTopic', movedPostId: postId };
  },
  wrapUp: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['talkedAbout', 'helped', 'nextSteps']);
    const result = await api(event, path(event, 'wrap-up'), {
      method: 'POST',
      body: { talkedAbout: values.talkedAbout ?? '', helped: values.helped ?? '', nextSteps: values.nextSteps ?? '' },
    });
    if (!result.ok) return failFrom(result, values, 'wrapUp');
    return { form: 'wrapUp', done: 'wrapUp' };
  },
  checkOut: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['status', 'note']);
    if (values.status !== 'ok' && values.status !== 'follow_up')
      return fail(400, { form: 'checkOut', values, errors: { status: 'Choose how you are feeling.' } });
    const note = values.note?.trim();
    const result = await api(event, path(event, 'check-out'), {
      method: 'POST',
      body: { status: values.status, ...(note ? { note } : {}) },
    });
    if (!result.ok) return failFrom(result, values, 'checkOut');
    return { form: 'checkOut', done: 'checkOut' };
  },
  reply: async (event) => {
    requireSignIn(event.locals, event.url);
    const values = formValues(await event.request.formData(), ['body']);
    const session = await api<SessionResponse>(event, `/api/sessions/${event.params.sessionId}`);
    const threadId = session.ok ? session.data.session.threadId : null;
    if (!threadId) return fail(404, { form: 'reply', values, errors: { form: 'This session has no conversation.' } });
    const result = await api<PostResponse>(event, `/api/threads/${threadId}/posts`, {
      method: 'POST',
      body: { body: values.body },
    });
    if (!result.ok) return failFrom(result, values, 'reply');
    return { form: 'reply', posted: result.data.post, notice: result.data.notice ?? null };
  },
};
