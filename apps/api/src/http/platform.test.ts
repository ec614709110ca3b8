import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, signUp } from '../../test/factories.ts';
import { createTestVillage, TEST_ORIGIN, type TestVillage } from '../../test/harness.ts';
import { buildApp } from '../app.ts';
import { loggerOptions } from '../logging.ts';
import { rateRules } from './rate-limit.ts';

let village: TestVillage;
beforeAll(async () => {
  village = await createTestVillage();
});
afterAll(() => village.close());

describe('OpenAPI', () => {
  it('documents every route with its request and response schemas', async () => {
    const doc = (await village.app!.inject({ url: '/api/docs/json' })).json();
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations) {
      const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      // One success shape, except where a repeat is answered apart (a second report: 200, not 201).
      expect(success.length, `${method} ${path} has no success schema`).toBeGreaterThanOrEqual(1);
      expect(op.responses['4XX'] ?? op.responses['4xx'], `${method} ${path} has no error schema`).toBeDefined();
    }
    const register = doc.paths['/api/auth/register'].post;
    expect(Object.keys(register.requestBody.content['application/json'].schema.properties)).toEqual([
      'email',
      'password',
      'displayName',
      'acceptGuidelines',
    ]);
  });
});

describe('rate limits', () => {
  it('holds across API instances because the counter lives in Redis', async () => {
    const second = await village.another('api');
    const apps = [village.app!, second.app!];
    const payload = { email: 'someone@example.org', password: 'not the password' };
    const statuses: number[] = [];
    for (let i = 0; i < rateRules.signInByEmail.limit + 1; i++) {
      const res = await apps[i % 2]!.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: TEST_ORIGIN },
        payload,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, rateRules.signInByEmail.limit).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const keys = await village.ctx.redis.keys(`${village.config.redisPrefix}rate:*`);
    expect(keys.join(' ')).not.toContain('someone');
  });
});

describe('logs', () => {
  it('carry no passwords, session tokens or post text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ ...(loggerOptions('trace') as object) }, sink);
    // A second app on the same context, logging at trace level into memory.
    const logged = await buildApp(village.ctx, { loggerInstance: logger });
    const group = await createGroup(village.ctx.db);
    const mum = await signUp(logged, { password: 'my secret passphrase' });
    await logged.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: mum.headers });
    await logged.inject({ method: 'POST', url: `/api/groups/${group.id}/ground-rules`, headers: mum.headers });
    await logged.inject({
      method: 'POST',
      url: `/api/groups/${group.id}/threads`,
      headers: mum.headers,
      payload: { title: 'A private worry', body: 'I feel so alone tonight' },
    });
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(text).not.toContain('my secret passphrase');
    expect(text).not.toContain('I feel so alone tonight');
    expect(text).not.toContain(mum.cookie.split('=')[1]);
    expect(text).not.toContain(mum.user.email);
    await logged.close();
  });
});
