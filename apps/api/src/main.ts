import { loadConfig } from './config.ts';
import { startVillage } from './runtime.ts';

/** Production entry: VILLAGE_ROLE=api|worker|all decides what this process runs. */
const config = loadConfig();
const running = await startVillage(config, { warmUp: true });
console.log(
  JSON.stringify({
    level: 30,
    msg: `village ${config.role} started`,
    port: config.role === 'worker' ? undefined : config.port,
  }),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    await running.stop();
    process.exit(0);
  });
}
