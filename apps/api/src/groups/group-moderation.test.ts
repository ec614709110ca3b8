import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { createGroup } from '../../test/factories.ts';
import { groups } from '../db/schema/index.ts';

let f: AdminFixture;
let groupId: string;
beforeAll(async () => {
  f = await adminFixture();
  groupId = (await createGroup(f.db, { name: 'Admin test group' })).id;
});
afterAll(() => f.village.close());

const patch = (payload: object, id = groupId) =>
  f.app.inject({ method: 'PATCH', url: `/api/admin/groups/${id}/moderation`, headers: f.admin.headers, payload });
const row = async () => (await f.db.select().from(groups).where(eq(groups.id, groupId)))[0];

describe("a group's moderation settings", () => {
  it('lists every group with its mode and report threshold (screened and 3 by default)', async () => {
    const res = await f.app.inject({ url: '/api/admin/groups', headers: f.admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().groups).toContainEqual(
      expect.objectContaining({ id: groupId, moderationMode: 'screened', reportThreshold: 3, memberCount: 0 }),
    );
  });

  it('changes the mode and the threshold, audited against the group', async () => {
    const mark = await lastAuditId(f.db);
    const res = await patch({ moderationMode: 'pre', reportThreshold: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().group).toMatchObject({ id: groupId, moderationMode: 'pre', reportThreshold: 2 });
    expect(await row()).toMatchObject({ moderationMode: 'pre', reportThreshold: 2 });
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        action: 'group.moderation',
        group_id: groupId,
        details: { changes: { moderationMode: { from: 'screened', to: 'pre' }, reportThreshold: { from: 3, to: 2 } } },
      }),
    ]);
    // the member-facing group page shows the mode too
    expect((await f.app.inject({ url: `/api/groups/${groupId}` })).json().group.moderationMode).toBe('pre');
  });

  it.each([
    ['an unknown mode', { moderationMode: 'none' }, 400, 'moderationMode'],
    ['a threshold of 0', { reportThreshold: 0 }, 400, 'reportThreshold'],
    ['a threshold of 51', { reportThreshold: 51 }, 400, 'reportThreshold'],
    ['a threshold as text', { reportThreshold: '5' }, 400, 'reportThreshold'],
    ['an extra field', { joinPolicy: 'open' }, 400, 'joinPolicy'],
    ['nothing to change', {}, 400, 'body'],
  ])('refuses %s and changes nothing', async (_, payload, status, field) => {
    const before = await row();
    const res = await patch(payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.field).toBe(field);
    expect(await row()).toEqual(before);
  });

  it('answers 404 for a group that does not exist', async () => {
    const res = await patch({ moderationMode: 'post' }, '00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
  });
});
