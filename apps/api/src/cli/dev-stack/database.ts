import { join } from 'node:path';
import pg from 'pg';
import { CliError } from '../errors.ts';
import { localStateDir } from '../paths.ts';
import { startEmbeddedPostgres } from './postgres.ts';
import type { Service } from './service.ts';

export const DEFAULT_EMBEDDED_PORT = 5433;
export const embeddedDataDir = join(localStateDir, 'postgres');

export interface DatabaseService extends Service {
  /** true for the embedded PostgreSQL with its data in .village/postgres */
  embedded: boolean;
}

/**
 * DATABASE_URL when set (checked to answer); otherwise the embedded PostgreSQL, started here
 * or already running for this checkout.
 */
export async function findOrStartDatabase(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseService> {
  if (env.DATABASE_URL) {
    await assertPostgresAnswers(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      description: `PostgreSQL at ${safeHost(env.DATABASE_URL)} (DATABASE_URL)`,
      embedded: false,
      stop: async () => {},
    };
  }
  const port = Number(env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CliError(`EMBEDDED_POSTGRES_PORT must be a port number (got "${env.EMBEDDED_POSTGRES_PORT}").`);
  }
  return { ...(await startEmbeddedPostgres({ dataDir: embeddedDataDir, port })), embedded: true };
}

async function assertPostgresAnswers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new CliError(
      `DATABASE_URL is set, but PostgreSQL at ${safeHost(url)} did not accept the connection: ${(error as Error).message}\n` +
        'Check the URL, or unset DATABASE_URL to use the embedded PostgreSQL.',
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** host:port/database, never the password */
export function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}
