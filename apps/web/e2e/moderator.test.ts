import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, setRole, signUp } from '../../api/test/factories.ts';
import { seriousViolations } from './axe.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe('a moderator', () => {
  it('lets a member into a request-only group from the group page', async () => {
    const app = stack.village.app!;
    const group = await createGroup(stack.village.ctx.db, { name: 'Working mums evening', joinPolicy: 'request' });
    const mum = await signUp(app, { displayName: 'EveningMum' });
    const asked = await app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: mum.headers });
    expect(asked.json().membership.status).toBe('requested');

    const mod = await signUp(app, { displayName: 'ModMo', password: 'a long enough passphrase' });
    await setRole(stack.village.ctx.db, mod.user.id, 'moderator');
    const context = await stack.newContext();
    await context.addCookies([{ name: 'village_session', value: mod.cookie.split('=')[1] ?? '', url: stack.origin }]);
    const page = await context.newPage();
    await page.goto(`/groups/${group.id}`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'Requests to join' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Let in: EveningMum' }).click();
    await page.getByRole('heading', { name: 'Requests to join' }).waitFor({ state: 'detached' });

    const now = await app.inject({ url: `/api/groups/${group.id}`, headers: mum.headers });
    expect(now.json().group.membership.status).toBe('active');
    await context.close();
  });
});
