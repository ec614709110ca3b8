import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { makeAdmin, schedule, trainedFacilitator } from '../sessions/fixtures.ts';

/**
 * The directory feeds three places: the crisis card (by the kinds of crisis a resource is
 * marked for), session endings (the resources chosen when scheduling) and group pages
 * ("Support for you", by the group's audience).
 */
let village: TestVillage;
let app: App;
let groupId: string;
let admin: SignedIn;
let fac: SignedIn;

type R = { id: string; name: string; tags: string[]; stages: string[]; area: string | null; crisisKinds: string[] };
const get = async (url: string) => {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const byName = async (name: string): Promise<R> =>
  (await get('/api/resources')).resources.find((r: R) => r.name === name);

beforeAll(async () => {
  village = await createTestVillage({ listen: true });
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db, { moderationMode: 'post', audiences: ['pregnancy'] })).id;
  admin = await makeAdmin(app, village.ctx.db);
  fac = await trainedFacilitator(app, admin, groupId);
});
afterAll(() => village.close());

const setCrisisKinds = (resourceId: string, crisisKinds: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/admin/resources/${resourceId}`,
    headers: admin.headers,
    payload: { crisisKinds },
  });

/** A new member starts a conversation about abuse at home: what her crisis card carries. */
async function writeOfAbuse() {
  const member = await memberOf(app, groupId);
  const res = await app.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: member.headers,
    payload: { title: 'At home', body: "I'm scared of my partner. He hits me." },
  });
  expect(res.statusCode, res.body).toBe(201);
  const crisis = res.json().notice.crisis;
  expect(crisis.kind).toBe('danger_from_other');
  return crisis;
}

describe('the crisis card', () => {
  it('offers the National Domestic Abuse Helpline to a member who writes of abuse', async () => {
    const crisis = await writeOfAbuse();
    const names = crisis.resources.map((r: R) => r.name);
    expect(names).toContain('National Domestic Abuse Helpline');
    // The number comes from the directory, and only from there: the words do not repeat it.
    const helpline = crisis.resources.find((r: R) => r.name === 'National Domestic Abuse Helpline');
    expect(helpline.phone).toBe('0808 2000 247');
    expect(crisis.message).not.toMatch(/0808/);
    expect(crisis.resources.length).toBeLessThanOrEqual(3);
    expect(crisis.resources.every((r: R) => r.crisisKinds.includes('danger_from_other'))).toBe(true);
    // Nothing already shown as a helpline is repeated.
    const helplines = crisis.helplines.map((h: { name: string }) => h.name);
    expect(names.filter((n: string) => helplines.includes(n))).toEqual([]);
  });

  it('without a directory entry for her kind of crisis, she still has the helplines to call', async () => {
    const abuse = await byName('National Domestic Abuse Helpline');
    const setKinds = (kinds: string[]) => setCrisisKinds(abuse.id, kinds);
    expect((await setKinds([])).statusCode).toBe(200);
    try {
      const crisis = await writeOfAbuse();
      expect(crisis.resources.map((r: R) => r.name)).not.toContain('National Domestic Abuse Helpline');
      expect(crisis.helplines.map((h: { phone: string | null }) => h.phone)).toContain('999');
    } finally {
      expect((await setKinds(['danger_from_other'])).statusCode).toBe(200);
    }
  });

  it('the seeded directory marks the specialist services for their crises, and admins can set the kinds', async () => {
    // The default data, not only the demo, gives the card a number for danger from another person.
    expect(await byName('National Domestic Abuse Helpline')).toMatchObject({
      crisisKinds: ['danger_from_other'],
      phone: '0808 2000 247',
      area: null,
    });
    expect((await byName('Action on Postpartum Psychosis')).crisisKinds).toEqual(['psychosis']);
    expect((await byName('PANDAS Foundation helpline')).crisisKinds).toContain('intrusive_thoughts');
    const home = await byName('Home-Start');
    const patch = (kinds: unknown) => setCrisisKinds(home.id, kinds);
    const ok = await patch(['danger_to_baby']);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().resource.crisisKinds).toEqual(['danger_to_baby']);
    const bad = await patch(['worry']);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/crisisKinds/);
    expect((await byName('Home-Start')).crisisKinds).toEqual(['danger_to_baby']);
    expect((await patch([])).statusCode).toBe(200);
  });
});

describe('session endings', () => {
  it("round-trips a session's chosen resources and lists just those by id", async () => {
    const [pandas, app_] = [await byName('PANDAS Foundation helpline'), await byName('Action on Postpartum Psychosis')];
    const [session] = await schedule(app, fac, groupId, { resourceIds: [pandas.id, app_.id] });
    const shown = (await app.inject({ url: `/api/sessions/${session?.id}`, headers: fac.headers })).json();
    expect(shown.session.resourceIds).toEqual([pandas.id, app_.id]);
    const { resources } = await get(`/api/resources?ids=${shown.session.resourceIds.join(',')}`);
    expect(resources.map((r: R) => r.name).sort()).toEqual([
      'Action on Postpartum Psychosis',
      'PANDAS Foundation helpline',
    ]);
  });

  it.each([
    ['not-a-uuid'],
    ['00000000-0000-0000-0000-000000000000,'],
    [Array.from({ length: 11 }, () => '00000000-0000-0000-0000-000000000000').join(',')],
  ])('refuses ids=%s with 400 naming the field', async (ids) => {
    const res = await app.inject({ url: `/api/resources?ids=${ids}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'ids' });
  });
});

describe('group pages', () => {
  it('"Support for you" fits the audience, peer and national first, for anyone', async () => {
    const pregnancy = (await get('/api/resources/for-group?audience=pregnancy')).resources as R[];
    expect(pregnancy.length).toBeGreaterThan(0);
    expect(pregnancy.length).toBeLessThanOrEqual(4);
    expect(pregnancy.every((r) => r.area === null && (r.stages.length === 0 || r.stages.includes('pregnant')))).toBe(
      true,
    );
    expect(pregnancy[0]?.tags).toContain('peer');
    expect(pregnancy.map((r) => r.name)).not.toContain('Home-Start'); // new babies and toddlers only

    const toddlers = (await get('/api/resources/for-group?audience=toddlers')).resources as R[];
    expect(toddlers.every((r) => r.stages.length === 0 || r.stages.includes('toddler'))).toBe(true);
    expect(toddlers.map((r) => r.name)).not.toContain('Action on Postpartum Psychosis');

    const working = (await get('/api/resources/for-group?audience=working-parents')).resources as R[];
    expect(working.length).toBeGreaterThan(0);

    const bad = await app.inject({ url: '/api/resources/for-group?audience=teenagers' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('audience');
  });
});
