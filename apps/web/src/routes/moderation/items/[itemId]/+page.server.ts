import { error, fail } from '@sveltejs/kit';
import {
  ACTION_REASON_MAX,
  actionsNeedingReason,
  BODY_MAX,
  MAX_RESTRICTION_HOURS,
  type ModerationAction,
  type ModerationActionBody,
  type ModerationItemDetail,
  type ModerationItemResponse,
  moderationActions,
} from '@village/domain';
import { type ApiResult, api } from '#lib/server/api.ts';
import { formValues } from '#lib/server/forms.ts';
import { requireStaff } from '#lib/server/staff.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One item: the post in its context, its history, the reports, the author's record, and the actions. */
export const load: PageServerLoad = async (event) => {
  const me = requireStaff(event.locals, event.url);
  if (!UUID.test(event.params.itemId)) error(404, 'That item does not exist.');
  const detail = await api<ModerationItemDetail>(event, `/api/moderation/items/${event.params.itemId}`);
  if (!detail.ok) error(detail.status === 403 ? 404 : detail.status, detail.error.message);
  return { meId: me.id, detail: detail.data, now: Date.now() };
};

type Failed = Extract<ApiResult<unknown>, { ok: false }>;

/** A 409 says plainly whether someone else has the item or it is already done. */
function conflictText(result: Failed): string {
  return /resolved/i.test(result.error.message)
    ? 'This item has already been resolved, so nothing more can be done to it.'
    : 'Another moderator is working on this item. Leave it with them, or ask them in your moderators’ channel.';
}

function refusal(result: Failed, form: string, extra: Record<string, unknown> = {}) {
  const status = result.status >= 500 ? 503 : result.status;
  if (result.status === 409) return fail(409, { form, conflict: conflictText(result), ...extra });
  return fail(status, { form, errors: { [result.error.field ?? 'form']: result.error.message }, ...extra });
}

const itemPath = (itemId: string) => `/api/moderation/items/${itemId}`;

export const actions: Actions = {
  claim: async (event) => {
    requireStaff(event.locals, event.url);
    const result = await api<ModerationItemResponse>(event, `${itemPath(event.params.itemId)}/claim`, {
      method: 'POST',
    });
    if (!result.ok) return refusal(result, 'claim');
    return { form: 'claim', claimed: true };
  },
  release: async (event) => {
    requireStaff(event.locals, event.url);
    const result = await api<ModerationItemResponse>(event, `${itemPath(event.params.itemId)}/release`, {
      method: 'POST',
    });
    if (!result.ok) return refusal(result, 'release');
    return { form: 'release', released: true };
  },
  act: async (event) => {
    requireStaff(event.locals, event.url);
    const data = await event.request.formData();
    const values = formValues(data, ['action', 'reason', 'body', 'durationHours']);
    const action = values.action as ModerationAction;
    if (!moderationActions.includes(action)) {
      return fail(400, { form: 'act', action: '', values, errors: { form: 'Choose an action.' } });
    }
    const problem = (field: string, message: string) =>
      fail(400, { form: 'act', action, values, errors: { [field]: message } });
    const reason = values.reason?.trim() ?? '';
    if (actionsNeedingReason.includes(action) && !reason) {
      return problem(
        'reason',
        action === 'escalate'
          ? 'Write a note for the admins: what they need to know.'
          : 'Write a reason: the member will read it.',
      );
    }
    if (reason.length > ACTION_REASON_MAX) return problem('reason', `Keep it to ${ACTION_REASON_MAX} characters.`);
    const body: ModerationActionBody = { action, ...(reason ? { reason } : {}) };
    if (action === 'redact') {
      const text = values.body?.trim() ?? '';
      if (!text) return problem('body', 'The post needs some text left after redacting.');
      if (text.length > BODY_MAX) return problem('body', `Keep it to ${BODY_MAX} characters.`);
      body.body = text;
    }
    if (action === 'mute' || action === 'suspend') {
      const hours = Number(values.durationHours);
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_RESTRICTION_HOURS) {
        return problem('durationHours', 'Choose for how long.');
      }
      body.durationHours = hours;
    }
    if (action === 'ban' && data.get('confirm') !== 'yes') {
      return problem('confirm', 'Tick the box to confirm the ban. A ban has no end date.');
    }
    const result = await api<ModerationItemResponse>(event, `${itemPath(event.params.itemId)}/actions`, {
      method: 'POST',
      body,
    });
    if (!result.ok) {
      const failed = refusal(result, 'act', { action, values });
      return failed;
    }
    return { form: 'act', done: action, item: result.data.item };
  },
};
