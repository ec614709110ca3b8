import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { createGroup, memberOf, type SignedIn } from '../../test/factories.ts';
import { tableFingerprint } from '../../test/fingerprint.ts';
import { recordAllTraining } from '../sessions/fixtures.ts';

/**
 * Training through the HTTP API on real Postgres: admins add modules, record training, assign
 * and unassign facilitators; a facilitator reads her own training (expiring within 30 days
 * shown); bad input names its field and changes nothing; only admins reach the admin routes.
 */
let f: AdminFixture;
let groupId: string;
const day = 86_400_000;

beforeAll(async () => {
  f = await adminFixture();
  groupId = (await createGroup(f.db)).id;
});
afterAll(() => f.village.close());

const call = (who: SignedIn | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  f.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

describe('her own training', () => {
  it('is null for a member who neither facilitates nor has a record', async () => {
    const res = await call(f.member, 'GET', '/api/me/facilitation');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ training: null, modules: [], openFollowUps: 0, followUps: 0 });
    expect((await call(null, 'GET', '/api/me/facilitation')).statusCode).toBe(401);
  });

  it('shows her the modules running out within 30 days and the groups she facilitates', async () => {
    const her = await memberOf(f.app, groupId);
    await recordAllTraining(f.app, f.admin, her.user.id, new Date(Date.now() + 12 * day));
    const assigned = await call(f.admin, 'PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`);
    expect(assigned.statusCode, assigned.body).toBe(200);

    const res = await call(her, 'GET', '/api/me/facilitation');
    expect(res.statusCode, res.body).toBe(200);
    const { training, modules } = res.json();
    expect(modules.find((m: { key: string }) => m.key === 'safeguarding')?.name).toBe('Safeguarding');
    expect(training.status.current).toBe(true);
    expect(training.status.expiringSoon.map((e: { module: string }) => e.module).sort()).toEqual([
      'keeping_focus',
      'managing_endings',
      'safeguarding',
    ]);
    expect(training.groups.map((g: { id: string }) => g.id)).toEqual([groupId]);
    expect(training.records).toHaveLength(3);
    expect(training.records[0].recordedBy.id).toBe(f.admin.user.id);
  });
});

describe('modules', () => {
  it('an admin adds a required module, which then makes everyone not current until it is recorded', async () => {
    const her = await memberOf(f.app, groupId);
    await recordAllTraining(f.app, f.admin, her.user.id);
    const before = await lastAuditId(f.db);
    const name = `Infant feeding ${Date.now()}`;
    const added = await call(f.admin, 'POST', '/api/admin/training-modules', { name, required: true });
    expect(added.statusCode, added.body).toBe(201);
    const key = added.json().module.key as string;
    expect(key).toMatch(/^infant_feeding_\d+$/);
    expect((await auditSince(f.db, before)).map((a) => a.action)).toEqual(['training.module_add']);

    const list = await call(f.admin, 'GET', '/api/admin/training-modules');
    expect(list.json().modules.map((m: { key: string }) => m.key)).toEqual(
      expect.arrayContaining(['safeguarding', 'keeping_focus', 'managing_endings', key]),
    );
    const refused = await call(f.admin, 'PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.field).toBe('facilitatorId');

    const recorded = await call(f.admin, 'POST', '/api/admin/training-records', {
      userId: her.user.id,
      module: key,
      completedAt: new Date(Date.now() - day).toISOString(),
      expiresAt: null,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect((await call(f.admin, 'PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`)).statusCode).toBe(
      200,
    );

    // The same name twice is a clear 409 naming the field.
    const again = await call(f.admin, 'POST', '/api/admin/training-modules', { name, required: false });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('name');
    // Tidy: later tests in this file expect only the default modules to be required.
    await f.db.execute(sql`UPDATE training_modules SET required = false WHERE key = ${key}`);
  });
});

describe('assigning and unassigning', () => {
  it('an admin unassigns a facilitator: she stays a member, it is audited, and a second try is a 404', async () => {
    const her = await memberOf(f.app, groupId);
    await recordAllTraining(f.app, f.admin, her.user.id);
    expect((await call(f.admin, 'PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`)).statusCode).toBe(
      200,
    );
    const before = await lastAuditId(f.db);
    const res = await call(f.admin, 'DELETE', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().facilitator.groups).toEqual([]);
    expect((await auditSince(f.db, before)).map((a) => [a.action, a.subject_user_id])).toEqual([
      ['group.facilitator_unassign', her.user.id],
    ]);
    const listed = await call(f.admin, 'GET', '/api/admin/facilitators');
    const mine = listed
      .json()
      .facilitators.find((x: { facilitator: { id: string } }) => x.facilitator.id === her.user.id);
    expect(mine.groups).toEqual([]);
    // Still a member of the group.
    const { rows } = await f.db.execute(
      sql`SELECT status, role FROM group_memberships WHERE group_id = ${groupId} AND user_id = ${her.user.id}`,
    );
    expect(rows).toEqual([{ status: 'active', role: 'member' }]);

    const again = await call(f.admin, 'DELETE', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`);
    expect(again.statusCode).toBe(404);
  });

  it('only admins reach the admin training routes', async () => {
    const her = await memberOf(f.app, groupId);
    const routes: ['GET' | 'POST' | 'PUT' | 'DELETE', string, object?][] = [
      ['GET', '/api/admin/training-modules'],
      ['POST', '/api/admin/training-modules', { name: 'Sneaky', required: true }],
      ['GET', '/api/admin/facilitators'],
      ['PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`],
      ['DELETE', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(null, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
      for (const who of [f.member, f.moderator]) {
        expect((await call(who, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
      }
    }
  });
});

describe('bad input', () => {
  it('names the field and changes nothing', async () => {
    const her = await memberOf(f.app, groupId);
    const tables = ['training_modules', 'training_records', 'group_memberships', 'audit_log'];
    const before = await tableFingerprint(f.db, tables);
    const cases: [string, string, object | undefined, number, string][] = [
      ['POST', '/api/admin/training-modules', { name: 'ab', required: true }, 400, 'name'],
      ['POST', '/api/admin/training-modules', { name: '!!!', required: true }, 400, 'name'],
      ['POST', '/api/admin/training-modules', { name: 'Fine name' }, 400, 'required'],
      [
        'POST',
        '/api/admin/training-records',
        { userId: her.user.id, module: 'nope_module', completedAt: new Date().toISOString(), expiresAt: null },
        400,
        'module',
      ],
      [
        'POST',
        '/api/admin/training-records',
        {
          userId: her.user.id,
          module: 'safeguarding',
          completedAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() - day).toISOString(),
        },
        400,
        'expiresAt',
      ],
      ['PUT', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`, undefined, 409, 'facilitatorId'],
      ['DELETE', `/api/admin/groups/${groupId}/facilitators/${her.user.id}`, undefined, 404, 'userId'],
      ['PUT', `/api/admin/groups/not-a-uuid/facilitators/${her.user.id}`, undefined, 400, 'groupId'],
    ];
    for (const [method, url, payload, status, field] of cases) {
      const res = await call(f.admin, method as 'POST', url, payload);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(status);
      expect(res.json().error.field ?? '', `${method} ${url}`).toContain(field);
      expect(typeof res.json().error.message).toBe('string');
    }
    expect(await tableFingerprint(f.db, tables)).toEqual(before);
  });
});
