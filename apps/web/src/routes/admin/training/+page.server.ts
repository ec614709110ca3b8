import { error, fail } from '@sveltejs/kit';
import type { AdminGroup, AdminUser, FacilitatorTraining, TrainingModuleView } from '@village/domain';
import { requireAdmin, UUID } from '#lib/server/admin.ts';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async (event) => {
  requireAdmin(event.locals, event.url);
  const query = (event.url.searchParams.get('query') ?? '').trim().slice(0, 32);
  const [facilitators, modules, groups, found] = await Promise.all([
    api<{ facilitators: FacilitatorTraining[] }>(event, '/api/admin/facilitators'),
    api<{ modules: TrainingModuleView[] }>(event, '/api/admin/training-modules'),
    api<{ groups: AdminGroup[] }>(event, '/api/admin/groups'),
    query ? api<{ users: AdminUser[] }>(event, `/api/admin/users?query=${encodeURIComponent(query)}`) : null,
  ]);
  for (const r of [facilitators, modules, groups, found]) if (r && !r.ok) error(r.status, r.error.message);
  if (!facilitators.ok || !modules.ok || !groups.ok) error(503, 'Village is not answering just now.');
  const person = event.url.searchParams.get('person') ?? '';
  return {
    query,
    person: UUID.test(person) ? person : '',
    found: found?.ok ? found.data.users : null,
    facilitators: facilitators.data.facilitators,
    modules: modules.data.modules,
    groups: groups.data.groups.map(({ id, name }) => ({ id, name })),
  };
};

/** Dates are whole days: completed at the start of the day, in force until the end of the expiry day. */
const dayStart = (date: string) => (DATE.test(date) ? `${date}T00:00:00.000Z` : date);
const dayEnd = (date: string) => (DATE.test(date) ? `${date}T23:59:59.000Z` : date);

const idFrom = (data: FormData, key: string) => {
  const id = String(data.get(key) ?? '');
  return UUID.test(id) ? id : null;
};

export const actions: Actions = {
  record: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, ['userId', 'module', 'completedAt', 'expiresAt']);
    if (!UUID.test(values.userId ?? '')) {
      return fail(400, { form: 'record', values, errors: { userId: 'Choose who did the training.' } });
    }
    const result = await api<{ record: { facilitator: { displayName: string } } }>(
      event,
      '/api/admin/training-records',
      {
        method: 'POST',
        body: {
          userId: values.userId,
          module: values.module,
          completedAt: dayStart(values.completedAt ?? ''),
          expiresAt: values.expiresAt ? dayEnd(values.expiresAt) : null,
        },
      },
    );
    if (!result.ok) return failFrom(result, values, 'record');
    return { form: 'record', recordedFor: result.data.record.facilitator.displayName };
  },

  assign: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const userId = idFrom(data, 'userId');
    if (!userId) error(400, 'That person does not exist.');
    const values = formValues(data, ['groupId']);
    if (!UUID.test(values.groupId ?? '')) {
      return fail(400, { form: `assign:${userId}`, values, errors: { groupId: 'Choose a group.' } });
    }
    const result = await api(event, `/api/admin/groups/${values.groupId}/facilitators/${userId}`, { method: 'PUT' });
    if (!result.ok) return failFrom(result, values, `assign:${userId}`);
    return { form: `assign:${userId}`, saved: true };
  },

  unassign: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const userId = idFrom(data, 'userId');
    const groupId = idFrom(data, 'groupId');
    if (!userId || !groupId) error(400, 'That facilitator does not exist.');
    const result = await api(event, `/api/admin/groups/${groupId}/facilitators/${userId}`, { method: 'DELETE' });
    if (!result.ok) return failFrom(result, {}, `assign:${userId}`);
    return { form: `assign:${userId}`, saved: true };
  },

  addModule: async (event) => {
    requireAdmin(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, ['name']);
    const result = await api<{ module: TrainingModuleView }>(event, '/api/admin/training-modules', {
      method: 'POST',
      body: { name: values.name, required: data.get('required') === 'on' },
    });
    if (!result.ok) return failFrom(result, values, 'module');
    return { form: 'module', addedModule: result.data.module.name };
  },
};
