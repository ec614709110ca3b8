import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { connectDatabase, type Db } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { users } from '../db/schema/index.ts';
import { type Running, startVillage } from '../runtime.ts';
import { SEED_MARKER_EMAIL } from '../seed/accounts.ts';
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from '../seed/index.ts';
import { findOrStartDatabase } from './dev-stack/database.ts';
import { findOrStartRedis, redisAnswers } from './dev-stack/redis.ts';
import type { Service } from './dev-stack/service.ts';
import { startWebServer, waitForHttp } from './dev-stack/web.ts';
import { CliError } from './errors.ts';

/**
 * `pnpm dev` and `pnpm start`: the whole product from one command. Backing services come from
 * DATABASE_URL and REDIS_URL, or are found or started locally; migrations run; `dev` seeds the
 * demo data on first run; API and workers run in this process, the web server beside it.
 * Ctrl-C stops everything in order: web, API and workers, then Redis and PostgreSQL.
 */
export async function runStack(mode: 'dev' | 'start', env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const webPort = Number(env.WEB_PORT ?? 3000);
  const apiPort = Number(env.API_PORT ?? 3001);
  const publicOrigin = (env.PUBLIC_ORIGIN ?? `http://localhost:${webPort}`).replace(/\/$/, '');
  const stops: { name: string; stop: () => Promise<void> }[] = [];

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    // Last started, first stopped.
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: Error) => say(`could not stop ${name} cleanly: ${error.message}`));
    }
    say('stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) {
        // A second Ctrl-C: the person wants out now.
        process.exit(130);
      }
      void shutdown(0);
    });
  }

  try {
    const database = await findOrStartDatabase(env);
    stops.push({ name: 'PostgreSQL', stop: database.stop });
    say(database.description);
    const redis = await redisFor(env);
    stops.push({ name: 'Redis', stop: redis.stop });
    say(redis.description);

    const setup = connectDatabase(database.url, 1);
    let seeded: boolean;
    try {
      await applyMigrations(setup.db);
      say('migrations applied');
      if (mode === 'dev') {
        const result = await seedDemoData(setup.db);
        say(result.created ? `demo data added (${describe(result)})` : 'demo data already there');
      }
      seeded = await demoDataPresent(setup.db);
      if (!seeded && (await userCount(setup.db)) === 0) {
        say('no accounts yet: create the first admin with `pnpm village user create --role admin …`');
      }
    } finally {
      await setup.pool.end();
    }

    const config = loadConfig({
      ...env,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      PUBLIC_ORIGIN: publicOrigin,
      API_PORT: String(apiPort),
      VILLAGE_ROLE: 'all',
      // The banner should stay readable; LOG_LEVEL=info shows every request.
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    });
    let village: Running;
    try {
      village = await startVillage(config, { warmUp: true });
    } catch (error) {
      if ((error as { code?: string }).code === 'EADDRINUSE') {
        throw new CliError(`Port ${apiPort} is in use, so the API cannot listen there. Set API_PORT to a free port.`);
      }
      throw error;
    }
    stops.push({ name: 'the API and workers', stop: village.stop });

    const apiInternalUrl = `http://127.0.0.1:${apiPort}`;
    const web = startWebServer(mode, {
      ...env,
      API_INTERNAL_URL: apiInternalUrl,
      PUBLIC_ORIGIN: publicOrigin,
      WEB_PORT: String(webPort),
      ...(mode === 'start' ? { PORT: String(webPort) } : {}),
    });
    stops.push({ name: 'the web server', stop: web.stop });
    let ready = false;
    web.child.once('exit', (code) => {
      if (stopping) return;
      say(`the web server stopped (exit code ${code}); stopping the rest`);
      if (!ready) say(`if port ${webPort} is taken, choose another with WEB_PORT`);
      void shutdown(1);
    });

    const local = `http://localhost:${webPort}`;
    await waitForHttp(`${local}/`, { child: web.child, timeoutMs: 90_000 });
    await waitForHttp(`${local}/api/health`, { child: web.child });
    ready = true;
    banner(mode, publicOrigin, seeded);
  } catch (error) {
    if (stopping) return;
    say(error instanceof CliError ? error.message : `could not start: ${(error as Error).stack}`);
    await shutdown(1);
  }
}

async function redisFor(env: NodeJS.ProcessEnv): Promise<Service> {
  if (!env.REDIS_URL) return findOrStartRedis();
  if (!(await redisAnswers(env.REDIS_URL, 3000))) {
    throw new CliError('REDIS_URL is set, but no Redis answers there. Check the URL, or unset REDIS_URL.');
  }
  return { url: env.REDIS_URL, description: 'Redis at REDIS_URL', stop: async () => {} };
}

async function demoDataPresent(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, SEED_MARKER_EMAIL));
  return rows.length > 0;
}

async function userCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

const describe = (r: { users: number; groups: number; threads: number; posts: number; sessions: number }) =>
  `${r.users} accounts, ${r.groups} groups, ${r.threads} threads, ${r.posts} posts, ${r.sessions} sessions`;

function banner(mode: 'dev' | 'start', origin: string, seeded: boolean) {
  const lines = ['', `  Village is running at ${origin}`, ''];
  if (seeded) {
    lines.push(`  Demo sign-ins, all with the password "${DEMO_PASSWORD}":`);
    for (const account of demoAccounts) lines.push(`    ${account.email.padEnd(26)} ${account.note}`);
    lines.push('');
  }
  if (mode === 'dev') lines.push('  Pages reload as you edit apps/web; restart for changes in apps/api.');
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

function say(message: string) {
  console.log(`[village] ${message}`);
}
