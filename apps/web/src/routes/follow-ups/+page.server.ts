import { error } from '@sveltejs/kit';
import type { FollowUpTask } from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  const list = await api<{ tasks: FollowUpTask[] }>(event, '/api/me/follow-ups');
  if (!list.ok) error(list.status, list.error.message);
  const tasks = list.data.tasks;
  return {
    open: tasks.filter((t) => t.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    done: tasks.filter((t) => t.status === 'done').sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? '')),
  };
};

export const actions: Actions = {
  done: async (event) => {
    requireSignIn(event.locals, event.url);
    const taskId = String((await event.request.formData()).get('taskId') ?? '');
    const result = await api<{ task: FollowUpTask }>(event, `/api/follow-ups/${encodeURIComponent(taskId)}/done`, {
      method: 'POST',
    });
    if (!result.ok) return failFrom(result, {}, 'done');
    return { doneFor: result.data.task.member.displayName };
  },
};
