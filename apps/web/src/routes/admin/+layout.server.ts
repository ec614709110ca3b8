import { requireAdmin } from '#lib/server/admin.ts';
import type { LayoutServerLoad } from './$types';

// Each page and form action checks again: a form action does not run this layout's load.
export const load: LayoutServerLoad = ({ locals, url }) => ({ admin: requireAdmin(locals, url) });
