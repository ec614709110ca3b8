import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { loadHelplines } from './service.ts';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(() => f.village.close());

const publicList = async () => (await f.app.inject({ url: '/api/helplines' })).json().helplines;
const admin = (method: 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: object) =>
  f.app.inject({ method, url, headers: f.admin.headers, ...(payload ? { payload } : {}) });

describe('helplines', () => {
  it('shows the four defaults, in order, to anyone signed out', async () => {
    const res = await f.app.inject({ url: '/api/helplines' });
    expect(res.statusCode).toBe(200);
    expect(res.json().helplines.map((h: { name: string }) => h.name)).toEqual([
      'Emergency services',
      'NHS 111, option 2',
      'Samaritans',
      'Shout',
    ]);
    expect(res.json().helplines[3]).toMatchObject({ phone: null, textNumber: '85258', textMessage: 'SHOUT' });
  });

  it('adds a helpline at the end of the list (audited), null optional fields stored as none', async () => {
    const mark = await lastAuditId(f.db);
    const res = await admin('POST', '/api/admin/helplines', {
      name: ' PANDAS Foundation ',
      description: 'Perinatal mental health support.',
      phone: '0808 1961 776',
      url: 'https://pandasfoundation.org.uk',
      hours: null,
    });
    expect(res.statusCode, res.body).toBe(201);
    const helpline = res.json().helpline;
    expect(helpline).toMatchObject({ name: 'PANDAS Foundation', hours: null, textNumber: null });
    expect((await publicList()).at(-1).id).toBe(helpline.id);
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        action: 'helpline.add',
        details: { helplineId: helpline.id, name: 'PANDAS Foundation' },
      }),
    ]);
  });

  it('edits a helpline, recording each changed field from → to', async () => {
    const samaritans = (await publicList()).find((h: { name: string }) => h.name === 'Samaritans');
    const mark = await lastAuditId(f.db);
    const res = await admin('PATCH', `/api/admin/helplines/${samaritans.id}`, {
      hours: '24 hours, every day, free',
      description: samaritans.description,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().helpline.hours).toBe('24 hours, every day, free');
    const [entry] = await auditSince(f.db, mark);
    expect(entry).toMatchObject({
      action: 'helpline.update',
      details: {
        helplineId: samaritans.id,
        changes: { hours: { from: '24 hours, free', to: '24 hours, every day, free' } },
      },
    });
  });

  it.each([
    ['no way to reach them', { phone: null, textNumber: null, url: null }, 'phone'],
    ['a text message with no number', { textMessage: 'HELLO', textNumber: null }, 'textNumber'],
    ['letters in a phone number', { phone: '0800 HELP' }, 'phone'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'url'],
  ])('refuses %s, naming the field, and changes nothing', async (_, patch, field) => {
    const before = await publicList();
    const nhs = before.find((h: { name: string }) => h.name.startsWith('NHS'));
    const res = await admin('PATCH', `/api/admin/helplines/${nhs.id}`, patch);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
    expect(await publicList()).toEqual(before);
  });

  it('reorders with the full list of ids, and refuses a list that is out of date', async () => {
    const ids = (await publicList()).map((h: { id: string }) => h.id);
    const reversed = [...ids].reverse();
    const mark = await lastAuditId(f.db);
    const res = await admin('PUT', '/api/admin/helplines/order', { ids: reversed });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().helplines.map((h: { id: string }) => h.id)).toEqual(reversed);
    expect((await loadHelplines(f.db)).map((h) => h.id)).toEqual(reversed);
    expect((await auditSince(f.db, mark)).map((e) => e.action)).toEqual(['helpline.reorder']);

    const stale = await admin('PUT', '/api/admin/helplines/order', { ids: reversed.slice(1) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe('ids');
    await admin('PUT', '/api/admin/helplines/order', { ids });
  });

  it('removes helplines (audited) but never the last one', async () => {
    const all = await publicList();
    const mark = await lastAuditId(f.db);
    for (const h of all.slice(1)) {
      expect((await admin('DELETE', `/api/admin/helplines/${h.id}`)).statusCode).toBe(200);
    }
    const last = await admin('DELETE', `/api/admin/helplines/${all[0].id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('conflict');
    expect(await publicList()).toHaveLength(1);
    expect((await auditSince(f.db, mark)).every((e) => e.action === 'helpline.remove')).toBe(true);
    expect((await admin('DELETE', `/api/admin/helplines/${all[1].id}`)).statusCode).toBe(404);
  });
});
