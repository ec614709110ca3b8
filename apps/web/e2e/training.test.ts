import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn, setRole, signUp } from '../../api/test/factories.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openReady as open, type Stack, startStack } from './stack.ts';

/**
 * Facilitator training in Chromium (issue 4): an admin finds a volunteer, records her modules
 * (one running out within 30 days), assigns her to a group once she is current and can stop
 * her facilitating; the facilitator sees her training, the renewal due and her group. Axe on
 * every page, and the record form without JavaScript.
 */
let stack: Stack;
let admin: SignedIn;
let volunteer: SignedIn;
let groupId: string;
const contexts: BrowserContext[] = [];
const day = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

beforeAll(async () => {
  stack = await startStack();
  const app = stack.village.app!;
  groupId = (await createGroup(stack.village.ctx.db, { name: 'Night feeds circle' })).id;
  admin = await signUp(app, { displayName: 'Coordinator Cat' });
  await setRole(stack.village.ctx.db, admin.user.id, 'admin');
  volunteer = await memberOf(app, groupId);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await stack?.close();
});

async function pageAs(who: SignedIn, opts: { phone?: boolean; javaScript?: boolean } = {}): Promise<Page> {
  const context = await stack.browser.newContext({
    baseURL: stack.origin,
    viewport: opts.phone ? { width: 375, height: 812 } : { width: 1280, height: 900 },
    javaScriptEnabled: opts.javaScript ?? true,
  });
  contexts.push(context);
  await context.addCookies([{ name: 'village_session', value: who.cookie.split('=')[1] ?? '', url: stack.origin }]);
  return context.newPage();
}

async function record(page: Page, module: string, completed: string, expires: string) {
  await page.getByLabel('Who').selectOption({ label: volunteer.user.displayName });
  await page.getByLabel('Module', { exact: true }).selectOption({ label: module });
  await page.getByLabel('Completed on').fill(completed);
  await page.getByLabel(/Runs out on/).fill(expires);
  await page.getByRole('button', { name: 'Record training' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Recorded for ${volunteer.user.displayName}` })
    .waitFor();
}

describe('facilitator training', () => {
  it('an admin records training and assigns a facilitator; she sees her renewal due', async () => {
    const page = await pageAs(admin, { phone: true });
    await open(page, '/admin');
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Facilitators' }).click();
    await page.getByRole('heading', { level: 1, name: 'Facilitators and training' }).waitFor();
    await expectNoSeriousViolations(page);

    // Find her by name, then record two modules: not yet current, so she can't be assigned.
    await page.getByLabel('Find a member by display name').fill(volunteer.user.displayName);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('status').filter({ hasText: '1 found' }).waitFor();
    await record(page, 'Safeguarding', isoDay(-300), isoDay(12));
    await record(page, 'Keeping a group on its focus', isoDay(-30), isoDay(330));
    const her = page.locator('li.facilitator').filter({ hasText: volunteer.user.displayName });
    await her.getByText('Not yet recorded: Managing endings.').waitFor();
    expect(await her.getByText('Can be assigned to a group once every required module is current.').count()).toBe(1);
    await expectNoSeriousViolations(page);

    // The third module makes her current; safeguarding still runs out within 30 days.
    await record(page, 'Managing endings', isoDay(-30), '');
    await her.getByText(/Safeguarding runs out on/).waitFor();
    await her.getByLabel(`Assign ${volunteer.user.displayName} to`).selectOption({ label: 'Night feeds circle' });
    await her.getByRole('button', { name: 'Assign' }).click();
    await her
      .getByRole('button', { name: `Stop facilitating Night feeds circle: ${volunteer.user.displayName}` })
      .waitFor();
    await expectNoSeriousViolations(page);

    // The admin home lists the renewal due.
    await open(page, '/admin');
    const due = page.getByRole('list', { name: 'Training to renew' }).getByRole('listitem');
    expect(await due.filter({ hasText: volunteer.user.displayName }).textContent()).toMatch(/training runs out on/);
    await expectNoSeriousViolations(page);

    // She sees it too: the header marks it, her page names the module, the date and her group.
    const mine = await pageAs(volunteer, { phone: true });
    await open(mine, '/groups');
    const link = mine.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Facilitating/ });
    expect(await link.textContent()).toContain('training needs renewing');
    await link.click();
    await mine.getByRole('heading', { level: 1, name: 'Facilitating' }).waitFor();
    expect(await mine.getByText(/Safeguarding runs out on/).count()).toBe(1);
    expect(await mine.getByRole('link', { name: 'Night feeds circle', exact: true }).count()).toBe(1);
    expect(await mine.getByRole('link', { name: /Schedule a session/ }).count()).toBe(1);
    await expectNoSeriousViolations(mine);

    // The admin schedules a session for her to lead.
    await open(page, `/groups/${groupId}/sessions/new`);
    expect(await page.getByLabel('Who leads it').inputValue()).toBe(volunteer.user.id);
    await page.getByLabel('Title').fill('Night feeds drop-in');
    await page.getByLabel('Theme').fill('Nights');
    await page.getByLabel('Focus prompt').fill('What got you through last night?');
    await page.getByLabel('Starts').fill(`${isoDay(2)}T19:30`);
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'Night feeds drop-in' }).waitFor();
    expect(await page.getByText(`Facilitator: ${volunteer.user.displayName}`).count()).toBe(1);

    // Stopping her facilitating takes the group off her page.
    await open(page, '/admin/training');
    await page
      .getByRole('button', { name: `Stop facilitating Night feeds circle: ${volunteer.user.displayName}` })
      .click();
    await her.getByText('Not facilitating a group.').waitFor();
    await open(mine, '/facilitating');
    expect(await mine.getByText("You don't facilitate a group yet.", { exact: false }).count()).toBe(1);
  });

  it('the record form works without JavaScript and puts the error beside its field', async () => {
    const page = await pageAs(admin, { javaScript: false });
    await page.goto(`/admin/training?person=${volunteer.user.id}`);
    await page.getByLabel('Module', { exact: true }).selectOption({ label: 'Safeguarding' });
    await page.getByLabel('Completed on').fill(isoDay(-10));
    await page.getByLabel(/Runs out on/).fill(isoDay(-20));
    await page.getByRole('button', { name: 'Record training' }).click();
    await page.locator('#record-expires-error').waitFor();
    expect(await page.locator('#record-expires-error').textContent()).toContain('after the completion date');
    expect(await page.getByLabel(/Runs out on/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Who').inputValue()).toBe(volunteer.user.id);
  });

  it('is for admins only', async () => {
    const page = await pageAs(volunteer);
    const res = await page.goto('/admin/training');
    expect(res?.status()).toBe(404);
  });
});
