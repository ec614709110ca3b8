import { defaultHelplines } from '@village/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { load } from './+page.server.ts';

/** The help page must never be empty: when the API cannot answer, the defaults are shown. */
const event = {
  cookies: { get: () => undefined, set: () => {}, delete: () => {} },
  getClientAddress: () => '127.0.0.1',
  fetch,
} as unknown as Parameters<typeof load>[0];

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('the help page', () => {
  it('shows the four default helplines when the API is unreachable', async () => {
    vi.stubEnv('API_INTERNAL_URL', 'http://127.0.0.1:1');
    const data = (await load(event)) as { helplines: unknown[]; fallback: boolean };
    expect(data.fallback).toBe(true);
    expect(data.helplines).toEqual(defaultHelplines);
    expect(defaultHelplines.map((h) => h.phone ?? h.textNumber)).toEqual(['999', '111', '116 123', '85258']);
  });

  it("shows the service's own list when the API answers", async () => {
    const own = [{ ...defaultHelplines[2], name: 'Samaritans (edited)' }];
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ helplines: own }), { status: 200 }));
    const data = (await load(event)) as { helplines: unknown[]; fallback: boolean };
    expect(data).toEqual({ helplines: own, fallback: false });
  });

  it('falls back on an empty list or an error answer too', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ helplines: [] }), { status: 200 }));
    expect(((await load(event)) as { fallback: boolean }).fallback).toBe(true);
    vi.stubGlobal('fetch', async () => new Response('{"error":{"code":"internal","message":"x"}}', { status: 500 }));
    expect(((await load(event)) as { fallback: boolean }).fallback).toBe(true);
  });
});
