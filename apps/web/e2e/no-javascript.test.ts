import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../api/test/factories.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe('before any JavaScript has loaded', () => {
  it('signs up, shows field errors beside their fields, joins a group and posts with plain forms', async () => {
    const group = await createGroup(stack.village.ctx.db, { name: 'Expecting' });
    const context = await stack.browser.newContext({ baseURL: stack.origin, javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/signup');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByLabel('Display name').fill('NoScriptMum');
    await page.getByLabel(/community guidelines/).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#field-email-error').textContent()).toContain('valid email address');
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Display name').inputValue()).toBe('NoScriptMum');
    expect(await page.getByLabel('Password').inputValue()).toBe('');

    await page.getByLabel('Email address').fill('noscript@example.org');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByLabel(/community guidelines/).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL('**/groups');

    await page.goto(`/groups/${group.id}`);
    await page.getByRole('button', { name: 'Join this group' }).click();
    await page.getByRole('button', { name: 'I accept the ground rules' }).click();
    await page.getByLabel('Title').fill('Hello from a slow phone');
    await page.getByLabel('Your message').fill('Posting without scripts.');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.waitForURL('**/threads/*');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello from a slow phone');
    expect(await page.locator('.user-text', { hasText: 'Posting without scripts.' }).count()).toBe(1);
    await context.close();
  });
});
