import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from '../../test/admin-fixtures.ts';
import { createGroup } from '../../test/factories.ts';

let f: AdminFixture;
type Named = { name: string; tags: string[]; area: string | null };
const names = (list: Named[]) => list.map((r) => r.name);
const get = async (url: string, headers?: Record<string, string>) => {
  const res = await f.app.inject({ url, ...(headers ? { headers } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  f = await adminFixture();
  const add = (payload: object) =>
    f.app.inject({ method: 'POST', url: '/api/admin/resources', headers: f.admin.headers, payload });
  for (const payload of [
    {
      name: 'Northumberland Mums Walk',
      description: 'A weekly buggy walk with other mums.',
      url: 'https://example.org/walk',
      tags: ['local', 'peer'],
      stages: ['new_baby', 'toddler'],
      needs: ['peers'],
      area: 'Northumberland',
    },
    {
      name: 'Cornwall Bump Club',
      description: 'Pregnancy peer group.',
      phone: '01234 567890',
      tags: ['local', 'peer'],
      stages: ['pregnant'],
      needs: ['peers'],
      area: 'Cornwall',
    },
  ])
    expect((await add(payload)).statusCode).toBe(201);
  await createGroup(f.db, { name: 'Newborn nights', audiences: ['new-babies'] });
  await createGroup(f.db, { name: 'Bump buddies', audiences: ['pregnancy'] });
});
afterAll(() => f.village.close());

describe('the resource directory', () => {
  it('lists the default UK directory, in order, to anyone signed out', async () => {
    const { resources, areas } = await get('/api/resources');
    expect(names(resources).slice(0, 4)).toEqual([
      'Emergency services',
      'NHS 111, option 2 (mental health)',
      'Samaritans',
      'Shout',
    ]);
    expect(names(resources)).toContain('PANDAS Foundation helpline');
    expect(resources.find((r: Named) => r.name === 'PANDAS Foundation helpline').phone).toBe('0808 1961 776');
    expect(areas).toEqual(['Cornwall', 'Northumberland']);
  });

  it('filters by tag, stage, need and area (an area adds its local services to the national ones)', async () => {
    const crisis = (await get('/api/resources?tag=crisis')).resources;
    expect(crisis.length).toBeGreaterThanOrEqual(4);
    expect(crisis.every((r: Named) => r.tags.includes('crisis'))).toBe(true);

    const pregnantPeers = names((await get('/api/resources?stage=pregnant&need=peers')).resources);
    expect(pregnantPeers).toContain('Cornwall Bump Club');
    expect(pregnantPeers).not.toContain('Northumberland Mums Walk');
    expect(pregnantPeers).not.toContain('Samaritans');

    const north = (await get('/api/resources?area=%20northumberland%20')).resources;
    expect(names(north)).toContain('Northumberland Mums Walk');
    expect(names(north)).not.toContain('Cornwall Bump Club');
    expect(north.every((r: Named) => r.area === null || r.area === 'Northumberland')).toBe(true);
  });

  it.each([
    ['/api/resources?tag=gossip', 'tag'],
    ['/api/resources?stage=teenager', 'stage'],
    ['/api/find-support?need=everything', 'need'],
    ['/api/resources?colour=red', 'colour'],
  ])('refuses %s, naming the field', async (url, field) => {
    const res = await f.app.inject({ url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
  });
});

describe('find support', () => {
  it('a new mum who wants other mums in Northumberland gets her local walk first, peer services and new-baby groups', async () => {
    const result = await get('/api/find-support?stage=new_baby&need=peers&area=Northumberland', f.member.headers);
    const found = names(result.resources);
    expect(found[0]).toBe('Northumberland Mums Walk');
    expect(found).toContain('PANDAS Foundation helpline');
    expect(found).toContain('Home-Start');
    expect(found).not.toContain('Cornwall Bump Club');
    expect(found).not.toContain('Samaritans');
    const groups = result.groups.map((g: { name: string }) => g.name);
    expect(groups).toContain('Newborn nights');
    expect(groups).not.toContain('Bump buddies');
    expect(result.groups.every((g: { audiences: string[] }) => g.audiences.includes('new-babies'))).toBe(true);
    expect(result.sessions).toEqual([]);
  });

  it('urgent help puts every crisis resource first', async () => {
    const { resources } = await get('/api/find-support?stage=pregnant&need=urgent');
    const firstNonCrisis = resources.findIndex((r: Named) => !r.tags.includes('crisis'));
    const crisisCount = resources.filter((r: Named) => r.tags.includes('crisis')).length;
    expect(crisisCount).toBeGreaterThanOrEqual(5);
    expect(firstNonCrisis === -1 || firstNonCrisis === crisisCount).toBe(true);
    expect(names(resources)).toContain('National Domestic Abuse Helpline');
  });

  it('without an area, shows only what is available everywhere', async () => {
    const { resources } = await get('/api/find-support?stage=pregnant&need=peers');
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.every((r: Named) => r.area === null)).toBe(true);
  });
});

describe('resource packs', () => {
  it('lists the two default packs and shows one with its resources and notes', async () => {
    const { packs } = await get('/api/resource-packs');
    expect(packs.map((p: { slug: string }) => p.slug)).toEqual(['booking-the-birth', 'after-the-birth']);
    const { pack } = await get('/api/resource-packs/after-the-birth');
    expect(pack).toMatchObject({ title: 'After the birth', stage: 'after_birth' });
    expect(pack.items[0].resource.name).toBe('PANDAS Foundation helpline');
    expect(pack.items.some((i: { note: string | null }) => i.note)).toBe(true);
  });

  it('answers 404 for a pack that does not exist and 400 for a malformed slug', async () => {
    expect((await f.app.inject({ url: '/api/resource-packs/no-such-pack' })).statusCode).toBe(404);
    const bad = await f.app.inject({ url: '/api/resource-packs/NOT_A_SLUG' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('slug');
  });

  it('a member saves packs to her own list; twice counts once; she can remove them', async () => {
    const her = f.member.headers;
    const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, headers: Record<string, string> = her) =>
      f.app.inject({ method, url, headers });
    expect((await call('PUT', '/api/me/saved-packs/after-the-birth')).json()).toEqual({
      slug: 'after-the-birth',
      saved: true,
    });
    expect((await call('PUT', '/api/me/saved-packs/after-the-birth')).statusCode).toBe(200);
    expect((await call('PUT', '/api/me/saved-packs/booking-the-birth')).statusCode).toBe(200);
    const list = (await call('GET', '/api/me/saved-packs')).json().packs;
    expect(list.map((p: { slug: string }) => p.slug).sort()).toEqual(['after-the-birth', 'booking-the-birth']);
    expect(list[0].savedAt).toMatch(/^\d{4}-/);
    // Only she sees her list.
    expect((await call('GET', '/api/me/saved-packs', f.moderator.headers)).json().packs).toEqual([]);
    expect((await call('DELETE', '/api/me/saved-packs/booking-the-birth')).json().saved).toBe(false);
    expect((await call('DELETE', '/api/me/saved-packs/booking-the-birth')).statusCode).toBe(200);
    expect((await call('GET', '/api/me/saved-packs')).json().packs.map((p: { slug: string }) => p.slug)).toEqual([
      'after-the-birth',
    ]);
    // Bad input and visitors: a clear answer, nothing saved.
    expect((await call('PUT', '/api/me/saved-packs/no-such-pack')).statusCode).toBe(404);
    const bad = await call('PUT', '/api/me/saved-packs/NOT_A_SLUG');
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'slug']);
    expect((await call('PUT', '/api/me/saved-packs/after-the-birth', {})).statusCode).toBe(401);
    expect((await call('GET', '/api/me/saved-packs', {})).statusCode).toBe(401);
    expect((await call('GET', '/api/me/saved-packs')).json().packs).toHaveLength(1);
  });
});
