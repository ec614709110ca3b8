import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(() => f.village.close());

type Row = { id: string; name: string };
const directory = async () => (await f.app.inject({ url: '/api/resources' })).json().resources;
const admin = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  f.app.inject({ method, url, headers: f.admin.headers, ...(payload ? { payload } : {}) });
const valid = {
  name: ' Tyneside   Baby Café ',
  description: 'Drop-in feeding and peer support.',
  url: 'https://example.org/cafe',
  tags: ['local', 'peer'],
  stages: ['new_baby'],
  needs: ['peers'],
  area: 'North East',
};

describe('admin: resources', () => {
  it('adds a resource at the end of the directory (audited), tidying what was typed', async () => {
    const mark = await lastAuditId(f.db);
    const res = await admin('POST', '/api/admin/resources', valid);
    expect(res.statusCode, res.body).toBe(201);
    const { resource } = res.json();
    expect(resource).toMatchObject({ name: 'Tyneside Baby Café', area: 'North East', phone: null, hours: null });
    expect((await directory()).at(-1).id).toBe(resource.id);
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        action: 'resource.add',
        details: { resourceId: resource.id, name: 'Tyneside Baby Café' },
      }),
    ]);
  });

  it('edits a resource, recording each changed field from → to', async () => {
    const cafe = (await directory()).find((r: Row) => r.name === 'Tyneside Baby Café');
    const mark = await lastAuditId(f.db);
    const res = await admin('PATCH', `/api/admin/resources/${cafe.id}`, {
      hours: 'Tuesdays 10am to noon',
      tags: ['local'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().resource).toMatchObject({ hours: 'Tuesdays 10am to noon', tags: ['local'] });
    const [entry] = await auditSince(f.db, mark);
    expect(entry).toMatchObject({
      action: 'resource.update',
      details: {
        resourceId: cafe.id,
        changes: {
          hours: { from: null, to: 'Tuesdays 10am to noon' },
          tags: { from: ['local', 'peer'], to: ['local'] },
        },
      },
    });
  });

  it.each([
    ['no way to reach them', { phone: null, textNumber: null, url: null }, 'phone'],
    ['a text message with no number', { textMessage: 'HELLO', textNumber: null }, 'textNumber'],
    ['letters in a phone number', { phone: '0800 HELP' }, 'phone'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'url'],
    ['an unknown tag', { tags: ['gossip'] }, 'tags.0'],
    ['an unknown stage', { stages: ['teenager'] }, 'stages.0'],
    ['a one-letter name', { name: 'A' }, 'name'],
    ['a name of spaces', { name: '     ' }, 'name'],
    ['a description over 300 characters', { description: 'x'.repeat(301) }, 'description'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('refuses %s, naming the field, and changes nothing', async (_, patch, field) => {
    const before = await directory();
    const cafe = before.find((r: Row) => r.name === 'Tyneside Baby Café');
    const mark = await lastAuditId(f.db);
    const res = await admin('PATCH', `/api/admin/resources/${cafe.id}`, patch);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: expect.stringContaining(field) });
    expect(typeof res.json().error.message).toBe('string');
    expect(await directory()).toEqual(before);
    expect(await auditSince(f.db, mark)).toEqual([]);
  });

  it('refuses to add a resource with no contact, and adds nothing', async () => {
    const before = await directory();
    const res = await admin('POST', '/api/admin/resources', { ...valid, url: null, name: 'Nowhere' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'phone' });
    expect(await directory()).toEqual(before);
  });

  it('removes a resource (audited), and it leaves any pack it was in', async () => {
    const shout = (await directory()).find((r: Row) => r.name === 'Shout');
    const mark = await lastAuditId(f.db);
    expect((await admin('DELETE', `/api/admin/resources/${shout.id}`)).statusCode).toBe(200);
    expect((await directory()).map((r: Row) => r.name)).not.toContain('Shout');
    const pack = (await f.app.inject({ url: '/api/resource-packs/after-the-birth' })).json().pack;
    expect(pack.items.map((i: { resource: Row }) => i.resource.name)).not.toContain('Shout');
    expect((await auditSince(f.db, mark)).map((e) => e.action)).toEqual(['resource.remove']);
    expect((await admin('DELETE', `/api/admin/resources/${shout.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['POST', '/api/admin/resources'],
    ['PATCH', '/api/admin/resources/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/api/admin/resources/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s %s: 401 signed out, 403 for a member or moderator, nothing changed', async (method, url) => {
    const before = await directory();
    const signedOut = await f.app.inject({ method, url, payload: valid });
    expect(signedOut.statusCode).toBe(401);
    for (const who of [f.member, f.moderator]) {
      const res = await f.app.inject({ method, url, headers: who.headers, payload: valid });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBeTruthy();
    }
    expect(await directory()).toEqual(before);
  });

  it('publishes the resource schemas in the OpenAPI document', async () => {
    const doc = (await f.app.inject({ url: '/api/docs/json' })).json();
    for (const path of [
      '/api/resources',
      '/api/find-support',
      '/api/resource-packs/{slug}',
      '/api/admin/resources/{id}',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
