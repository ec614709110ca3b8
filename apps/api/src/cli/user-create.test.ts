import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSince, lastAuditId } from '../../test/admin-fixtures.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import { users } from '../db/schema/index.ts';
import { CliError } from './errors.ts';
import { parseUserCreateArgs, userCreate } from './user-create.ts';

const cliMain = fileURLToPath(new URL('./main.ts', import.meta.url));
const PASSWORD = 'a long operator passphrase';

let village: TestVillage;
beforeAll(async () => {
  village = await createTestVillage({ role: 'api' });
});
afterAll(() => village.close());

const problem = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return (error as CliError).message;
};
const flags = (overrides: Record<string, string | null> = {}) => {
  const values: Record<string, string | null> = {
    email: 'lead@example.org',
    password: PASSWORD,
    'display-name': 'Service Lead',
    ...overrides,
  };
  return Object.entries(values).flatMap(([flag, value]) => (value === null ? [] : [`--${flag}`, value]));
};

describe('user create: reading the flags', () => {
  it.each([
    ['a missing email', flags({ email: null }), /^--email is required/],
    ['a missing password', flags({ password: null }), /^--password is required/],
    ['a missing display name', flags({ 'display-name': null }), /^--display-name is required/],
    ['an empty email', flags({ email: '  ' }), /^--email is required/],
    ['an email that is not one', flags({ email: 'lead-at-example' }), /^--email: "lead-at-example" is not an email/],
    [
      'an unknown role',
      [...flags(), '--role', 'boss'],
      /^--role must be one of admin, moderator, member \(got "boss"\)/,
    ],
    ['an unknown flag', [...flags(), '--admin'], /Unknown option '--admin'/],
    ['both password flags', [...flags(), '--password-stdin'], /either --password or --password-stdin/],
  ])('refuses %s, naming the flag', async (_, args, message) => {
    expect(await problem(parseUserCreateArgs(args))).toMatch(message);
  });

  it('defaults the role to member and can read the password from standard input', async () => {
    const input = await parseUserCreateArgs(
      flags({ password: null }).concat('--password-stdin'),
      async () => 'from stdin\n',
    );
    expect(input).toEqual({
      email: 'lead@example.org',
      password: 'from stdin',
      displayName: 'Service Lead',
      role: 'member',
    });
  });
});

describe('user create: writing the account', () => {
  it('creates the account with the role asked for', async () => {
    const input = await parseUserCreateArgs(
      flags({ email: 'Admin.One@Example.org', 'display-name': 'Admin One' }).concat('--role', 'admin'),
    );
    const user = await userCreate(village.ctx.db, input);
    expect(user).toMatchObject({ email: 'admin.one@example.org', displayName: 'Admin One', role: 'admin' });
    const [row] = await village.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.role).toBe('admin');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('writes "role.grant" to the audit log for a moderator or admin (actor: the operator), nothing for a member', async () => {
    const mark = await lastAuditId(village.ctx.db);
    const lead = await userCreate(
      village.ctx.db,
      await parseUserCreateArgs(
        flags({ email: 'lead2@example.org', 'display-name': 'Lead Two' }).concat('--role', 'moderator'),
      ),
    );
    await userCreate(
      village.ctx.db,
      await parseUserCreateArgs(flags({ email: 'mum@example.org', 'display-name': 'Mum Two' })),
    );
    expect(await auditSince(village.ctx.db, mark)).toEqual([
      expect.objectContaining({
        actor_id: null,
        action: 'role.grant',
        subject_user_id: lead.id,
        details: { role: 'moderator', via: 'cli' },
      }),
    ]);
  });

  it.each([
    ['a weak password', { password: 'short' }, /^--password: Use at least 10 characters/],
    ['a display name that looks like an email', { 'display-name': 'me@example.org' }, /^--display-name: /],
    [
      'an email already in use',
      { email: 'admin.one@example.org', 'display-name': 'Someone Else' },
      /^--email: an account with admin\.one@example\.org already exists/,
    ],
    [
      'a display name already in use',
      { email: 'other@example.org', 'display-name': 'admin one' },
      /^--display-name: That display name is taken/,
    ],
  ])('refuses %s with the flag and the reason, writing nothing', async (_, overrides, message) => {
    const before = (await village.ctx.db.select({ id: users.id }).from(users)).length;
    const input = await parseUserCreateArgs(flags(overrides));
    expect(await problem(userCreate(village.ctx.db, input))).toMatch(message);
    expect((await village.ctx.db.select({ id: users.id }).from(users)).length).toBe(before);
  });
});

describe('pnpm village user create (the real command)', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cliMain, 'user', 'create', ...args], {
      env: { ...process.env, DATABASE_URL: village.config.databaseUrl },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('creates a moderator, prints who was created and never the password', async () => {
    const result = run(
      flags({ email: 'mod@example.org', 'display-name': 'Night Moderator' }).concat('--role', 'moderator'),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created moderator "Night Moderator" <mod@example\.org> \(id [0-9a-f-]{36}\)\.\n$/);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
    const [row] = await village.ctx.db.select().from(users).where(eq(users.email, 'mod@example.org'));
    expect(row?.role).toBe('moderator');
  });

  it('exits 1 with a clear message on bad input', () => {
    const result = run(flags({ password: 'short', email: 'new@example.org' }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('--password: Use at least 10 characters.');
  });
});
