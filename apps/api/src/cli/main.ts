import { connectDatabase, type Db } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { seedDemoData } from '../seed/index.ts';
import { findOrStartDatabase } from './dev-stack/database.ts';
import { CliError } from './errors.ts';
import { runScreen, SCREEN_USAGE } from './screen.ts';
import { runStack } from './stack.ts';
import { parseUserCreateArgs, USER_CREATE_USAGE, userCreate } from './user-create.ts';

const USAGE = `Village operator commands (run from the repository root):

  pnpm dev          run everything for development: API, workers and the web dev server
  pnpm start        the same with the built web app (run \`pnpm build\` first)
  pnpm village migrate
                    apply the database migrations
  pnpm village seed
                    add the demo accounts, groups and posts (once; refused when NODE_ENV=production)
  ${USER_CREATE_USAGE}
                    create an account, e.g. the first admin of a new service
  ${SCREEN_USAGE}
                    screen JSON lines {"text": "..."} from stdin as the service does (one
                    JSON verdict per line, in order); --eval scores a labelled JSONL file

Without DATABASE_URL these use the embedded PostgreSQL in .village/postgres (the one \`pnpm dev\` uses).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'dev':
    case 'start':
      // Runs until Ctrl-C; the stack exits the process itself.
      await runStack(command);
      return new Promise<number>(() => {});
    case 'migrate':
      await withDatabase(false, async (db) => {
        await applyMigrations(db);
        console.log('Migrations applied.');
      });
      return 0;
    case 'seed':
      if (process.env.NODE_ENV === 'production') {
        throw new CliError('The demo data has published passwords, so `seed` does not run with NODE_ENV=production.');
      }
      await withDatabase(true, async (db) => {
        const result = await seedDemoData(db);
        console.log(
          result.created
            ? `Demo data added: ${result.users} accounts, ${result.groups} groups, ${result.threads} threads, ${result.posts} posts, ${result.sessions} sessions.`
            : 'Demo data is already there; nothing changed.',
        );
      });
      return 0;
    case 'user': {
      if (rest[0] !== 'create')
        throw new CliError(`Unknown command "user ${rest[0] ?? ''}".\nUsage: ${USER_CREATE_USAGE}`);
      // Bad flags are reported before any database is touched.
      const input = await parseUserCreateArgs(rest.slice(1));
      await withDatabase('embedded-only', async (db) => {
        const user = await userCreate(db, input);
        console.log(`Created ${user.role} "${user.displayName}" <${user.email}> (id ${user.id}).`);
      });
      return 0;
    }
    case 'screen':
      // Pure rules: no database, no Redis.
      return runScreen(rest);
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
      return 1;
  }
}

/**
 * Runs `work` against DATABASE_URL or the embedded PostgreSQL (started for the command when
 * `pnpm dev` is not running). `migrate` first: always, never, or only for the embedded one.
 */
async function withDatabase(migrate: boolean | 'embedded-only', work: (db: Db) => Promise<void>) {
  const service = await findOrStartDatabase();
  const database = connectDatabase(service.url, 2);
  try {
    if (migrate === true || (migrate === 'embedded-only' && service.embedded)) await applyMigrations(database.db);
    await work(database.db);
  } finally {
    await database.pool.end();
    await service.stop();
  }
}

try {
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof CliError ? error.message : error);
  process.exit(1);
}
