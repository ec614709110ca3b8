import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from '../errors.ts';
import { webDir } from '../paths.ts';

export interface WebServer {
  child: ChildProcess;
  stop(): Promise<void>;
}

export const webBuildExists = () => existsSync(join(webDir, 'build', 'handler.js'));

/**
 * The web app beside the API: Vite's dev server (`dev`) or the built server (`start`), both
 * proxying /api to the API. It runs in its own process group so that stopping it also stops
 * anything it started, and so that shutdown happens in order rather than all at once.
 */
export function startWebServer(mode: 'dev' | 'start', env: NodeJS.ProcessEnv): WebServer {
  const vite = join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
  if (mode === 'dev' && !existsSync(vite)) {
    throw new CliError('The web app’s dependencies are missing: run `pnpm install` first.');
  }
  if (mode === 'start' && !webBuildExists()) {
    throw new CliError('The web app is not built yet: run `pnpm build` first (or `pnpm dev` for development).');
  }
  // Same as `pnpm --filter @village/web dev|start`, without a pnpm process in between.
  const args = mode === 'dev' ? [vite, 'dev', '--strictPort'] : [join(webDir, 'server.js')];
  const child = spawn(process.execPath, args, {
    cwd: webDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (line.trim()) console.log(`  web │ ${line}`);
    });
  }
  // If this process dies without its shutdown running, the web server must not linger.
  const killGroup = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', killGroup);

  return {
    child,
    async stop() {
      process.removeListener('exit', killGroup);
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup();
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves once `url` answers with anything below 500; fails early if `child` exits. */
export async function waitForHttp(url: string, opts: { child?: ChildProcess; timeoutMs?: number } = {}) {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (opts.child && opts.child.exitCode !== null) {
      throw new CliError(`The web server exited (code ${opts.child.exitCode}) before it answered at ${url}.`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new CliError(`${url} did not answer within ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s.`);
}
