import { formatLocal } from '@village/domain';
import { expect } from 'vitest';
import { memberOf, type SignedIn, setRole, signUp } from '../../test/factories.ts';
import type { TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import type { Db } from '../db/client.ts';

/** Test helpers for the sessions tests: trained facilitators, and schedule bodies in local time. */
const YEAR_MS = 365 * 86_400_000;

export async function recordAllTraining(app: App, admin: SignedIn, userId: string, expiresAt?: Date) {
  for (const module of ['safeguarding', 'keeping_focus', 'managing_endings']) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/training-records',
      headers: admin.headers,
      payload: {
        userId,
        module,
        completedAt: new Date(Date.now() - YEAR_MS / 2).toISOString(),
        expiresAt: (expiresAt ?? new Date(Date.now() + YEAR_MS)).toISOString(),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
}

export async function makeAdmin(app: App, db: Db): Promise<SignedIn> {
  const admin = await signUp(app);
  await setRole(db, admin.user.id, 'admin');
  return admin;
}

/** A member of the group, trained, then assigned as its facilitator by the admin. */
export async function trainedFacilitator(app: App, admin: SignedIn, groupId: string): Promise<SignedIn> {
  const person = await memberOf(app, groupId);
  await recordAllTraining(app, admin, person.user.id);
  const res = await app.inject({
    method: 'PUT',
    url: `/api/admin/groups/${groupId}/facilitators/${person.user.id}`,
    headers: admin.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return person;
}

/** A start `minutesAhead` from now on the London clock, rounded up to the next whole minute. */
export const localStartIn = (minutesAhead: number, timeZone = 'Europe/London') =>
  formatLocal(new Date(Math.ceil((Date.now() + minutesAhead * 60_000) / 60_000) * 60_000), timeZone);

export const scheduleBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Evening drop-in',
  theme: 'Sleep',
  focusPrompt: 'What has helped you rest this week?',
  start: localStartIn(20),
  lengthMinutes: 60,
  capacity: 10,
  repeat: 'none',
  ...overrides,
});

export async function schedule(app: App, who: SignedIn, groupId: string, overrides: Record<string, unknown> = {}) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/sessions`,
    headers: who.headers,
    payload: scheduleBody(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().sessions as { id: string; threadId: string; state: string; startsAt: string; localStart: string }[];
}

export async function post(app: App, who: SignedIn, url: string, payload?: Record<string, unknown>) {
  return payload === undefined
    ? app.inject({ method: 'POST', url, headers: who.headers })
    : app.inject({ method: 'POST', url, headers: who.headers, payload });
}

/** Deletes this test's session-queue keys only (never anything outside the test prefix). */
export async function emptySessionQueue(village: TestVillage) {
  const pattern = `${village.config.redisPrefix}bull:sessions:*`;
  let cursor = '0';
  do {
    const [next, keys] = await village.ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await village.ctx.redis.del(...keys);
  } while (cursor !== '0');
}
