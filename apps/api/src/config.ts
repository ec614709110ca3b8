/** Everything the processes read from the environment, in one place (documented in the README). */
export interface Config {
  /** production turns on Secure cookies and hides nothing else: 5xx messages are always generic */
  production: boolean;
  databaseUrl: string;
  redisUrl: string;
  /** every Redis key, queue and channel starts with this, so several Villages can share one Redis */
  redisPrefix: string;
  /** the one origin browsers use for pages, API and websocket, e.g. https://village.example.org */
  publicOrigin: string;
  host: string;
  port: number;
  /** 'api' serves HTTP and the websocket, 'worker' runs BullMQ jobs, 'all' does both */
  role: 'api' | 'worker' | 'all';
  logLevel: string;
  /** trust X-Forwarded-* from the reverse proxy in front of the API */
  trustProxy: boolean;
  /** how often the websocket pings each client; a client that missed the last ping is dropped */
  heartbeatMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const role = env.VILLAGE_ROLE ?? 'all';
  if (role !== 'api' && role !== 'worker' && role !== 'all') {
    throw new Error(`VILLAGE_ROLE must be api, worker or all (got "${role}")`);
  }
  const port = Number(env.API_PORT ?? 3001);
  return {
    production: env.NODE_ENV === 'production',
    databaseUrl: required(env, 'DATABASE_URL'),
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: env.REDIS_PREFIX ?? 'village:',
    publicOrigin: (env.PUBLIC_ORIGIN ?? 'http://localhost:3000').replace(/\/$/, ''),
    host: env.API_HOST ?? '127.0.0.1',
    port,
    role,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    heartbeatMs: Number(env.WS_HEARTBEAT_MS ?? 25_000),
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
