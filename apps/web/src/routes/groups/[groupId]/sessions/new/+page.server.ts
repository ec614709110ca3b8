import { error, redirect } from '@sveltejs/kit';
import {
  type FacilitatorTraining,
  type GroupResponse,
  RESOURCES_MAX,
  type ResourceList,
  type SessionList,
} from '@village/domain';
import { api } from '#lib/server/api.ts';
import { failFrom, formValues } from '#lib/server/forms.ts';
import { requireSignIn } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;
const FIELDS = [
  'title',
  'theme',
  'focusPrompt',
  'start',
  'lengthMinutes',
  'capacity',
  'endingNoticeMinutes',
  'guestName',
  'guestRole',
  'repeat',
  'repeatEnd',
  'count',
  'until',
  'facilitatorId',
];

export const load: PageServerLoad = async (event) => {
  requireSignIn(event.locals, event.url);
  if (!UUID.test(event.params.groupId)) error(404, 'That group does not exist.');
  const result = await api<GroupResponse>(event, `/api/groups/${event.params.groupId}`);
  if (!result.ok) error(result.status, result.error.message);
  // The group's clock: times are entered in the group's own zone.
  const timeZone = result.data.group.timeZone;
  // The directory, for the "where to go next" picker.
  const directory = await api<ResourceList>(event, '/api/resources');
  // An admin chooses who leads it: one of the group's facilitators whose training is current.
  let leaders: { id: string; displayName: string }[] | null = null;
  if (event.locals.user?.role === 'admin') {
    const people = await api<{ facilitators: FacilitatorTraining[] }>(event, '/api/admin/facilitators');
    leaders = people.ok
      ? people.data.facilitators
          .filter((f) => f.status.current && f.groups.some((g) => g.id === event.params.groupId))
          .map((f) => f.facilitator)
      : [];
  }
  return { group: result.data.group, timeZone, resources: directory.ok ? directory.data.resources : [], leaders };
};

const toInt = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim() === '' ? undefined : Number.NaN);

/** A message for a field the browser sent in a shape the API cannot take (not a number, say). */
function fieldError(values: Record<string, string>, field: string, message: string) {
  return failFrom({ ok: false, status: 400, error: { code: 'validation_failed', message, field } }, values);
}

export const actions: Actions = {
  default: async (event) => {
    requireSignIn(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, FIELDS);
    const resourceIds = [...new Set(data.getAll('resourceIds').map(String))];
    // Kept as one comma-separated value so a refused form comes back with the same boxes ticked.
    values.resourceIds = resourceIds.join(',');
    if (resourceIds.length > RESOURCES_MAX)
      return fieldError(values, 'resourceIds', `Choose up to ${RESOURCES_MAX} resources.`);
    if (resourceIds.some((id) => !UUID.test(id)))
      return fieldError(values, 'resourceIds', 'Choose resources from the list.');
    const lengthMinutes = toInt(values.lengthMinutes ?? '');
    const capacity = toInt(values.capacity ?? '');
    const endingNoticeMinutes = toInt(values.endingNoticeMinutes ?? '');
    if (lengthMinutes === undefined || Number.isNaN(lengthMinutes))
      return fieldError(values, 'lengthMinutes', 'Enter the length in minutes, for example 60.');
    if (capacity === undefined || Number.isNaN(capacity))
      return fieldError(values, 'capacity', 'Enter how many places there are, for example 12.');
    if (Number.isNaN(endingNoticeMinutes))
      return fieldError(values, 'endingNoticeMinutes', 'Enter a number of minutes, or 0 for no notice.');
    const repeat = values.repeat === 'weekly' || values.repeat === 'fortnightly' ? values.repeat : 'none';
    const body: Record<string, unknown> = {
      title: values.title?.trim(),
      theme: values.theme?.trim(),
      focusPrompt: values.focusPrompt?.trim(),
      start: values.start,
      lengthMinutes,
      capacity,
      repeat,
    };
    if (resourceIds.length > 0) body.resourceIds = resourceIds;
    if (values.facilitatorId && UUID.test(values.facilitatorId)) body.facilitatorId = values.facilitatorId;
    if (endingNoticeMinutes !== undefined) body.endingNoticeMinutes = endingNoticeMinutes;
    const guestName = values.guestName?.trim() ?? '';
    if (guestName) body.guest = { name: guestName, role: values.guestRole || 'other' };
    if (repeat !== 'none') {
      if (values.repeatEnd === 'until') {
        if (!values.until) return fieldError(values, 'until', 'Choose the date of the last session.');
        body.until = values.until;
      } else {
        const count = toInt(values.count ?? '');
        if (count === undefined || Number.isNaN(count))
          return fieldError(values, 'count', 'Enter how many sessions, for example 6.');
        body.count = count;
      }
    }
    const result = await api<SessionList>(event, `/api/groups/${event.params.groupId}/sessions`, {
      method: 'POST',
      body,
    });
    if (!result.ok) {
      // The API names nested fields by path (guest/name): put those beside the guest fields.
      const field = result.error.field?.replace(/^\//, '');
      const mapped =
        field === 'guest/name' || field === 'guest.name'
          ? 'guestName'
          : field?.startsWith('guest')
            ? 'guestRole'
            : field?.startsWith('resourceIds')
              ? 'resourceIds'
              : field;
      return failFrom({ ...result, error: { ...result.error, field: mapped } }, values);
    }
    const first = result.data.sessions[0];
    redirect(
      303,
      first ? `/sessions/${first.id}?scheduled=${result.data.sessions.length}` : `/groups/${event.params.groupId}`,
    );
  },
};
