import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminFixture, adminFixture } from '../../test/admin-fixtures.ts';
import { createGroup } from '../../test/factories.ts';
import { csvCell, csvRow } from './csv.ts';
import { recordAudit } from './record.ts';

let f: AdminFixture;
let groupId: string;
beforeAll(async () => {
  f = await adminFixture();
  groupId = (await createGroup(f.db, { name: 'Night feeds' })).id;
  // A log with a known shape: 120 moderation entries by the moderator about the member, then
  // two role changes by the admin, one with a reason a spreadsheet would run as a formula.
  for (let i = 0; i < 120; i++) {
    await recordAudit(f.db, {
      actorId: f.moderator.user.id,
      action: i % 2 ? 'moderation.hide' : 'moderation.approve',
      subjectUserId: f.member.user.id,
      groupId,
      reason: i === 0 ? 'Said "hello", then\nleft' : null,
    });
  }
  await recordAudit(f.db, {
    actorId: f.admin.user.id,
    action: 'role.change',
    subjectUserId: f.moderator.user.id,
    reason: '=HYPERLINK("http://evil.example","click")',
    details: { from: 'member', to: 'moderator' },
  });
  await recordAudit(f.db, {
    actorId: null,
    action: 'role.grant',
    subjectUserId: f.admin.user.id,
    details: { role: 'admin' },
  });
});
afterAll(() => f.village.close());

const get = (url: string) => f.app.inject({ url, headers: f.admin.headers });

describe('the audit log is append-only, enforced by the database', () => {
  it.each([
    ['UPDATE', sql`UPDATE audit_log SET reason = 'rewritten'`],
    ['DELETE', sql`DELETE FROM audit_log`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('refuses %s from the application’s own connection, leaving every row as it was', async (_, statement) => {
    const fingerprint = async () =>
      (
        await f.db.execute(
          sql`SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY id)) AS h FROM audit_log t`,
        )
      ).rows[0];
    const before = await fingerprint();
    await expect(f.db.execute(statement)).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
    expect(before).toMatchObject({ n: 122 });
  });

  it('refuses a rewrite inside a transaction too, and the error names the rule', async () => {
    const error = await f.db
      .transaction(async (tx) => tx.execute(sql`UPDATE audit_log SET action = 'nothing' WHERE action = 'role.change'`))
      .catch((e: { cause?: { message?: string } }) => e);
    expect(String((error as { cause?: { message?: string } }).cause?.message)).toMatch(/append-only/);
  });
});

describe('reading the audit log', () => {
  it('pages newest first, 50 at a time, with names resolved', async () => {
    const first = await get('/api/admin/audit');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const page = first.json();
    expect(page.entries).toHaveLength(50);
    expect(page.entries[0]).toMatchObject({
      action: 'role.grant',
      actor: null,
      subject: { id: f.admin.user.id, displayName: f.admin.user.displayName },
    });
    expect(page.entries[1]).toMatchObject({
      action: 'role.change',
      actor: { id: f.admin.user.id, displayName: f.admin.user.displayName },
      details: { from: 'member', to: 'moderator' },
    });
    expect(page.entries[2]).toMatchObject({ group: { id: groupId, name: 'Night feeds' } });

    const seen = [...page.entries];
    let cursor = page.nextCursor;
    while (cursor) {
      const next = (await get(`/api/admin/audit?before=${cursor}`)).json();
      seen.push(...next.entries);
      cursor = next.nextCursor;
    }
    const ids = seen.map((e: { id: string }) => BigInt(e.id));
    expect(ids).toHaveLength(122);
    expect(ids.every((id, i) => i === 0 || id < (ids[i - 1] as bigint))).toBe(true);
  });

  it('filters by action, family, actor, subject, group and time', async () => {
    const count = async (query: string) => {
      let total = 0;
      let url: string | null = `/api/admin/audit?${query}`;
      while (url) {
        const res = await get(url);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        total += body.entries.length;
        url = body.nextCursor ? `/api/admin/audit?${query}&before=${body.nextCursor}` : null;
      }
      return total;
    };
    expect(await count('action=moderation.hide')).toBe(60);
    expect(await count('action=moderation.*')).toBe(120);
    expect(await count('action=role.*')).toBe(2);
    expect(await count(`actorId=${f.admin.user.id}`)).toBe(1);
    expect(await count(`subjectUserId=${f.member.user.id}&action=moderation.approve`)).toBe(60);
    expect(await count(`groupId=${groupId}`)).toBe(120);
    const today = new Date().toISOString().slice(0, 10);
    expect(await count(`from=${today}&to=${today}`)).toBe(122);
    expect(await count('to=2020-01-01')).toBe(0);
    expect(await count(`from=${new Date(Date.now() + 60_000).toISOString()}`)).toBe(0);
  });

  it('refuses an end before the start', async () => {
    const res = await get('/api/admin/audit?from=2026-02-02&to=2026-02-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('to');
  });
});

describe('exporting the audit log as CSV', () => {
  it('downloads every matching row with escaping and formula protection', async () => {
    const res = await get('/api/admin/audit.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="village-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\ufeffid,at,action,actor_id,actor,')).toBe(true);
    // header + 122 rows (rows end in CRLF; the reason's own line break is a bare LF inside quotes)
    expect(res.body.split('\r\n').filter(Boolean)).toHaveLength(1 + 122);
    expect(res.body).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(res.body).toContain(`"Said ""hello"", then\nleft"`);
    // details as JSON in one quoted cell (jsonb orders the keys its own way)
    expect(res.body).toMatch(/,"\{(""(from|to)"":""(member|moderator)"",?){2}\}"\r\n/);
    expect(res.body).toContain(`,${f.admin.user.displayName},`);
  });

  it('applies the same filters as the page', async () => {
    const res = await get(`/api/admin/audit.csv?action=role.*`);
    const rows = res.body.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/,role\.grant,/);
  });

  it('answers a bad filter with a JSON error, not a broken file', async () => {
    const res = await get('/api/admin/audit.csv?actorId=nobody');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('actorId');
  });
});

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+44 7700', "'+44 7700"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=A1,"x"', `"'=A1,""x"""`],
    [null, ''],
    [42, '42'],
  ])('%j → %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('ends each row with CRLF', () => {
    expect(csvRow(['a', null, 'b'])).toBe('a,,b\r\n');
  });
});
