import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { ErrorBody } from '@village/domain';

/**
 * Server-side calls to the API. The page server speaks to the API directly (not through the
 * public proxy), forwarding the member's session cookie and the public Origin (the API refuses
 * state-changing requests from other origins), and relays any Set-Cookie back to the browser.
 */
const apiBase = () => process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:3001';
const publicOrigin = () => (process.env.PUBLIC_ORIGIN ?? 'http://localhost:3000').replace(/\/$/, '');
export const SESSION_COOKIE = 'village_session';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ErrorBody['error'] };

type Event = Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress'>;

export async function api<T>(
  event: Event,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { origin: publicOrigin(), 'x-forwarded-for': safeClientAddress(event) };
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) headers.cookie = `${SESSION_COOKIE}=${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${apiBase()}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return {
      ok: false,
      status: 503,
      error: { code: 'internal', message: 'Village is not reachable just now. Please try again in a moment.' },
    };
  }
  relayCookies(response, event.cookies);
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  const error = (payload as ErrorBody | null)?.error ?? {
    code: 'internal' as const,
    message: 'Something went wrong. Please try again.',
  };
  return { ok: false, status: response.status, error };
}

function safeClientAddress(event: Event): string {
  try {
    return event.getClientAddress();
  } catch {
    return '127.0.0.1';
  }
}

/** Copies the API's session cookie changes onto the browser's response. */
function relayCookies(response: Response, cookies: Cookies) {
  for (const header of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (name !== SESSION_COOKIE) continue;
    const attrs = new Map(
      attributes.map((a) => {
        const i = a.indexOf('=');
        return i === -1 ? [a.toLowerCase(), ''] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
      }),
    );
    const expires = attrs.has('expires') ? new Date(attrs.get('expires') ?? '') : undefined;
    if (!value || (expires && expires.getTime() <= Date.now()) || attrs.get('max-age') === '0') {
      cookies.delete(name, { path: '/' });
      continue;
    }
    cookies.set(name, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: attrs.has('secure'),
      ...(expires ? { expires } : {}),
    });
  }
}
