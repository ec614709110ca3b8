import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { loadModerationSettings } from './service.ts';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(() => f.village.close());

const patch = (payload: object) =>
  f.app.inject({ method: 'PATCH', url: '/api/admin/moderation-settings', headers: f.admin.headers, payload });

describe('moderation settings', () => {
  it('starts with the defaults: crisis posts held, urgent due in 15 minutes, claims lapse after 10', async () => {
    const res = await f.app.inject({ url: '/api/admin/moderation-settings', headers: f.admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toEqual({
      crisisAction: 'hold',
      dueMinutes: { urgent: 15, high: 60, normal: 240, low: 1440 },
      claimMinutes: 10,
      newMemberDays: 7,
    });
  });

  it('changes only what is sent, audits each change from → to, and the next read sees it', async () => {
    const mark = await lastAuditId(f.db);
    const res = await patch({ crisisAction: 'flag', dueMinutes: { urgent: 10 }, claimMinutes: 20 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().settings).toEqual({
      crisisAction: 'flag',
      dueMinutes: { urgent: 10, high: 60, normal: 240, low: 1440 },
      claimMinutes: 20,
      newMemberDays: 7,
    });
    expect(await loadModerationSettings(f.db)).toEqual(res.json().settings);
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        actor_id: f.admin.user.id,
        action: 'settings.update',
        details: {
          changes: {
            crisisAction: { from: 'hold', to: 'flag' },
            'dueMinutes.urgent': { from: 15, to: 10 },
            claimMinutes: { from: 10, to: 20 },
          },
        },
      }),
    ]);
    // sending the same values again is not a change
    expect((await patch({ crisisAction: 'flag' })).statusCode).toBe(200);
    expect(await auditSince(f.db, mark)).toHaveLength(1);
  });

  it.each([
    ['urgent longer than high', { dueMinutes: { urgent: 90 } }, 'dueMinutes.high'],
    ['low shorter than normal', { dueMinutes: { low: 100 } }, 'dueMinutes.low'],
    ['zero minutes', { dueMinutes: { urgent: 0 } }, 'dueMinutes.urgent'],
    ['over a week', { dueMinutes: { low: 10081 } }, 'dueMinutes.low'],
    ['a claim of 121 minutes', { claimMinutes: 121 }, 'claimMinutes'],
    ['91 new-member days', { newMemberDays: 91 }, 'newMemberDays'],
    ['a fractional number', { claimMinutes: 1.5 }, 'claimMinutes'],
    ['an unknown crisis action', { crisisAction: 'block' }, 'crisisAction'],
    ['an unknown priority', { dueMinutes: { critical: 5 } }, 'dueMinutes.critical'],
    ['nothing at all', {}, 'body'],
  ])('refuses %s (field %s) and changes nothing', async (_, payload, field) => {
    const before = await loadModerationSettings(f.db);
    const res = await patch(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
    expect(await loadModerationSettings(f.db)).toEqual(before);
  });
});
