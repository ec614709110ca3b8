import { type Actor, canAdminister } from '@village/domain';
import type { FastifyRequest } from 'fastify';
import { authorize } from './authorize.ts';

/** The one admin check (401 signed out, 403 anyone else); returns the admin's id for the audit log. */
export function requireAdmin(request: FastifyRequest): string {
  authorize(canAdminister(request.actor));
  return (request.actor as NonNullable<Actor>).id;
}

/**
 * The same check as an `onRequest` hook on every admin route: it runs before the body is read
 * and validated, so someone who is not an admin gets 401/403 and learns nothing from validation.
 */
export async function adminOnly(request: FastifyRequest): Promise<void> {
  requireAdmin(request);
}
