import { mkdirSync } from 'node:fs';
import { crisisCopy } from '@village/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn, setRole, signUp } from '../../api/test/factories.ts';
import { seriousViolations } from './axe.ts';
import { openReady as open, type Stack, startStack } from './stack.ts';

const ARTIFACTS = new URL('../../../test-artifacts/screenshots/', import.meta.url).pathname;
const CRISIS_TEXT = "I don't want to be here anymore, I've been thinking about ending it";
const UNKIND_TEXT = "Other mums manage fine, I don't see why you can't. Maybe try harder.";

let stack: Stack;
let groupName: string;
let groupId: string;
let moderator: SignedIn;
let mia: SignedIn; // posts the crisis message
let una: SignedIn; // posts the unkind reply
let rae: SignedIn; // reads, and reports the unkind reply
let crisisThreadId: string;
let unkindThreadId: string;
let unkindPostId: string;
const contexts: BrowserContext[] = [];

/** A browser tab signed in as this member (her session cookie, as the web server would set it). */
async function pageAs(who: SignedIn, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await stack.newContext(viewport);
  contexts.push(context);
  await context.addCookies([{ name: 'village_session', value: who.cookie.split('=')[1] ?? '', url: stack.origin }]);
  return context.newPage();
}

const markNotReloaded = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
const stillNotReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

async function startThread(who: SignedIn, title: string, body: string): Promise<string> {
  const res = await stack.village.app!.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: who.headers,
    payload: { title, body },
  });
  if (res.statusCode !== 201) throw new Error(`thread: ${res.statusCode} ${res.body}`);
  const threadId = res.json().thread.id as string;
  await eventually(async () => {
    const posts = await stack.village.app!.inject({ url: `/api/threads/${threadId}/posts`, headers: rae.headers });
    return posts.statusCode === 200 && posts.json().posts[0]?.status === 'published';
  });
  return threadId;
}

/** A published post by `author` that `reporter` reported: its moderation item once triage has made it. */
async function reportedItem(author: SignedIn, reporter: SignedIn, body: string, reason = 'spam') {
  const app = stack.village.app!;
  const post = await app.inject({
    method: 'POST',
    url: `/api/threads/${crisisThreadId}/posts`,
    headers: author.headers,
    payload: { body },
  });
  const postId = post.json().post.id as string;
  await eventually(async () => {
    const r = await app.inject({
      method: 'POST',
      url: `/api/posts/${postId}/reports`,
      headers: reporter.headers,
      payload: { reason },
    });
    return r.statusCode < 300;
  });
  return eventually(async () => {
    const q = await app.inject({ url: '/api/moderation/items', headers: moderator.headers });
    return (q.json().items as { id: string; postId: string }[]).find((i) => i.postId === postId);
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startStack();
  const app = stack.village.app!;
  groupName = 'Evenings with a newborn';
  const group = await createGroup(stack.village.ctx.db, { name: groupName, description: 'Evening chat.' });
  groupId = group.id;
  mia = await memberOf(app, groupId);
  una = await memberOf(app, groupId);
  rae = await memberOf(app, groupId);
  moderator = await signUp(app, { displayName: 'Mod Morag' });
  await setRole(stack.village.ctx.db, moderator.user.id, 'moderator');

  crisisThreadId = await startThread(rae, 'Evenings are hard', 'Anyone else find the evenings the hardest?');
  unkindThreadId = await startThread(rae, 'Feeding at night', 'How do you stay awake for the night feeds?');
  const reply = await app.inject({
    method: 'POST',
    url: `/api/threads/${unkindThreadId}/posts`,
    headers: una.headers,
    payload: { body: UNKIND_TEXT },
  });
  expect(reply.statusCode).toBe(201);
  unkindPostId = reply.json().post.id;
  await eventually(async () => {
    const posts = await app.inject({ url: `/api/threads/${unkindThreadId}/posts`, headers: rae.headers });
    return posts
      .json()
      .posts.some((p: { id: string; status: string }) => p.id === unkindPostId && p.status === 'published');
  });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await stack?.close();
});

describe('moderation and safety', () => {
  let modPage: Page;
  let raePage: Page;

  it('shows a member the crisis card with the helplines the moment she posts, while the queue gets the urgent item live', async () => {
    // The moderator has the queue open before anything happens.
    modPage = await pageAs(moderator);
    await open(modPage, '/moderation');
    await modPage.getByRole('heading', { name: 'Moderation queue' }).waitFor();
    await markNotReloaded(modPage);

    const page = await pageAs(mia);
    await open(page, `/threads/${crisisThreadId}`);
    await page.getByLabel('Your reply').fill(CRISIS_TEXT);
    await page.getByRole('button', { name: 'Send reply' }).click();

    const card = page.locator('section.crisis-card');
    await card.getByRole('heading', { name: crisisCopy.suicide_self_harm.heading }).waitFor({ timeout: 15_000 });
    // Focus moves to the card, so a screen reader reads it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('crisis-card'))).toBe(true);
    expect(await card.getByRole('link', { name: /Call 116 123/ }).getAttribute('href')).toBe('tel:116123');
    expect(
      await card
        .getByRole('link', { name: /Call 999/ })
        .first()
        .getAttribute('href'),
    ).toBe('tel:999');
    expect(await card.getByRole('link', { name: /Text SHOUT to 85258/ }).getAttribute('href')).toBe(
      'sms:85258?&body=SHOUT',
    );
    expect(await card.getByText(/waiting for a moderator; that usually takes about/).count()).toBe(1);
    // After the helplines, directory resources marked for this kind of crisis.
    await card.getByRole('heading', { level: 3, name: "More help for what you're going through" }).waitFor();
    expect(await card.getByRole('heading', { level: 4, name: 'PANDAS Foundation helpline' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}crisis-card-light-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}crisis-card-dark-375.png`, fullPage: true });

    // Her own post shows to her, gently labelled.
    await page.getByText('Waiting for a moderator', { exact: true }).waitFor();
    // The card stays until she closes it.
    await page.getByRole('button', { name: "I've read this, close it" }).click();
    await card.waitFor({ state: 'detached' });

    // The moderator's queue gets the urgent item and an alert, without reloading.
    const alert = modPage.getByRole('alert').filter({ hasText: `Urgent: a member in ${groupName} may be in crisis` });
    await alert.waitFor({ timeout: 15_000 });
    const urgentItem = modPage.locator('ol.queue > li').filter({ hasText: 'Evenings are hard' });
    await urgentItem.waitFor({ timeout: 15_000 });
    expect(await urgentItem.textContent()).toContain('Priority: Urgent');
    expect(await stillNotReloaded(modPage)).toBe(true);
  });

  it('lets a member report an unkind post through the dialog, with the keyboard', async () => {
    raePage = await pageAs(rae);
    await open(raePage, `/threads/${unkindThreadId}`);
    await raePage.getByText(UNKIND_TEXT).waitFor();
    const reportLink = raePage.getByRole('link', { name: /^Report this post by / });
    await reportLink.focus();
    await raePage.keyboard.press('Enter');
    const dialog = raePage.getByRole('dialog', { name: 'Report a post' });
    await dialog.waitFor();
    // Escape closes it and focus returns to the link that opened it.
    await raePage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => raePage.evaluate(() => document.activeElement?.textContent?.startsWith('Report')))
      .toBe(true);

    await raePage.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByLabel('Unkind or hurtful').check();
    await dialog.getByLabel(/Anything you'd like to add/).fill('This keeps happening to newer members.');
    expect(await dialog.getByText('38 of 1000 characters used').count()).toBe(1);
    expect(await seriousViolations(raePage)).toEqual([]);
    await raePage.screenshot({ path: `${ARTIFACTS}report-dialog-light-1280.png` });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Thanks for telling us. A moderator will look at it.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await markNotReloaded(raePage);
  });

  it('lets a moderator claim the urgent item with the keyboard, then hide another post, which vanishes from an open page', async () => {
    const reportedItem = modPage.locator('ol.queue > li').filter({ hasText: 'Feeding at night' });
    await reportedItem.waitFor({ timeout: 15_000 });
    expect(await reportedItem.getByText('Reported: Unkind or hurtful').count()).toBe(1);

    // j selects the first (most urgent) item; c claims it.
    await modPage.locator('h1').click();
    await modPage.keyboard.press('j');
    const first = modPage.locator('ol.queue > li').first();
    await expect.poll(() => first.getAttribute('aria-current')).toBe('true');
    expect(await first.textContent()).toContain('Evenings are hard');
    await modPage.keyboard.press('c');
    await first.getByText('Claimed by you').waitFor({ timeout: 10_000 });
    expect(await stillNotReloaded(modPage)).toBe(true);

    // The shortcuts never fire while typing.
    await modPage.getByRole('heading', { name: /items? waiting/ }).waitFor();
    await modPage.keyboard.press('?');
    await expect.poll(() => modPage.locator('details.shortcuts').getAttribute('open')).not.toBeNull();

    // Open the reported item and hide the unkind post with a reason.
    await reportedItem.getByRole('link', { name: 'Feeding at night' }).click();
    await modPage.waitForURL('**/moderation/items/*');
    await modPage.locator('html[data-ready]').waitFor({ state: 'attached' });
    await modPage.getByRole('heading', { name: 'The post' }).waitFor();
    expect(await modPage.getByText('This keeps happening to newer members.').count()).toBe(1);
    await modPage.getByText('Hide the post', { exact: true }).click();
    await modPage.getByLabel('Reason (the member will read this)').first().waitFor();
    const hideForm = modPage.locator('details.action-form').filter({ hasText: 'Hide the post' });
    await hideForm.getByRole('button', { name: 'Hide post', exact: true }).click();
    // A reason is required: said beside the field.
    await hideForm.getByText('Write a reason: the member will read it.').waitFor();
    await hideForm.getByLabel('Reason (the member will read this)').fill('Unkind to another member.');
    await hideForm.getByRole('button', { name: 'Hide post', exact: true }).click();
    await modPage.getByText('Hidden. The author has been told your reason.').waitFor({ timeout: 10_000 });

    // Rae's thread page, open all along, turns the post into its placeholder.
    await raePage.getByText('This post was hidden by a moderator.').waitFor({ timeout: 15_000 });
    expect(await raePage.getByText(UNKIND_TEXT).count()).toBe(0);
    expect(await stillNotReloaded(raePage)).toBe(true);
  });

  it('tells the reporter the outcome in her notifications, live', async () => {
    // At least the outcome is unread (replies to her own thread are notified too).
    await raePage.getByRole('link', { name: /^Notifications, \d+ unread$/ }).waitFor({ timeout: 15_000 });
    // ...and a polite toast says what happened, on the page she is on.
    expect(
      await raePage
        .getByRole('status')
        .getByText(/A moderator read the post you reported and hid it/)
        .count(),
    ).toBe(1);
    await open(raePage, '/notifications');
    await raePage.getByText(/A moderator read the post you reported and hid it/).waitFor();
    await raePage.getByRole('button', { name: 'Mark all as read' }).click();
    await raePage.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  });

  it('shows the author her hidden post with the reason and a way to ask for a second look', async () => {
    const page = await pageAs(una);
    await open(page, `/threads/${unkindThreadId}`);
    await page.getByText(/The reason: Unkind to another member\./).waitFor();
    await page.getByRole('link', { name: 'ask for a second look' }).click();
    await page.waitForURL('**/second-look*');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page
      .getByLabel(/Anything you'd like the moderator to know/)
      .fill('I was having a bad night. I did not mean it.');
    await page.getByRole('button', { name: 'Ask for a second look' }).click();
    await page.getByText(/Another moderator, not the one who hid it, will look at your post again/).waitFor();
  });

  it('reports a post with plain forms when JavaScript is off, and goes back to the conversation', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, javaScriptEnabled: false });
    contexts.push(context);
    await context.addCookies([{ name: 'village_session', value: mia.cookie.split('=')[1] ?? '', url: stack.origin }]);
    const page = await context.newPage();
    await page.goto(`/threads/${crisisThreadId}`);
    await page
      .getByRole('link', { name: /^Report this post by / })
      .first()
      .click();
    await page.waitForURL('**/posts/*/report?thread=*');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Choose the reason that fits best.').count()).toBe(1);
    await page.getByLabel('Off topic').check();
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForURL(`**/threads/${crisisThreadId}?reported=new*`);
    expect(await page.getByText('Thanks for telling us. A moderator will look at it.').count()).toBe(1);
  });

  it('shows the crisis card without JavaScript too, on the group page she started a conversation from', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, javaScriptEnabled: false });
    contexts.push(context);
    await context.addCookies([{ name: 'village_session', value: mia.cookie.split('=')[1] ?? '', url: stack.origin }]);
    const page = await context.newPage();
    await page.goto(`/groups/${groupId}`);
    await page.getByLabel('Title').fill('Tonight');
    await page.getByLabel('Your message').fill("I've been thinking about ending it all, I can't do this");
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForLoadState('load');
    const card = page.locator('section.crisis-card');
    await card.getByRole('heading', { level: 2 }).waitFor();
    expect(await card.getByRole('link', { name: /Call 116 123/ }).getAttribute('href')).toBe('tel:116123');
    expect(await card.getByRole('link', { name: 'Go to your conversation' }).count()).toBe(1);
    // Closing it is a plain link back to the group.
    await card.getByRole('button', { name: "I've read this, close it" }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('section.crisis-card').count()).toBe(0);
  });

  it('tells a muted member until when and why, in place of the reply form', async () => {
    const app = stack.village.app!;
    const tess = await memberOf(app, groupId);
    const item = await reportedItem(tess, rae, 'Buy my baby sleep course, link in my profile.');
    const muted = await app.inject({
      method: 'POST',
      url: `/api/moderation/items/${item.id}/actions`,
      headers: moderator.headers,
      payload: { action: 'mute', reason: 'Advertising is not allowed here', durationHours: 24 },
    });
    expect(muted.statusCode).toBe(200);

    const page = await pageAs(tess);
    await open(page, `/threads/${crisisThreadId}`);
    await page.getByRole('heading', { name: 'You are muted for now' }).waitFor();
    expect(await page.getByText(/You can't post until .+ because: Advertising is not allowed here\./).count()).toBe(1);
    expect(await page.getByLabel('Your reply').count()).toBe(0);
    expect(await page.getByText(/You can't reply until/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a repeated post beside the reply box, keeping what she typed', async () => {
    const text = 'Thank you all, reading this tonight really helped.';
    const first = await stack.village.app!.inject({
      method: 'POST',
      url: `/api/threads/${unkindThreadId}/posts`,
      headers: mia.headers,
      payload: { body: text },
    });
    expect(first.statusCode).toBe(201);
    const page = await pageAs(mia);
    await open(page, `/threads/${unkindThreadId}`);
    await page.getByLabel('Your reply').fill(text);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page
      .locator('#field-body-error')
      .getByText(/You've already posted this/)
      .waitFor();
    expect(await page.getByLabel('Your reply').inputValue()).toBe(text);
    expect(await page.getByLabel('Your reply').getAttribute('aria-invalid')).toBe('true');
  });

  it('tells a second moderator plainly when another moderator already has the item (no JavaScript)', async () => {
    const app = stack.village.app!;
    const second = await signUp(app, { displayName: 'Mod Nia' });
    await setRole(stack.village.ctx.db, second.user.id, 'moderator');
    const author = await memberOf(app, groupId);
    const item = await reportedItem(
      author,
      rae,
      // Unkind in a way the screen lets through, so only a report brings it to a moderator.
      'Have you tried just leaving her to cry for a bit? Worked for mine. They have to learn sometime.',
      'unkind',
    );
    const context = await stack.browser.newContext({ baseURL: stack.origin, javaScriptEnabled: false });
    contexts.push(context);
    await context.addCookies([
      { name: 'village_session', value: second.cookie.split('=')[1] ?? '', url: stack.origin },
    ]);
    const page = await context.newPage();
    await page.goto(`/moderation/items/${item.id}`);
    await page.getByRole('button', { name: 'Claim this item' }).waitFor();

    // Meanwhile Morag claims it.
    const claimed = await app.inject({
      method: 'POST',
      url: `/api/moderation/items/${item.id}/claim`,
      headers: moderator.headers,
    });
    expect(claimed.statusCode).toBe(200);
    await page.getByRole('button', { name: 'Claim this item' }).click();
    await page.getByRole('alert').getByText('Another moderator is working on this item.').waitFor();
    expect(await page.getByText('Claimed by Mod Morag.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Hide post', exact: true }).count()).toBe(0);
  });

  it('passes axe on the queue, an item, notifications and the report page, light and dark, at 375px and 1280px', async () => {
    const items = await stack.village.app!.inject({ url: '/api/moderation/items', headers: moderator.headers });
    const crisisItem = (items.json().items as { id: string; crisisKind: string | null }[]).find((i) => i.crisisKind);
    expect(crisisItem).toBeDefined();
    const modTab = await pageAs(moderator);
    const memberTab = await pageAs(rae);
    const pages: [Page, string, string][] = [
      [modTab, 'moderation-queue', '/moderation'],
      [modTab, 'moderation-item', `/moderation/items/${crisisItem?.id}`],
      [memberTab, 'notifications', '/notifications'],
      [memberTab, 'report', `/posts/${unkindPostId}/report?thread=${unkindThreadId}`],
      [memberTab, 'thread-with-report-links', `/threads/${crisisThreadId}`],
    ];
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [375, 812],
        [1280, 900],
      ] as const) {
        for (const [page, name, path] of pages) {
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, path);
          await page.waitForLoadState('networkidle');
          for (const v of await seriousViolations(page))
            failures.push(`${name} ${scheme} ${width}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.slice(0, 2))}`);
          await page.screenshot({ path: `${ARTIFACTS}${name}-${scheme}-${width}.png`, fullPage: true });
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
