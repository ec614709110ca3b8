import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { useOrigin } from '../../api/test/factories.ts';
import { createTestVillage, type TestVillage } from '../../api/test/harness.ts';

/**
 * The whole product for browser tests: a test village (API + workers on its own database and
 * Redis prefix) and the built web server in front of it, one origin, driven by real Chromium.
 */
export interface Stack {
  village: TestVillage;
  origin: string;
  browser: Browser;
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** stops the web server (dropping every browser's websocket) until `startWeb` */
  stopWeb(): Promise<void>;
  startWeb(): Promise<void>;
  close(): Promise<void>;
}

const webDir = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`web server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in time`);
}

export async function startStack(): Promise<Stack> {
  if (!existsSync(`${webDir}/build/handler.js`)) {
    throw new Error('apps/web is not built: run `pnpm --filter @village/web build` first (pnpm test does).');
  }
  const webPort = await freePort();
  const origin = `http://127.0.0.1:${webPort}`;
  const village = await createTestVillage({ listen: true, env: { PUBLIC_ORIGIN: origin } });
  useOrigin(origin);
  const address = village.app?.server.address();
  if (!address || typeof address !== 'object') throw new Error('API is not listening');
  const webEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    WEB_PORT: String(webPort),
    PORT: String(webPort),
    ORIGIN: origin,
    PUBLIC_ORIGIN: origin,
    API_INTERNAL_URL: `http://127.0.0.1:${address.port}`,
  };
  const spawnWeb = () =>
    spawn(process.execPath, ['server.js'], { cwd: webDir, env: webEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  let web = spawnWeb();
  await waitFor(origin, web);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    village,
    origin,
    browser,
    newContext: (viewport = { width: 1280, height: 900 }) => browser.newContext({ baseURL: origin, viewport }),
    async stopWeb() {
      const exited = new Promise((r) => web.once('exit', r));
      web.kill('SIGKILL');
      await exited;
    },
    async startWeb() {
      web = spawnWeb();
      await waitFor(origin, web);
    },
    async close() {
      await browser.close();
      web.kill('SIGTERM');
      await village.close();
    },
  };
}

/** Goes to a page and waits until it is interactive, so a click is never lost mid-hydration. */
export async function openReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}
