import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, type SignedIn, setRole, signUp } from '../../api/test/factories.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openReady as open, type Stack, startStack } from './stack.ts';

let stack: Stack;
let admin: SignedIn;
let groupId: string;

beforeAll(async () => {
  stack = await startStack();
  const app = stack.village.app!;
  groupId = (await createGroup(stack.village.ctx.db, { name: 'Evening feeds' })).id;
  admin = await signUp(app, { displayName: 'Lead Lou' });
  await setRole(stack.village.ctx.db, admin.user.id, 'admin');
});
afterAll(() => stack?.close());

async function signedIn(who: SignedIn, opts: { phone?: boolean; javaScript?: boolean } = {}): Promise<BrowserContext> {
  const context = await stack.browser.newContext({
    baseURL: stack.origin,
    viewport: opts.phone ? { width: 375, height: 812 } : { width: 1280, height: 900 },
    javaScriptEnabled: opts.javaScript ?? true,
  });
  await context.addCookies([{ name: 'village_session', value: who.cookie.split('=')[1] ?? '', url: stack.origin }]);
  return context;
}

describe('an admin', () => {
  it('adds a watched word, edits a helpline, changes a group mode and finds it all in the audit log', async () => {
    const context = await signedIn(admin, { phone: true });
    const page = await context.newPage();

    await open(page, '/groups');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await expectNoSeriousViolations(page);

    // Watched words: add one; a duplicate is refused beside the field.
    await open(page, '/admin/watched-words');
    await expectNoSeriousViolations(page);
    await page.getByLabel('Word or phrase', { exact: true }).fill('miracle cure*');
    await page.getByLabel(/^Hold:/).check();
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByRole('status').filter({ hasText: 'Added "miracle cure*"' }).waitFor();
    expect(await page.getByLabel('Action for "miracle cure*"').inputValue()).toBe('hold');
    await page.getByLabel('Word or phrase', { exact: true }).fill('MIRACLE CURE*');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.locator('#field-phrase-error').waitFor();
    expect(await page.locator('#field-phrase-error').textContent()).toContain('already on the list');
    expect(await page.getByLabel('Word or phrase', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(page);

    // Helplines: edit Samaritans' hours, move Shout up, and see both on the help page.
    await open(page, '/admin/helplines');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Move up: Shout' }).click();
    await page.getByRole('button', { name: 'Move down: Shout' }).waitFor();
    await page.getByRole('link', { name: 'Edit Samaritans' }).click();
    await page.getByRole('heading', { name: 'Edit Samaritans' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('When they are open (optional)').fill('Every hour of every day');
    await page.getByRole('button', { name: 'Save helpline' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await open(page, '/help');
    await expectNoSeriousViolations(page);
    const items = await page.locator('.helplines > li').allTextContents();
    const shout = items.findIndex((t) => t.includes('Shout'));
    const samaritans = items.findIndex((t) => t.includes('Samaritans'));
    expect(items[samaritans]).toContain('Every hour of every day');
    expect(shout).toBeLessThan(samaritans);

    // Moderation settings and roles: reachable and accessible.
    await open(page, '/admin/settings');
    await expectNoSeriousViolations(page);
    await open(page, '/admin/users?query=Lou');
    await page.getByLabel('Role for Lead Lou', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);

    // A group's moderation mode.
    await open(page, '/admin/groups');
    await expectNoSeriousViolations(page);
    await page.getByLabel('Moderation mode for Evening feeds').selectOption('pre');
    await page.getByRole('button', { name: 'Save moderation for Evening feeds' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const group = await stack.village.app!.inject({ url: `/api/groups/${groupId}` });
    expect(group.json().group.moderationMode).toBe('pre');

    // The audit log shows all of it, filters it, and downloads it.
    await open(page, '/admin/audit');
    await expectNoSeriousViolations(page);
    const log = await page.locator('table').textContent();
    for (const action of ['watched_word.add', 'helpline.reorder', 'helpline.update', 'group.moderation'])
      expect(log).toContain(action);
    expect(log).toContain('Lead Lou');
    expect(log).toContain('moderationMode: screened → pre');
    await page.getByLabel('What', { exact: true }).selectOption('watched_word.*');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL(/action=watched_word/);
    const actions = await page.locator('tbody td:nth-child(3)').allTextContents();
    expect(actions).toEqual(['watched_word.add']);
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe('/api/admin/audit.csv?action=watched_word.*');
    const csv = await context.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toMatch(/,watched_word\.add,.*,Lead Lou,/);
    await context.close();
  });

  it('uses the admin forms without JavaScript, errors beside their fields', async () => {
    const context = await signedIn(admin, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/admin/settings');
    await page.getByLabel(/^Urgent/).fill('90');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('[id="field-dueMinutes.high-error"]').textContent()).toContain(
      'at least as long as urgent',
    );
    expect(await page.getByLabel(/^Urgent/).inputValue()).toBe('90');
    await page.getByLabel(/^Urgent/).fill('10');
    await page.getByLabel(/Publish it and flag it/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = await stack.village.app!.inject({ url: '/api/admin/moderation-settings', headers: admin.headers });
    expect(saved.json().settings).toMatchObject({ crisisAction: 'flag', dueMinutes: { urgent: 10 } });
    await context.close();
  });

  it('is the only one who sees the admin pages', async () => {
    const member = await signUp(stack.village.app!);
    const context = await signedIn(member);
    const page = await context.newPage();
    const response = await page.goto('/admin/audit');
    expect(response?.status()).toBe(404);
    await open(page, '/groups');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await context.close();
  });
});
