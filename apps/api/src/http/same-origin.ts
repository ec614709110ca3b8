import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie sessions: a state-changing request that a browser marks as coming
 * from another origin is refused. Browsers always send Origin (or Sec-Fetch-Site) on such
 * requests; clients without either are not browsers and carry no ambient cookies to abuse.
 */
export function isCrossOrigin(headers: Record<string, string | string[] | undefined>, allowedOrigin: string): boolean {
  const origin = headers.origin;
  if (typeof origin === 'string') return origin !== allowedOrigin;
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  return false;
}

export const sameOrigin = fp(
  async (app: FastifyInstance, opts: { publicOrigin: string }) => {
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      if (isCrossOrigin(request.headers, opts.publicOrigin)) {
        throw new HttpError('cross_origin', 'This request came from another site and was refused.');
      }
    });
  },
  { name: 'same-origin' },
);
