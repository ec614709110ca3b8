import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, signUp } from '../../api/test/factories.ts';
import { seriousViolations } from './axe.ts';
import { tabTo } from './keyboard.ts';
import { type Stack, startStack } from './stack.ts';

const ARTIFACTS = new URL('../../../test-artifacts/screenshots/', import.meta.url).pathname;

let stack: Stack;
let groupId: string;
let threadPath: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startStack();
  const group = await createGroup(stack.village.ctx.db, {
    name: 'New babies, early days',
    description: 'For the first months with a new baby.',
    groundRules: 'Be kind.\nNo medical advice.\nKeep personal details private.',
  });
  groupId = group.id;
});
afterAll(() => stack?.close());

async function signUpWithForm(page: Page, name: string) {
  await page.goto('/signup');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.getByLabel('Email address').fill(`${name.toLowerCase()}@example.org`);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel(/community guidelines/).check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL('**/groups', { timeout: 15_000 }).catch(async (error: Error) => {
    // Say what the page showed instead, so a failure here explains itself.
    const shown = await page.locator('.error').allTextContents();
    throw new Error(
      `sign-up did not reach /groups (at ${page.url()}; errors shown: ${JSON.stringify(shown)}): ${error.message}`,
    );
  });
}

describe('a member', () => {
  let alice: BrowserContext;
  let page: Page;

  it('signs up, joins a group, accepts its ground rules and posts, with the keyboard alone', async () => {
    alice = await stack.newContext();
    page = await alice.newPage();
    await page.goto('/');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await tabTo(page, /^Join Village$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/signup');

    await tabTo(page, /^Email address$/);
    await page.keyboard.type('keyboard.mum@example.org');
    await tabTo(page, /^Password$/);
    await page.keyboard.type('short');
    await tabTo(page, /^Display name$/);
    await page.keyboard.type('NightOwl');
    await tabTo(page, /accept the community guidelines/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Create my account$/);
    await page.keyboard.press('Enter');
    // The weak password is refused beside its field, and what she typed is kept.
    await expect.poll(() => page.locator('#field-password-error').textContent()).toContain('at least 10 characters');
    expect(await page.getByLabel('Display name').inputValue()).toBe('NightOwl');

    await page.getByLabel('Password').focus();
    await page.keyboard.type('a long enough passphrase');
    await tabTo(page, /accept the community guidelines/);
    if (!(await page.getByLabel(/community guidelines/).isChecked())) await page.keyboard.press('Space');
    await tabTo(page, /^Create my account$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/groups');

    await tabTo(page, /^New babies, early days$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/groups/${groupId}`);
    await tabTo(page, /^Join this group$/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'I accept the ground rules' }).waitFor();
    await tabTo(page, /^I accept the ground rules$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Start a conversation' }).waitFor();

    await tabTo(page, /^Title$/);
    await page.keyboard.type('Awake again at 3am');
    await tabTo(page, /^Your message$/);
    await page.keyboard.type('Does it get easier? She only sleeps on me.\nAny tips welcome.');
    await tabTo(page, /^Post$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/threads/*');
    threadPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Awake again at 3am' }).waitFor();
    await page.getByText('Does it get easier? She only sleeps on me.').waitFor();
  });

  it('sees another member’s reply arrive live, without reloading', async () => {
    const bea = await stack.newContext();
    const beaPage = await bea.newPage();
    await signUpWithForm(beaPage, 'SleepyBea');
    await beaPage.goto(`/groups/${groupId}`);
    await beaPage.locator('html[data-ready]').waitFor({ state: 'attached' });
    await beaPage.getByRole('button', { name: 'Join this group' }).click();
    await beaPage.getByRole('button', { name: 'I accept the ground rules' }).click();
    await beaPage.getByRole('heading', { name: 'Start a conversation' }).waitFor();
    await beaPage.goto(threadPath);
    await beaPage.locator('html[data-ready]').waitFor({ state: 'attached' });

    // Alice's page has been open all along; mark it so a reload would be noticed.
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await beaPage.getByLabel('Your reply').fill('It does get easier. Sending a hug.');
    await beaPage.getByRole('button', { name: 'Send reply' }).click();

    await page.getByText('It does get easier. Sending a hug.').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await bea.close();
  });

  it('shows a quiet reconnecting notice when the connection drops, then catches up on what she missed', async () => {
    await page.getByText('It does get easier. Sending a hug.').waitFor();
    await stack.stopWeb();
    await page.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 15_000 });

    // While she is cut off, another member replies straight through the API.
    const threadId = threadPath.split('/').at(-1) as string;
    const other = await signUp(stack.village.app!);
    for (const url of [`/api/groups/${groupId}/join`, `/api/groups/${groupId}/ground-rules`]) {
      await stack.village.app!.inject({ method: 'POST', url, headers: other.headers });
    }
    const missed = await stack.village.app!.inject({
      method: 'POST',
      url: `/api/threads/${threadId}/posts`,
      headers: other.headers,
      payload: { body: 'Posted while you were offline' },
    });
    expect(missed.statusCode).toBe(201);
    // ...and gives the opening post a hug, a change to a post she already has on screen.
    const opening = (
      await stack.village.app!.inject({ url: `/api/threads/${threadId}/posts`, headers: other.headers })
    ).json().posts[0] as { id: string };
    const hug = await stack.village.app!.inject({
      method: 'PUT',
      url: `/api/posts/${opening.id}/reactions/hug`,
      headers: other.headers,
    });
    expect(hug.statusCode).toBe(200);
    await eventually(async () => {
      const res = await stack.village.app!.inject({ url: `/api/threads/${threadId}/posts`, headers: other.headers });
      return res
        .json()
        .posts.some(
          (p: { body: string; status: string }) =>
            p.body === 'Posted while you were offline' && p.status === 'published',
        );
    });

    await stack.startWeb();
    await page.getByText('Posted while you were offline').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Reconnecting' }).count()).toBe(0);
    expect(await page.getByText('Posted while you were offline').count()).toBe(1);
    await expect.poll(() => page.locator(`#post-${opening.id} .reaction[value="hug"] .count`).textContent()).toBe('1');
    expect(await page.getByText('It does get easier. Sending a hug.').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('passes axe (no serious or critical violations) on every page, light and dark, at 375px and 1280px', async () => {
    const pages: [string, string][] = [
      ['landing', '/'],
      ['help', '/help'],
      ['guidelines', '/guidelines'],
      ['groups', '/groups'],
      ['group', `/groups/${groupId}`],
      ['thread', threadPath],
      ['settings', '/settings'],
    ];
    const visitor = await stack.newContext();
    const visitorPage = await visitor.newPage();
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [375, 812],
        [1280, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of pages) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          for (const v of await seriousViolations(page))
            failures.push(`${name} ${scheme} ${width}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.slice(0, 2))}`);
          await page.screenshot({ path: `${ARTIFACTS}${name}-${scheme}-${width}.png`, fullPage: true });
        }
        await visitorPage.setViewportSize({ width, height });
        await visitorPage.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of [
          ['signup', '/signup'],
          ['signin', '/signin'],
        ]) {
          await visitorPage.goto(path as string);
          for (const v of await seriousViolations(visitorPage))
            failures.push(`${name} ${scheme} ${width}: ${v.id} ${v.help}`);
          await visitorPage.screenshot({ path: `${ARTIFACTS}${name}-${scheme}-${width}.png`, fullPage: true });
        }
      }
    }
    await visitor.close();
    expect(failures).toEqual([]);
  });
});
