import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn, setRole, signUp } from './factories.ts';
import { tableFingerprint } from './fingerprint.ts';
import { createTestVillage, TEST_ORIGIN, type TestVillage } from './harness.ts';

/**
 * Every bad request gets a 4xx with {"error":{code,message,field?}} naming what was wrong,
 * and changes nothing: the row counts of every table are the same afterwards.
 */
let village: TestVillage;
let groupId: string;
let threadId: string;
let postId: string;
let alice: SignedIn;
let outsider: SignedIn;
let newcomer: SignedIn;
let moderator: SignedIn;

const unknownId = '00000000-0000-4000-8000-000000000000';
const json = { origin: TEST_ORIGIN };

beforeAll(async () => {
  village = await createTestVillage();
  const app = village.app!;
  groupId = (await createGroup(village.ctx.db)).id;
  alice = await memberOf(app, groupId);
  outsider = await signUp(app, { email: 'taken@example.org' });
  newcomer = await signUp(app);
  await app.inject({ method: 'POST', url: `/api/groups/${groupId}/join`, headers: newcomer.headers });
  moderator = await signUp(app);
  await setRole(village.ctx.db, moderator.user.id, 'moderator');
  const created = await app.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: alice.headers,
    payload: { title: 'Hello', body: 'First post' },
  });
  threadId = created.json().thread.id;
  postId = created.json().post.id;
  await eventually(async () => {
    const page = await app.inject({ url: `/api/threads/${threadId}/posts`, headers: alice.headers });
    return page.json().posts[0]?.status === 'published';
  });
});
afterAll(() => village.close());

const TABLES = [
  'users',
  'sessions',
  'groups',
  'group_memberships',
  'threads',
  'posts',
  'post_versions',
  'reactions',
  'reports',
  'moderation_items',
  'restrictions',
  'audit_log',
  'notifications',
];
const fingerprint = () => tableFingerprint(village.ctx.db, TABLES);

interface Case {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
  url: () => string;
  who?: () => SignedIn | null;
  headers?: Record<string, string>;
  payload?: unknown;
  raw?: string;
  status: number;
  code: string;
  field?: string;
}

const register = (body: Record<string, unknown>) => ({
  email: 'new.member@example.org',
  password: 'a long enough passphrase',
  displayName: 'NewMum',
  acceptGuidelines: true,
  ...body,
});
const omit = (o: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const cases: Case[] = [
  {
    name: 'register: missing email',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: omit(register({}), 'email'),
    status: 400,
    code: 'validation_failed',
    field: 'email',
  },
  {
    name: 'register: extra field',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ realName: 'Jane' }),
    status: 400,
    code: 'validation_failed',
    field: 'realName',
  },
  {
    name: 'register: wrong-typed email',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ email: 42 }),
    status: 400,
    code: 'validation_failed',
    field: 'email',
  },
  {
    name: 'register: bad email',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ email: 'not-an-email' }),
    status: 400,
    code: 'validation_failed',
    field: 'email',
  },
  {
    name: 'register: short password',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ password: 'short' }),
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
  {
    name: 'register: guessable password',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ password: 'password1234' }),
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
  {
    name: 'register: email as display name',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ displayName: 'jane@mail.com' }),
    status: 400,
    code: 'validation_failed',
    field: 'displayName',
  },
  {
    name: 'register: phone as display name',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ displayName: '07700 900123' }),
    status: 400,
    code: 'validation_failed',
    field: 'displayName',
  },
  {
    name: 'register: guidelines not accepted',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ acceptGuidelines: false }),
    status: 400,
    code: 'validation_failed',
    field: 'acceptGuidelines',
  },
  {
    name: 'register: email already registered',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ email: 'Taken@example.org' }),
    status: 409,
    code: 'conflict',
    field: 'email',
  },
  {
    name: 'register: display name taken',
    method: 'POST',
    url: () => '/api/auth/register',
    payload: register({ displayName: 'Alice Taken' }),
    status: 409,
    code: 'conflict',
    field: 'displayName',
  },
  {
    name: 'register: malformed JSON',
    method: 'POST',
    url: () => '/api/auth/register',
    raw: '{"email":',
    status: 400,
    code: 'validation_failed',
    field: 'body',
  },
  {
    name: 'login: wrong password',
    method: 'POST',
    url: () => '/api/auth/login',
    payload: { email: 'taken@example.org', password: 'wrong password here' },
    status: 401,
    code: 'invalid_credentials',
  },
  {
    name: 'login: unknown email (same answer)',
    method: 'POST',
    url: () => '/api/auth/login',
    payload: { email: 'nobody@example.org', password: 'wrong password here' },
    status: 401,
    code: 'invalid_credentials',
  },
  {
    name: 'thread: title too short',
    method: 'POST',
    url: () => `/api/groups/${groupId}/threads`,
    who: () => alice,
    payload: { title: 'Hi', body: 'x' },
    status: 400,
    code: 'validation_failed',
    field: 'title',
  },
  {
    name: 'thread: title too long',
    method: 'POST',
    url: () => `/api/groups/${groupId}/threads`,
    who: () => alice,
    payload: { title: 'x'.repeat(121), body: 'x' },
    status: 400,
    code: 'validation_failed',
    field: 'title',
  },
  {
    name: 'thread: empty body',
    method: 'POST',
    url: () => `/api/groups/${groupId}/threads`,
    who: () => alice,
    payload: { title: 'Hello there', body: '' },
    status: 400,
    code: 'validation_failed',
    field: 'body',
  },
  {
    name: 'reply: body over 5000',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => alice,
    payload: { body: 'x'.repeat(5001) },
    status: 400,
    code: 'validation_failed',
    field: 'body',
  },
  {
    name: 'reply: wrong-typed body',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => alice,
    payload: { body: ['x'] },
    status: 400,
    code: 'validation_failed',
    field: 'body',
  },
  {
    name: 'reply: unknown content note',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => alice,
    payload: { body: 'x', contentNote: 'gore' },
    status: 400,
    code: 'validation_failed',
    field: 'contentNote',
  },
  {
    name: 'reply: unknown thread',
    method: 'POST',
    url: () => `/api/threads/${unknownId}/posts`,
    who: () => alice,
    payload: { body: 'hello' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'reply: malformed thread id',
    method: 'POST',
    url: () => '/api/threads/123/posts',
    who: () => alice,
    payload: { body: 'hello' },
    status: 400,
    code: 'validation_failed',
    field: 'threadId',
  },
  {
    name: 'reply: non-member',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => outsider,
    payload: { body: 'hello' },
    status: 403,
    code: 'membership_required',
  },
  {
    name: 'reply: ground rules not accepted',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => newcomer,
    payload: { body: 'hello' },
    status: 403,
    code: 'ground_rules_required',
  },
  {
    name: 'reply: signed out',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => null,
    payload: { body: 'hello' },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'reply: cross-origin',
    method: 'POST',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => alice,
    headers: { origin: 'https://evil.example' },
    payload: { body: 'hello' },
    status: 403,
    code: 'cross_origin',
  },
  {
    name: 'register: cross-origin',
    method: 'POST',
    url: () => '/api/auth/register',
    headers: { origin: 'https://evil.example' },
    payload: register({}),
    status: 403,
    code: 'cross_origin',
  },
  {
    name: 'read posts: non-member',
    method: 'GET',
    url: () => `/api/threads/${threadId}/posts`,
    who: () => outsider,
    status: 403,
    code: 'membership_required',
  },
  {
    name: 'read posts: bad cursor',
    method: 'GET',
    url: () => `/api/threads/${threadId}/posts?after=abc`,
    who: () => alice,
    status: 400,
    code: 'validation_failed',
    field: 'after',
  },
  { name: 'group: unknown id', method: 'GET', url: () => `/api/groups/${unknownId}`, status: 404, code: 'not_found' },
  {
    name: 'join: unknown group',
    method: 'POST',
    url: () => `/api/groups/${unknownId}/join`,
    who: () => outsider,
    status: 404,
    code: 'not_found',
  },
  {
    name: 'edit: not the author',
    method: 'PATCH',
    url: () => `/api/posts/${postId}`,
    who: () => newcomer,
    payload: { body: 'mine now' },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'edit: extra field',
    method: 'PATCH',
    url: () => `/api/posts/${postId}`,
    who: () => alice,
    payload: { body: 'ok', status: 'published' },
    status: 400,
    code: 'validation_failed',
    field: 'status',
  },
  {
    name: 'react: unknown kind',
    method: 'PUT',
    url: () => `/api/posts/${postId}/reactions/like`,
    who: () => alice,
    status: 400,
    code: 'validation_failed',
    field: 'kind',
  },
  {
    name: 'delete: unknown post',
    method: 'DELETE',
    url: () => `/api/posts/${unknownId}`,
    who: () => alice,
    status: 404,
    code: 'not_found',
  },
  {
    name: 'settings: taken display name',
    method: 'PATCH',
    url: () => '/api/me',
    who: () => outsider,
    payload: { displayName: 'Alice Taken' },
    status: 409,
    code: 'conflict',
    field: 'displayName',
  },
  {
    name: 'report: unknown reason',
    method: 'POST',
    url: () => `/api/posts/${postId}/reports`,
    who: () => newcomer,
    payload: { reason: 'boring' },
    status: 400,
    code: 'validation_failed',
    field: 'reason',
  },
  {
    name: 'report: note over 1000 characters',
    method: 'POST',
    url: () => `/api/posts/${postId}/reports`,
    who: () => newcomer,
    payload: { reason: 'other', note: 'x'.repeat(1001) },
    status: 400,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: "report: one's own post",
    method: 'POST',
    url: () => `/api/posts/${postId}/reports`,
    who: () => alice,
    payload: { reason: 'unkind' },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'report: by a non-member',
    method: 'POST',
    url: () => `/api/posts/${postId}/reports`,
    who: () => outsider,
    payload: { reason: 'unkind' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'report: unknown post',
    method: 'POST',
    url: () => `/api/posts/${unknownId}/reports`,
    who: () => newcomer,
    payload: { reason: 'unkind' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'moderation: a member listing the queue',
    method: 'GET',
    url: () => '/api/moderation/items',
    who: () => alice,
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'moderation: a member calling a moderator action',
    method: 'POST',
    url: () => `/api/moderation/items/${unknownId}/actions`,
    who: () => alice,
    payload: { action: 'hide', reason: 'no' },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'moderation: an action on an unknown item',
    method: 'POST',
    url: () => `/api/moderation/items/${unknownId}/actions`,
    who: () => moderator,
    payload: { action: 'approve' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'moderation: an unknown action',
    method: 'POST',
    url: () => `/api/moderation/items/${unknownId}/actions`,
    who: () => moderator,
    payload: { action: 'delete-everything' },
    status: 400,
    code: 'validation_failed',
    field: 'action',
  },
  {
    name: 'moderation: claiming while signed out',
    method: 'POST',
    url: () => `/api/moderation/items/${unknownId}/claim`,
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'second look: not the author',
    method: 'POST',
    url: () => `/api/posts/${postId}/second-look`,
    who: () => newcomer,
    payload: {},
    status: 403,
    code: 'forbidden',
  },
];

describe('bad input changes nothing', () => {
  beforeAll(async () => {
    // a display name to collide with
    await village.ctx.db.execute(sql`UPDATE users SET display_name = 'Alice Taken' WHERE id = ${alice.user.id}`);
  });

  it.each(cases)('$name → $status $code', async (c) => {
    const before = await fingerprint();
    const who = c.who?.() ?? null;
    const res = await village.app!.inject({
      method: c.method,
      url: c.url(),
      headers: {
        ...json,
        ...(who ? { cookie: who.cookie } : {}),
        ...(c.raw ? { 'content-type': 'application/json' } : {}),
        ...c.headers,
      },
      ...(c.raw !== undefined ? { payload: c.raw } : c.payload !== undefined ? { payload: c.payload as object } : {}),
    });
    expect(res.statusCode, res.body).toBe(c.status);
    const body = res.json();
    expect(body.error.code).toBe(c.code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.message.length).toBeGreaterThan(5);
    if (c.field) expect(body.error.field).toBe(c.field);
    expect(await fingerprint()).toEqual(before);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const known = await village.app!.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: json,
      payload: { email: 'taken@example.org', password: 'wrong password here' },
    });
    const unknown = await village.app!.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: json,
      payload: { email: 'nobody@example.org', password: 'wrong password here' },
    });
    expect(known.body).toBe(unknown.body);
  });
});
