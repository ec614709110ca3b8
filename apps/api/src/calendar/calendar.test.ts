import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { makeAdmin, schedule, trainedFacilitator } from '../sessions/fixtures.ts';

/** The iCalendar feeds, parsed with ical.js as a calendar client would. */
let village: TestVillage;
let app: App;
let groupId: string;
let fac: SignedIn;
let ann: SignedIn;
let bo: SignedIn;

beforeAll(async () => {
  village = await createTestVillage();
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db, { name: 'Evening circle' })).id;
  fac = await trainedFacilitator(app, await makeAdmin(app, village.ctx.db), groupId);
  [ann, bo] = (await Promise.all([memberOf(app, groupId), memberOf(app, groupId)])) as [SignedIn, SignedIn];
});
afterAll(() => village.close());

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    status: String(v.getFirstPropertyValue('status')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
  }));
}
const rsvp = (m: SignedIn, id: string) =>
  app.inject({ method: 'PUT', url: `/api/sessions/${id}/rsvp`, headers: m.headers });
const newLink = async (m: SignedIn) => {
  const res = await app.inject({ method: 'POST', url: '/api/me/calendar-token', headers: m.headers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().link as { https: string; webcal: string };
};
const feed = (link: { https: string }) => app.inject({ url: new URL(link.https).pathname });

describe('member calendar feed', () => {
  it('lists her sessions, cancelled ones marked CANCELLED, and nobody else’s', async () => {
    const [kept, dropped, other] = [
      ...(await schedule(app, fac, groupId, { title: 'Kept session' })),
      ...(await schedule(app, fac, groupId, { title: 'Dropped session' })),
      ...(await schedule(app, fac, groupId, { title: 'Bo only' })),
    ];
    expect((await rsvp(ann, kept?.id as string)).statusCode).toBe(200);
    expect((await rsvp(ann, dropped?.id as string)).statusCode).toBe(200);
    expect((await rsvp(bo, other?.id as string)).statusCode).toBe(200);
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/sessions/${dropped?.id}/cancel`,
      headers: fac.headers,
      payload: { reason: 'Unwell' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);

    const link = await newLink(ann);
    expect(link.webcal).toMatch(/^webcal:\/\/.+\/api\/calendar\/me\/[a-z2-7]{52}\.ics$/);
    const res = await feed(link);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/no-store/);
    expect(res.headers['cache-control']).toMatch(/private/);
    const events = parse(res.body);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.uid.includes(dropped?.id as string))?.status).toBe('CANCELLED');
    expect(events.find((e) => e.uid.includes(kept?.id as string))).toMatchObject({
      status: 'CONFIRMED',
      start: new Date(kept?.startsAt as string),
    });
    expect(res.body).not.toContain(other?.id as string);
    expect(res.body).not.toContain(bo.user.displayName);
    expect(res.body).not.toContain(ann.user.displayName);
  });

  it('a rotated or revoked link 404s; a malformed token 404s', async () => {
    const first = await newLink(bo);
    expect((await feed(first)).statusCode).toBe(200);
    const second = await newLink(bo);
    expect((await feed(first)).statusCode).toBe(404);
    expect((await feed(second)).statusCode).toBe(200);
    const status = await app.inject({ url: '/api/me/calendar-token', headers: bo.headers });
    expect(status.json()).toMatchObject({ active: true });

    const off = await app.inject({ method: 'DELETE', url: '/api/me/calendar-token', headers: bo.headers });
    expect(off.statusCode).toBe(200);
    expect((await feed(second)).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/me/calendar-token', headers: bo.headers })).json()).toMatchObject({
      active: false,
    });

    for (const bad of ['short', 'A'.repeat(52), `${'a'.repeat(52)}1`, '../../etc']) {
      expect((await app.inject({ url: `/api/calendar/me/${bad}.ics` })).statusCode).toBe(404);
    }
    expect((await app.inject({ method: 'POST', url: '/api/me/calendar-token' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: '/api/me/calendar-token' })).statusCode).toBe(401);
  });
});

describe('group calendar feed', () => {
  it("an open group's sessions, titles and times only; a request-to-join group is not found", async () => {
    const [s] = await schedule(app, fac, groupId, { title: 'Public listing' });
    await rsvp(ann, s?.id as string);
    const res = await app.inject({ url: `/api/groups/${groupId}/calendar.ics` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parse(res.body);
    expect(events.find((e) => e.uid.includes(s?.id as string))?.summary).toBe('Public listing');
    expect(events.some((e) => e.status === 'CANCELLED')).toBe(true);
    for (const who of [ann, bo, fac]) expect(res.body).not.toContain(who.user.displayName);

    const closed = await createGroup(village.ctx.db, { joinPolicy: 'request' });
    expect((await app.inject({ url: `/api/groups/${closed.id}/calendar.ics` })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/groups/not-a-uuid/calendar.ics' })).statusCode).toBe(400);
  });
});
