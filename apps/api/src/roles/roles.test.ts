import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { signUp } from '../../test/factories.ts';
import { users } from '../db/schema/index.ts';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(() => f.village.close());

const setRoleOf = (userId: string, role: string, by = f.admin) =>
  f.app.inject({ method: 'PUT', url: `/api/admin/users/${userId}/role`, headers: by.headers, payload: { role } });
const roleOf = async (userId: string) => (await f.db.select().from(users).where(eq(users.id, userId)))[0]?.role;

describe('roles', () => {
  it('finds members by part of a display name, closest first, without their email', async () => {
    const volunteer = await signUp(f.app, { displayName: 'Night Owl' });
    await signUp(f.app, { displayName: 'Owl Mum' });
    const res = await f.app.inject({ url: '/api/admin/users?query=owl', headers: f.admin.headers });
    expect(res.statusCode).toBe(200);
    const found = res.json().users;
    expect(found.map((u: { displayName: string }) => u.displayName)).toEqual(['Owl Mum', 'Night Owl']);
    expect(found[1]).toEqual({
      id: volunteer.user.id,
      displayName: 'Night Owl',
      role: 'member',
      createdAt: expect.any(String),
    });
    expect(res.body).not.toContain('@');
  });

  it('treats % and _ in a search as plain characters', async () => {
    const res = await f.app.inject({ url: '/api/admin/users?query=%25', headers: f.admin.headers });
    expect(res.json().users).toEqual([]);
  });

  it('lists the people who hold a role when there is no query', async () => {
    const res = await f.app.inject({ url: '/api/admin/users', headers: f.admin.headers });
    const ids = res.json().users.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([f.admin.user.id, f.moderator.user.id]));
    expect(ids).not.toContain(f.member.user.id);
  });

  it('changes a role and audits it as role.change {from, to} about that member', async () => {
    const volunteer = await signUp(f.app);
    const mark = await lastAuditId(f.db);
    const res = await setRoleOf(volunteer.user.id, 'moderator');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ id: volunteer.user.id, role: 'moderator' });
    expect(await roleOf(volunteer.user.id)).toBe('moderator');
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        actor_id: f.admin.user.id,
        action: 'role.change',
        subject_user_id: volunteer.user.id,
        details: { from: 'member', to: 'moderator' },
      }),
    ]);
    // the new role applies to her very next request
    const queue = await f.app.inject({ url: '/api/admin/users', headers: volunteer.headers });
    expect(queue.statusCode).toBe(403);
    // the same role again is not a change
    expect((await setRoleOf(volunteer.user.id, 'moderator')).statusCode).toBe(200);
    expect(await auditSince(f.db, mark)).toHaveLength(1);
  });

  it('never leaves the service without an admin', async () => {
    const mark = await lastAuditId(f.db);
    const alone = await setRoleOf(f.admin.user.id, 'member');
    expect(alone.statusCode).toBe(409);
    expect(alone.json().error).toMatchObject({ code: 'conflict', field: 'role' });
    expect(await roleOf(f.admin.user.id)).toBe('admin');
    expect(await auditSince(f.db, mark)).toEqual([]);

    // with a second admin, the first may step down; then the second is the last one
    const second = await signUp(f.app);
    expect((await setRoleOf(second.user.id, 'admin')).statusCode).toBe(200);
    expect((await setRoleOf(f.admin.user.id, 'moderator')).statusCode).toBe(200);
    expect((await setRoleOf(second.user.id, 'member', second)).statusCode).toBe(409);
    expect((await setRoleOf(f.admin.user.id, 'admin', second)).statusCode).toBe(200);
  });

  it('answers 404 for someone who does not exist', async () => {
    const res = await setRoleOf('00000000-0000-4000-8000-000000000000', 'moderator');
    expect(res.statusCode).toBe(404);
  });
});
