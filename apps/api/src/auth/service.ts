import { displayNameProblem, type Me, normaliseDisplayName, type RegisterBody } from '@village/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';
import { hashPassword } from './password.ts';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const COMMON_PASSWORDS = new Set([
  'password123',
  'password1234',
  '1234567890',
  'qwertyuiop',
  '12345678910',
  'iloveyou123',
  'letmein1234',
]);

/** Length is the rule (NIST 800-63B); a few well-known passwords are refused outright. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < 10) return 'Use at least 10 characters.';
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || /^(.)\1+$/.test(password))
    return 'This password is too easy to guess.';
  if (password.toLowerCase() === email.toLowerCase()) return 'Your password cannot be your email address.';
  return null;
}

export async function assertDisplayNameAvailable(db: Db, displayName: string, exceptUserId?: string) {
  const problem = displayNameProblem(displayName);
  if (problem) throw new HttpError('validation_failed', problem, 'displayName');
  const name = normaliseDisplayName(displayName);
  const clash = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(sql`lower(${users.displayName}) = lower(${name})`, exceptUserId ? ne(users.id, exceptUserId) : undefined),
    );
  if (clash.length > 0) throw new HttpError('conflict', 'That display name is taken. Try another.', 'displayName');
  return name;
}

export async function createUser(
  db: Db,
  input: Omit<RegisterBody, 'acceptGuidelines'> & { role?: Me['role'] },
): Promise<Me> {
  const email = normaliseEmail(input.email);
  const weak = passwordProblem(input.password, email);
  if (weak) throw new HttpError('validation_failed', weak, 'password');
  const displayName = await assertDisplayNameAvailable(db, input.displayName);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  // Sign-up has to say so (the person needs to know); sign-in never reveals it.
  if (existing.length > 0)
    throw new HttpError('conflict', 'An account with this email already exists. Try signing in.', 'email');
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ email, passwordHash, displayName, role: input.role ?? 'member', guidelinesAcceptedAt: new Date() })
      .returning({ id: users.id, email: users.email, displayName: users.displayName, role: users.role });
    return row as Me;
  } catch (error) {
    // Two sign-ups racing for the same email or name: the unique index decides.
    const constraint = (error as { cause?: { constraint?: string }; constraint?: string }).cause?.constraint;
    if (constraint === 'users_email_key')
      throw new HttpError('conflict', 'An account with this email already exists. Try signing in.', 'email');
    if (constraint === 'users_display_name_key')
      throw new HttpError('conflict', 'That display name is taken. Try another.', 'displayName');
    throw error;
  }
}
