import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from './admin-fixtures.ts';
import type { SignedIn } from './factories.ts';
import { tableFingerprint } from './fingerprint.ts';
import { TEST_ORIGIN } from './harness.ts';

/**
 * Every admin route, found in the OpenAPI document (so a route added later is covered too),
 * refuses a visitor (401), a member and a moderator (403) before reading the body, and
 * declares its response schemas.
 */
let f: AdminFixture;
type Operation = { responses?: Record<string, unknown>; requestBody?: unknown };
let routes: { method: string; url: string; operation: Operation }[] = [];

beforeAll(async () => {
  f = await adminFixture();
  const doc = (await f.app.inject({ url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  routes = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin/'))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        url: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
        operation,
      })),
    );
});
afterAll(() => f.village.close());

const TABLES = ['users', 'groups', 'watched_words', 'helplines', 'moderation_settings', 'audit_log'];
const fingerprint = () => tableFingerprint(f.db, TABLES);

describe('admin routes', () => {
  it('are all in the OpenAPI document, with their responses declared', () => {
    const listed = routes.map((r) => `${r.method} ${r.url.replaceAll('00000000-0000-4000-8000-000000000000', ':id')}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /api/admin/watched-words',
        'POST /api/admin/watched-words',
        'PATCH /api/admin/watched-words/:id',
        'DELETE /api/admin/watched-words/:id',
        'POST /api/admin/helplines',
        'PATCH /api/admin/helplines/:id',
        'DELETE /api/admin/helplines/:id',
        'PUT /api/admin/helplines/order',
        'GET /api/admin/moderation-settings',
        'PATCH /api/admin/moderation-settings',
        'GET /api/admin/groups',
        'PATCH /api/admin/groups/:id/moderation',
        'GET /api/admin/users',
        'PUT /api/admin/users/:id/role',
        'GET /api/admin/audit',
        'GET /api/admin/audit.csv',
      ]),
    );
    for (const r of routes) expect(Object.keys(r.operation.responses ?? {}), `${r.method} ${r.url}`).toContain('4XX');
  });

  const people: [string, () => SignedIn | null, number, string][] = [
    ['a signed-out visitor', () => null, 401, 'unauthenticated'],
    ['a member', () => f.member, 403, 'forbidden'],
    ['a moderator', () => f.moderator, 403, 'forbidden'],
  ];
  it.each(people)('refuse %s (%i %s), even with a bad body, and change nothing', async (_, who, status, code) => {
    expect(routes.length).toBeGreaterThanOrEqual(16);
    const before = await fingerprint();
    const person = who();
    for (const r of routes) {
      const res = await f.app.inject({
        method: r.method as 'GET',
        url: r.url,
        headers: { origin: TEST_ORIGIN, ...(person ? { cookie: person.cookie } : {}) },
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: { nonsense: true } }),
      });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('leave the helplines public: anyone can read them', async () => {
    const res = await f.app.inject({ url: '/api/helplines' });
    expect(res.statusCode).toBe(200);
    expect(res.json().helplines.length).toBeGreaterThan(0);
  });
});
