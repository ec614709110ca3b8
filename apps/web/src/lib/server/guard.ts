import { redirect } from '@sveltejs/kit';

/** Sends a visitor to sign in, returning her to where she was going afterwards. */
export function requireSignIn(locals: App.Locals, url: URL) {
  if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
  return locals.user;
}

/** Only same-site paths are accepted as a place to return to. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/groups';
}
