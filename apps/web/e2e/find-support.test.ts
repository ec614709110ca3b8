import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, type SignedIn, setRole, signUp } from '../../api/test/factories.ts';
import { seriousViolations } from './axe.ts';
import { tabTo } from './keyboard.ts';
import { openReady as open, type Stack, startStack } from './stack.ts';

let stack: Stack;
let admin: SignedIn;
let member: SignedIn;
let bumpBuddiesId: string;

beforeAll(async () => {
  stack = await startStack();
  const app = stack.village.app!;
  const db = stack.village.ctx.db;
  await createGroup(db, { name: 'Newborn nights', audiences: ['new-babies'] });
  bumpBuddiesId = (await createGroup(db, { name: 'Bump buddies', audiences: ['pregnancy'] })).id;
  admin = await signUp(app, { displayName: 'Lead Lou' });
  await setRole(db, admin.user.id, 'admin');
  member = await signUp(app, { displayName: 'Sleepy Sam' });
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/resources',
    headers: admin.headers,
    payload: {
      name: 'Northumberland Mums Walk',
      description: 'A weekly buggy walk with other mums.',
      url: 'https://example.org/walk',
      tags: ['local', 'peer'],
      stages: ['new_baby'],
      needs: ['peers'],
      area: 'Northumberland',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => stack?.close());

async function signedIn(who: SignedIn, phone = true): Promise<BrowserContext> {
  const context = await stack.browser.newContext({
    baseURL: stack.origin,
    viewport: phone ? { width: 375, height: 812 } : { width: 1280, height: 900 },
  });
  await context.addCookies([{ name: 'village_session', value: who.cookie.split('=')[1] ?? '', url: stack.origin }]);
  return context;
}

/** No serious or critical axe findings at phone and desktop widths, light and dark. */
async function accessible(page: Page) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${page.url()} (${width}px, ${colorScheme})`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 375, height: 812 });
}

describe('find support', () => {
  it('a new mum answers the chooser by keyboard and sees groups and services near her', async () => {
    const context = await signedIn(member);
    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('link', { name: 'Find support' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await accessible(page);

    await tabTo(page, /I'm pregnant/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('I have a new baby').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('To talk to other mums').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Northumberland').isChecked()).toBe(true);
    await tabTo(page, /Show me support/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Support for you' }).waitFor();
    expect(page.url()).toContain('stage=new_baby');
    await page.getByRole('link', { name: 'Newborn nights' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bump buddies' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Northumberland Mums Walk' }).waitFor();
    const pandas = page.getByRole('link', { name: 'Call 0808 1961 776' });
    expect(await pandas.getAttribute('href')).toBe('tel:08081961776');
    expect(await page.getByRole('heading', { name: 'If you need help right now' }).count()).toBe(0);
    await accessible(page);
    await context.close();
  });

  it('urgent help shows the crisis box first, with ways to call and text', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await open(page, '/find-support?stage=new_baby&need=urgent&area=');
    const box = page.locator('section.urgent');
    await box.getByRole('heading', { name: 'If you need help right now' }).waitFor();
    const first = await page.evaluate(() => {
      const urgent = document.querySelector('section.urgent');
      const groups = document.getElementById('groups-heading');
      return Boolean(urgent && groups && urgent.compareDocumentPosition(groups) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(first).toBe(true);
    expect(await box.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(await box.getByRole('link', { name: 'Text SHOUT to 85258' }).getAttribute('href')).toContain('sms:85258');
    await accessible(page);
    await context.close();
  });
});

describe('resources and packs', () => {
  it('filters the directory by tag and prints a pack cleanly', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await open(page, '/resources');
    await accessible(page);
    await page.getByLabel('Urgent help').check();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Urgent help' }).waitFor();
    expect(await page.getByRole('heading', { name: 'PANDAS Foundation helpline' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Samaritans' }).waitFor();

    await page.getByRole('link', { name: 'After the birth' }).click();
    await page.getByRole('heading', { level: 1, name: 'After the birth' }).waitFor();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await accessible(page);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isHidden()).toBe(true);
    expect(await page.locator('.site-footer').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isHidden()).toBe(true);
    const printed = await page.evaluate(() => {
      const link = document.querySelector('.pack a.web');
      const body = getComputedStyle(document.body);
      return {
        after: link ? getComputedStyle(link, '::after').content : '',
        color: body.color,
        background: body.backgroundColor,
      };
    });
    expect(printed.after).toContain('https://');
    expect(printed.color).toBe('rgb(0, 0, 0)');
    expect(printed.background).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await context.close();
  });

  it('a member saves a pack to her resources, and removes it, with and without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const context = await stack.browser.newContext({
        baseURL: stack.origin,
        viewport: { width: 375, height: 812 },
        javaScriptEnabled: javaScript,
      });
      await context.addCookies([
        { name: 'village_session', value: member.cookie.split('=')[1] ?? '', url: stack.origin },
      ]);
      const page = await context.newPage();
      await page.goto('/resources/packs/booking-the-birth');
      await page.getByRole('button', { name: 'Save to my resources' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved. You will find it under Resources.' }).waitFor();
      if (javaScript) await accessible(page);
      await page.goto('/resources');
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Booking the birth' }) });
      expect(await item.getByText('Saved', { exact: true }).count()).toBe(1);
      await page.goto('/resources/packs/booking-the-birth');
      await page.getByRole('button', { name: 'Remove from my saved packs' }).click();
      await page.getByRole('status').filter({ hasText: 'Removed from your saved packs.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Save to my resources' }).count()).toBe(1);
      await context.close();
    }
  });

  it('an admin adds, edits and removes a resource', async () => {
    const context = await signedIn(admin, false);
    const page = await context.newPage();
    await open(page, '/admin/resources');
    await page.getByRole('heading', { level: 1, name: 'Resources' }).waitFor();
    await accessible(page);

    await page.getByLabel('Name', { exact: true }).fill('Hexham Baby Café');
    await page.getByLabel('What they offer').fill('Drop-in peer support for feeding.');
    await page.getByLabel('Website (optional)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.locator('#field-url-error').waitFor();
    await accessible(page);
    await page.getByLabel('Website (optional)').fill('https://example.org/cafe');
    await page.getByLabel('Area (optional)').fill('Northumberland');
    await page.getByLabel('Peer support').check();
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Hexham Baby Café' }).waitFor();

    await page.getByRole('link', { name: 'Edit Hexham Baby Café' }).click();
    await page.getByRole('heading', { name: 'Edit Hexham Baby Café' }).waitFor();
    await page.getByLabel('When they are open (optional)').fill('Tuesdays 10am to noon');
    await page.getByRole('button', { name: 'Save resource' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await open(page, '/admin/resources');
    await page.getByRole('button', { name: 'Remove Hexham Baby Café' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed Hexham Baby Café' }).waitFor();
    await context.close();
  });

  it('a group page shows "Support for you" for its audience, to a visitor too', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await open(page, `/groups/${bumpBuddiesId}`);
    const support = page.locator('section.group-support');
    await support.getByRole('heading', { level: 2, name: 'Support for you' }).waitFor();
    expect(await support.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await support.getByRole('link', { name: 'Find more support' }).getAttribute('href')).toBe(
      '/find-support?stage=pregnant',
    );
    await accessible(page);
    await context.close();
  });
});
