import type { Me } from '@village/domain';
import type { App } from '../src/app.ts';
import { TEST_ORIGIN } from './harness.ts';

/** Test data made through the public API, the way a member would make it. */
let counter = 0;
export const uniqueName = (base = 'Member') => `${base} ${++counter}${Math.floor(Math.random() * 1e4)}`;

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
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    headers: { origin: TEST_ORIGIN },
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { user: res.json().user, cookie, headers: { cookie, origin: TEST_ORIGIN } };
}
