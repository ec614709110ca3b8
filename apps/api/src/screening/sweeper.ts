import type { AppContext } from '../context.ts';

export interface Sweeper {
  stop(): void;
}
export function startSweeper(_ctx: AppContext): Sweeper {
  return { stop() {} };
}
