import { error } from '@sveltejs/kit';
import { requireSignIn } from './guard.ts';

/** Moderation pages exist only for moderators and admins; anyone else is told there is no such page. */
export function requireStaff(locals: App.Locals, url: URL) {
  const user = requireSignIn(locals, url);
  if (user.role !== 'moderator' && user.role !== 'admin') error(404, 'Not found');
  return user;
}
