import type { Me } from '@village/domain';
import type { App } from '../src/app.ts';
import { TEST_ORIGIN } from './harness.ts';

/** Test data made through the public API, the way a member would make it. */
let counter = 0;
let origin = TEST_ORIGIN;
/** Browser tests run the API under the web server's origin; factories must send that one. */
export function useOrigin(value: string) {
  origin = value;
}
// Letters only after the base: a run of digits would look like a phone number and be refused.
const letters = (n: number): string =>
  (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
export const uniqueName = (base = 'Member') =>
  `${base} ${letters(++counter)}${letters(Math.floor(Math.random() * 17576))}`;

export interface SignedIn {
  user: Me;
  cookie: string;
  /** inject with this member's session and the right origin */
  headers: Record<string, string>;
}

export async function signUp(
  app: App,
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
): Promise<SignedIn> {
  const n = ++counter;
  const payload = {
    email: overrides.email ?? `member${n}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    password: overrides.password ?? 'a long enough passphrase',
    displayName: overrides.displayName ?? uniqueName(),
    acceptGuidelines: true,
  };
  // Each made-up member signs up from her own address, as real members would (sign-ups are limited per IP).
  const remoteAddress = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    headers: { origin },
    payload,
    remoteAddress,
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { user: res.json().user, cookie, headers: { cookie, origin } };
}

export async function createGroup(
  db: import('../src/db/client.ts').Db,
  overrides: Partial<typeof import('../src/db/schema/index.ts').groups.$inferInsert> = {},
) {
  const { groups } = await import('../src/db/schema/index.ts');
  const n = ++counter;
  const [group] = await db
    .insert(groups)
    .values({
      slug: `group-${n}-${Math.random().toString(36).slice(2, 6)}`,
      name: `Test group ${n}`,
      description: 'A group for tests.',
      audiences: ['new-babies'],
      groundRules: 'Be kind.',
      ...overrides,
    })
    .returning();
  if (!group) throw new Error('group insert failed');
  return group;
}

/** Signs up a member who has joined the group and accepted its ground rules. */
export async function memberOf(app: App, groupId: string): Promise<SignedIn> {
  const member = await signUp(app);
  for (const url of [`/api/groups/${groupId}/join`, `/api/groups/${groupId}/ground-rules`]) {
    const res = await app.inject({ method: 'POST', url, headers: member.headers });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  }
  return member;
}

/** Polls until `check` returns a value (for background jobs); fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Gives a user a site role (as an operator would with `pnpm village`). */
export async function setRole(
  db: import('../src/db/client.ts').Db,
  userId: string,
  role: 'admin' | 'moderator' | 'member',
) {
  const { users } = await import('../src/db/schema/index.ts');
  const { eq } = await import('drizzle-orm');
  await db.update(users).set({ role }).where(eq(users.id, userId));
}
