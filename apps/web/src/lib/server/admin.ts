import { error } from '@sveltejs/kit';
import { requireSignIn } from './guard.ts';

/**
 * Admin pages and their form actions: a visitor is asked to sign in, anyone else who is not an
 * admin is told there is no such page. The API refuses them too; this only keeps the pages honest.
 */
export function requireAdmin(locals: App.Locals, url: URL) {
  const user = requireSignIn(locals, url);
  if (user.role !== 'admin') error(404, 'Not found');
  return user;
}

/** A blank optional field means "none". */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** Whole numbers go to the API as numbers; anything else as typed, so the API names the field at fault. */
export const asNumber = (value: string): number | string => (/^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
