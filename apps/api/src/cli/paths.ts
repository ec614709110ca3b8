import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** Local state of `pnpm dev` (git-ignored): the embedded database lives here between runs. */
export const localStateDir = join(repoRoot, '.village');
export const webDir = join(repoRoot, 'apps', 'web');
