import { parseArgs } from 'node:util';
import { type Me, type SiteRole, siteRoles } from '@village/domain';
import { recordAudit } from '../audit/record.ts';
import { createUser } from '../auth/service.ts';
import type { Db } from '../db/client.ts';
import { HttpError } from '../http/errors.ts';
import { CliError } from './errors.ts';

export const USER_CREATE_USAGE =
  'pnpm village user create --email EMAIL (--password PASSWORD | --password-stdin) --display-name NAME [--role admin|moderator|member]';

export interface UserCreateInput {
  email: string;
  password: string;
  displayName: string;
  role: SiteRole;
}

const FLAG_FOR_FIELD: Record<string, string> = {
  email: '--email',
  password: '--password',
  displayName: '--display-name',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the flags of `user create`; every problem names its flag and says what to do.
 * `--password-stdin` reads the password from standard input, keeping it out of shell history.
 */
export async function parseUserCreateArgs(
  args: string[],
  readStdin: () => Promise<string> = readAllStdin,
): Promise<UserCreateInput> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'display-name': { type: 'string' },
        role: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nUsage: ${USER_CREATE_USAGE}`);
  }
  const text = (flag: string) => {
    const value = values[flag];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new CliError(`--${flag} is required.\nUsage: ${USER_CREATE_USAGE}`);
    }
    return value;
  };
  const email = text('email').trim();
  if (values['password-stdin'] && values.password !== undefined) {
    throw new CliError('Give either --password or --password-stdin, not both.');
  }
  const password = values['password-stdin'] ? (await readStdin()).replace(/\r?\n$/, '') : text('password');
  if (password === '') throw new CliError('--password-stdin: standard input was empty.');
  const displayName = text('display-name');
  const role = values.role ?? 'member';
  if (!siteRoles.includes(role as SiteRole)) {
    throw new CliError(`--role must be one of ${siteRoles.join(', ')} (got "${String(role)}").`);
  }
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new CliError(`--email: "${email}" is not an email address.`);
  }
  return { email, password, displayName, role: role as SiteRole };
}

/**
 * Creates the account with the same rules as sign-up (password strength, display name, unique
 * email); granting moderator or admin is written to the audit log as "role.grant".
 */
export async function userCreate(db: Db, input: UserCreateInput): Promise<Me> {
  try {
    // The account and, for a moderator or admin, its audit entry commit together. The actor is
    // null: an operator at the command line, not a signed-in person.
    return await db.transaction(async (tx) => {
      const user = await createUser(tx, input);
      if (user.role !== 'member') {
        await recordAudit(tx, {
          actorId: null,
          action: 'role.grant',
          subjectUserId: user.id,
          details: { role: user.role, via: 'cli' },
        });
      }
      return user;
    });
  } catch (error) {
    if (error instanceof HttpError && error.code === 'conflict' && error.field === 'email') {
      throw new CliError(`--email: an account with ${input.email.toLowerCase()} already exists.`);
    }
    if (error instanceof HttpError) {
      const flag = error.field ? (FLAG_FOR_FIELD[error.field] ?? `--${error.field}`) : null;
      throw new CliError(flag ? `${flag}: ${error.message}` : error.message);
    }
    // drizzle wraps the driver's error; 42P01 is "relation does not exist"
    const pgError = error as { code?: string; cause?: { code?: string } };
    if ((pgError.cause?.code ?? pgError.code) === '42P01') {
      throw new CliError('The database has no tables yet: run `pnpm village migrate` first.');
    }
    throw error;
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
