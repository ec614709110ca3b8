import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture, auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { loadWatchedWords } from './service.ts';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(() => f.village.close());

const add = (payload: object) =>
  f.app.inject({ method: 'POST', url: '/api/admin/watched-words', headers: f.admin.headers, payload });

describe('watched words', () => {
  it('adds a word (tidied), lists it with who added it, and records it in the audit log', async () => {
    const mark = await lastAuditId(f.db);
    const res = await add({ phrase: '  Pro-ana   diet ', action: 'hold' });
    expect(res.statusCode, res.body).toBe(201);
    const word = res.json().watchedWord;
    expect(word).toMatchObject({
      phrase: 'Pro-ana diet',
      action: 'hold',
      createdBy: { id: f.admin.user.id, displayName: f.admin.user.displayName },
    });
    const list = await f.app.inject({ url: '/api/admin/watched-words', headers: f.admin.headers });
    expect(list.json().watchedWords.map((w: { id: string }) => w.id)).toContain(word.id);
    expect(await auditSince(f.db, mark)).toEqual([
      expect.objectContaining({
        actor_id: f.admin.user.id,
        action: 'watched_word.add',
        details: { watchedWordId: word.id, phrase: 'Pro-ana diet', action: 'hold' },
      }),
    ]);
  });

  it('accepts a trailing wildcard and refuses one anywhere else', async () => {
    expect((await add({ phrase: 'hopeles *', action: 'flag' })).json().watchedWord.phrase).toBe('hopeles*');
    const middle = await add({ phrase: 'ho*peless', action: 'flag' });
    expect(middle.statusCode).toBe(400);
    expect(middle.json().error).toMatchObject({ code: 'validation_failed', field: 'phrase' });
    const tooShort = await add({ phrase: 'a*', action: 'flag' });
    expect(tooShort.json().error).toMatchObject({ code: 'validation_failed', field: 'phrase' });
  });

  it('refuses a duplicate whatever its case, with a conflict on the phrase', async () => {
    await add({ phrase: 'Miracle cure', action: 'block' });
    const again = await add({ phrase: 'MIRACLE CURE', action: 'flag' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', field: 'phrase' });
  });

  it('changes the action (audited from → to) and records nothing when it is the same', async () => {
    const word = (await add({ phrase: 'crypto offer', action: 'flag' })).json().watchedWord;
    const mark = await lastAuditId(f.db);
    const patch = (action: string) =>
      f.app.inject({
        method: 'PATCH',
        url: `/api/admin/watched-words/${word.id}`,
        headers: f.admin.headers,
        payload: { action },
      });
    const changed = await patch('censor');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().watchedWord.action).toBe('censor');
    expect((await patch('censor')).statusCode).toBe(200);
    const entries = await auditSince(f.db, mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'watched_word.update',
      details: { watchedWordId: word.id, phrase: 'crypto offer', from: 'flag', to: 'censor' },
    });
  });

  it('removes a word (audited); a second removal is a 404', async () => {
    const word = (await add({ phrase: 'buy followers', action: 'block' })).json().watchedWord;
    const mark = await lastAuditId(f.db);
    const remove = () =>
      f.app.inject({ method: 'DELETE', url: `/api/admin/watched-words/${word.id}`, headers: f.admin.headers });
    expect((await remove()).json()).toEqual({ ok: true });
    expect((await remove()).statusCode).toBe(404);
    expect((await auditSince(f.db, mark)).map((e) => e.action)).toEqual(['watched_word.remove']);
  });

  it('gives the screening job the current list on every call (no cache)', async () => {
    const before = await loadWatchedWords(f.db);
    await add({ phrase: 'fresh phrase', action: 'censor' });
    const after = await loadWatchedWords(f.db);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual({ phrase: 'fresh phrase', action: 'censor' });
  });
});
