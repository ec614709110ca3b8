import type { Processor } from '../jobs/workers.ts';

export const screenPostProcessor: Processor<'screen-post'> = async () => {};
