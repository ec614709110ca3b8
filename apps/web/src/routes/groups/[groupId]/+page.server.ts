import { error, redirect } from '@sveltejs/kit';
import {
  audienceStage,
  type CreateThreadResponse,
  type GroupResponse,
  type GroupSupport,
  type JoinRequestList,
  type SessionList,
  type ThreadList,
} from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async (event) => {
  if (!UUID.test(event.params.groupId)) error(404, 'That group does not exist.');
  const result = await api<GroupResponse>(event, `/api/groups/${event.params.groupId}`);
  if (!result.ok) error(result.status, result.error.message);
  const group = result.data.group;
  let threads: ThreadList | null = null;
  if (group.abilities.readPosts) {
    const after = event.url.searchParams.get('after');
    const page = await api<ThreadList>(
      event,
      `/api/groups/${group.id}/threads${after && /^\d+$/.test(after) ? `?after=${after}` : ''}`,
    );
    if (page.ok) threads = page.data;
  }
  let requests: JoinRequestList['requests'] = [];
  if (group.abilities.reviewRequests) {
    const pending = await api<JoinRequestList>(event, `/api/groups/${group.id}/requests`);
    if (pending.ok) requests = pending.data.requests;
  }
  // Upcoming sessions (scheduled, open or ending), soonest first; the API decides who may see them.
  const listed = await api<SessionList>(event, `/api/groups/${group.id}/sessions`);
  const sessions = listed.ok
    ? listed.data.sessions
        .filter((s) => s.state === 'scheduled' || s.state === 'open' || s.state === 'ending')
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .slice(0, 10)
    : [];
  // The API decides, training currency included.
  const canSchedule = group.abilities.scheduleSessions;
  // "Support for you": a few directory resources for the group's audience, for everyone.
  const audience = group.audiences.find((a) => audienceStage(a)) ?? group.audiences[0];
  const support = await api<GroupSupport>(
    event,
    `/api/resources/for-group${audience ? `?audience=${encodeURIComponent(audience)}` : ''}`,
  );
  const supportStage = audience ? audienceStage(audience) : null;
  return {
    group,
    threads,
    requests,
    sessions,
    canSchedule,
    support: support.ok ? support.data.resources : [],
    findSupportHref: supportStage ? `/find-support?stage=${supportStage}` : '/find-support',
  };
};

export const actions: Actions = {
  join: async (event) => {
    requireSignIn(event.locals, event.url);
    const result = await api(event, `/api/groups/${event.params.groupId}/join`, { method: 'POST' });
    if (!result.ok) return failFrom(result, {}, 'join');
    return { joined: true };
  },
  rules: async (event) => {
    requireSignIn(event.locals, event.url);
    const result = await api(event, `/api/groups/${event.params.groupId}/ground-rules`, { method: 'POST' });
    if (!result.ok) return failFrom(result, {}, 'rules');
    return { rulesAccepted: true };
  },
  decide: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const userId = String(data.get('userId') ?? '');
    const decision = data.get('decision') === 'approve' ? 'approve' : 'decline';
    const result = await api(event, `/api/groups/${event.params.groupId}/requests/${encodeURIComponent(userId)}`, {
      method: 'POST',
      body: { decision },
    });
    if (!result.ok) return failFrom(result, {}, 'decide');
    return { decided: decision };
  },
  thread: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, ['title', 'body', 'contentNote']);
    const result = await api<CreateThreadResponse>(event, `/api/groups/${event.params.groupId}/threads`, {
      method: 'POST',
      body: {
        title: values.title,
        body: values.body,
        ...(values.contentNote ? { contentNote: values.contentNote } : {}),
      },
    });
    if (!result.ok) return failFrom(result, values, 'thread');
    const { thread, notice } = result.data;
    // A crisis card is shown at once, here where she wrote; a post waiting for a moderator is
    // followed to its conversation, which says roughly how long the wait is.
    if (notice?.crisis) return { form: 'thread', created: { id: thread.id, title: thread.title }, notice };
    redirect(303, `/threads/${thread.id}${notice?.heldForReview ? `?held=${notice.heldForReview.reviewMinutes}` : ''}`);
  },
};
