import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/factories.ts';
import { createTestVillage, TEST_ORIGIN, type TestVillage } from '../../test/harness.ts';
import { sessionIdFromToken } from './sessions.ts';

let village: TestVillage;
beforeAll(async () => {
  village = await createTestVillage();
});
afterAll(() => village.close());

describe('sessions', () => {
  it('stores only the SHA-256 of the token and signs out everywhere', async () => {
    const app = village.app!;
    const member = await signUp(app, { email: 'Session@Example.org', password: 'a long enough passphrase' });
    const token = member.cookie.split('=')[1] ?? '';
    const stored = await village.ctx.db.query.sessions.findMany();
    expect(stored.map((s) => s.id)).toEqual([sessionIdFromToken(token)]);
    expect(stored[0]?.id).not.toContain(token);

    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: TEST_ORIGIN },
      payload: { email: 'session@example.org', password: 'a long enough passphrase' },
    });
    expect(second.statusCode).toBe(200);
    const secondCookie = String(second.headers['set-cookie']).split(';')[0] ?? '';
    expect((await app.inject({ url: '/api/me', headers: { cookie: secondCookie } })).statusCode).toBe(200);

    const out = await app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', headers: member.headers });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: { cookie: secondCookie } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/me', headers: { cookie: member.cookie } })).statusCode).toBe(401);
  });
});
