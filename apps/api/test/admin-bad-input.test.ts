import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from './admin-fixtures.ts';
import { createGroup } from './factories.ts';
import { tableFingerprint } from './fingerprint.ts';
import { TEST_ORIGIN } from './harness.ts';

/**
 * The admin routes' bad input: each gets a 4xx with {"error":{code,message,field?}} naming
 * what was wrong, and changes nothing (not even the audit log).
 */
let f: AdminFixture;
let groupId: string;
let helplineId: string;
let wordId: string;
const unknownId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  f = await adminFixture();
  groupId = (await createGroup(f.db)).id;
  helplineId = (await f.app.inject({ url: '/api/helplines' })).json().helplines[0].id;
  const word = await f.app.inject({
    method: 'POST',
    url: '/api/admin/watched-words',
    headers: f.admin.headers,
    payload: { phrase: 'Already Here', action: 'flag' },
  });
  wordId = word.json().watchedWord.id;
});
afterAll(() => f.village.close());

const TABLES = ['users', 'groups', 'watched_words', 'helplines', 'moderation_settings', 'audit_log'];
const fingerprint = () => tableFingerprint(f.db, TABLES);

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: () => string;
  /** a function when it needs ids made in beforeAll */
  payload?: unknown;
  raw?: string;
  origin?: string;
  status: number;
  code: string;
  field?: string;
}
const helpline = (extra: Record<string, unknown>) => ({
  name: 'A helpline',
  description: 'Help.',
  phone: '0800 123 456',
  ...extra,
});
type Request = Pick<Case, 'method' | 'url' | 'payload' | 'raw' | 'origin'>;
const to = (method: Case['method'], url: string | (() => string), payload?: unknown): Request => ({
  method,
  url: typeof url === 'string' ? () => url : url,
  payload,
});
const addWord = (payload: unknown) => to('POST', '/api/admin/watched-words', payload);
const addHelpline = (extra: Record<string, unknown>) => to('POST', '/api/admin/helplines', helpline(extra));
const settings = (payload: unknown) => to('PATCH', '/api/admin/moderation-settings', payload);
const groupMode = (payload: unknown, id = () => groupId) =>
  to('PATCH', () => `/api/admin/groups/${id()}/moderation`, payload);
const setRole = (id: () => string, role: string) => to('PUT', () => `/api/admin/users/${id()}/role`, { role });
const invalid = (field: string) => ({ status: 400, code: 'validation_failed', field });
const missing = { status: 404, code: 'not_found' };
const conflict = (field: string) => ({ status: 409, code: 'conflict', field });

const cases: Case[] = [
  // watched words
  { name: 'word: extra field', ...addWord({ phrase: 'abc', action: 'flag', by: 'me' }), ...invalid('by') },
  { name: 'word: phrase not a string', ...addWord({ phrase: 42, action: 'flag' }), ...invalid('phrase') },
  { name: 'word: phrase over 100', ...addWord({ phrase: 'x'.repeat(101), action: 'flag' }), ...invalid('phrase') },
  { name: 'word: phrase only spaces', ...addWord({ phrase: '     ', action: 'flag' }), ...invalid('phrase') },
  { name: 'word: unknown action', ...addWord({ phrase: 'abc', action: 'delete' }), ...invalid('action') },
  { name: 'word: missing action', ...addWord({ phrase: 'abc' }), ...invalid('action') },
  { name: 'word: duplicate phrase', ...addWord({ phrase: 'already here', action: 'block' }), ...conflict('phrase') },
  { name: 'word: malformed JSON', ...addWord(undefined), raw: '{"phrase":', ...invalid('body') },
  {
    name: 'word: cross-origin',
    ...addWord({ phrase: 'abc', action: 'flag' }),
    origin: 'https://evil.example',
    status: 403,
    code: 'cross_origin',
  },
  {
    name: 'word: unknown action (change)',
    ...to('PATCH', () => `/api/admin/watched-words/${wordId}`, { action: 'ban' }),
    ...invalid('action'),
  },
  {
    name: 'word: rename through PATCH',
    ...to('PATCH', () => `/api/admin/watched-words/${wordId}`, { action: 'flag', phrase: 'x' }),
    ...invalid('phrase'),
  },
  {
    name: 'word: unknown id (change)',
    ...to('PATCH', `/api/admin/watched-words/${unknownId}`, { action: 'hold' }),
    ...missing,
  },
  { name: 'word: unknown id (remove)', ...to('DELETE', `/api/admin/watched-words/${unknownId}`), ...missing },
  { name: 'word: malformed id', ...to('DELETE', '/api/admin/watched-words/42'), ...invalid('id') },
  // helplines
  { name: 'helpline: name over 80', ...addHelpline({ name: 'x'.repeat(81) }), ...invalid('name') },
  { name: 'helpline: empty description', ...addHelpline({ description: '' }), ...invalid('description') },
  {
    name: 'helpline: description over 300',
    ...addHelpline({ description: 'x'.repeat(301) }),
    ...invalid('description'),
  },
  { name: 'helpline: no contact at all', ...addHelpline({ phone: null }), ...invalid('phone') },
  { name: 'helpline: letters in the phone', ...addHelpline({ phone: 'call us' }), ...invalid('phone') },
  { name: 'helpline: wrong-typed phone', ...addHelpline({ phone: 999 }), ...invalid('phone') },
  { name: 'helpline: ftp address', ...addHelpline({ url: 'ftp://example.org' }), ...invalid('url') },
  { name: 'helpline: hours over 80', ...addHelpline({ hours: 'x'.repeat(81) }), ...invalid('hours') },
  { name: 'helpline: extra field', ...addHelpline({ position: 0 }), ...invalid('position') },
  { name: 'helpline: empty edit', ...to('PATCH', () => `/api/admin/helplines/${helplineId}`, {}), ...invalid('body') },
  {
    name: 'helpline: unknown id (edit)',
    ...to('PATCH', `/api/admin/helplines/${unknownId}`, { hours: 'Always' }),
    ...missing,
  },
  { name: 'helpline: unknown id (remove)', ...to('DELETE', `/api/admin/helplines/${unknownId}`), ...missing },
  {
    name: 'helpline order: repeated id',
    ...to('PUT', '/api/admin/helplines/order', () => ({ ids: [helplineId, helplineId] })),
    ...invalid('ids'),
  },
  {
    name: 'helpline order: unknown id',
    ...to('PUT', '/api/admin/helplines/order', { ids: [unknownId] }),
    ...conflict('ids'),
  },
  // settings
  { name: 'settings: urgent after high', ...settings({ dueMinutes: { urgent: 61 } }), ...invalid('dueMinutes.high') },
  { name: 'settings: text for a number', ...settings({ claimMinutes: '10' }), ...invalid('claimMinutes') },
  { name: 'settings: extra field', ...settings({ id: 2 }), ...invalid('id') },
  // groups
  { name: 'group: unknown mode', ...groupMode({ moderationMode: 'off' }), ...invalid('moderationMode') },
  { name: 'group: threshold 51', ...groupMode({ reportThreshold: 51 }), ...invalid('reportThreshold') },
  { name: 'group: unknown group', ...groupMode({ moderationMode: 'pre' }, () => unknownId), ...missing },
  // roles
  { name: 'role: unknown role', ...setRole(() => f.member.user.id, 'owner'), ...invalid('role') },
  { name: 'role: unknown member', ...setRole(() => unknownId, 'moderator'), ...missing },
  { name: 'role: last admin steps down', ...setRole(() => f.admin.user.id, 'member'), ...conflict('role') },
  { name: 'users: query over 32', ...to('GET', `/api/admin/users?query=${'x'.repeat(33)}`), ...invalid('query') },
  { name: 'users: unknown filter', ...to('GET', '/api/admin/users?email=a'), ...invalid('email') },
  // audit
  { name: 'audit: bad action', ...to('GET', '/api/admin/audit?action=DROP%20TABLE'), ...invalid('action') },
  { name: 'audit: bad cursor', ...to('GET', '/api/admin/audit?before=abc'), ...invalid('before') },
  { name: 'audit: bad date', ...to('GET', '/api/admin/audit?from=yesterday'), ...invalid('from') },
  { name: 'audit csv: bad actor', ...to('GET', '/api/admin/audit.csv?actorId=1'), ...invalid('actorId') },
];

const payloadOf = (c: Case) => (typeof c.payload === 'function' ? c.payload() : c.payload) as object;

describe('admin bad input changes nothing', () => {
  it.each(cases)('$name → $status $code', async (c) => {
    const before = await fingerprint();
    const res = await f.app.inject({
      method: c.method,
      url: c.url(),
      headers: {
        origin: c.origin ?? TEST_ORIGIN,
        cookie: f.admin.cookie,
        ...(c.raw ? { 'content-type': 'application/json' } : {}),
      },
      ...(c.raw !== undefined ? { payload: c.raw } : c.payload !== undefined ? { payload: payloadOf(c) } : {}),
    });
    expect(res.statusCode, res.body).toBe(c.status);
    const body = res.json();
    expect(body.error.code).toBe(c.code);
    expect(body.error.message.length).toBeGreaterThan(5);
    if (c.field) expect(body.error.field, res.body).toBe(c.field);
    expect(await fingerprint()).toEqual(before);
  });
});
