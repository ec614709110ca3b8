import { mkdirSync } from 'node:fs';
import { timersFor } from '@village/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAdmin, schedule, trainedFacilitator } from '../../api/src/sessions/fixtures.ts';
import { applySessionEvent } from '../../api/src/sessions/lifecycle.ts';
import { factsOf, findSession } from '../../api/src/sessions/rows.ts';
import { createGroup, memberOf, type SignedIn } from '../../api/test/factories.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openReady as open, type Stack, startStack } from './stack.ts';

/**
 * Facilitated sessions (issue 4, DESIGN flow 6) in Chromium: a facilitator opens a session,
 * two members see the focus prompt, the ending notice arrives live, the session closes, a
 * member checks out asking for a follow-up, and the facilitator sees the task. Then axe on
 * every session page state, the schedule form and /follow-ups.
 */
const ARTIFACTS = new URL('../../../test-artifacts/screenshots/', import.meta.url).pathname;
const FOCUS = 'What has helped you rest this week, even a little?';
let stack: Stack;
let groupId: string;
let admin: SignedIn;
let fac: SignedIn;
let ann: SignedIn;
let bea: SignedIn;
const contexts: BrowserContext[] = [];

async function pageAs(who: SignedIn, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await stack.newContext(viewport);
  contexts.push(context);
  await context.addCookies([{ name: 'village_session', value: who.cookie.split('=')[1] ?? '', url: stack.origin }]);
  return context.newPage();
}

/** Fires the session's real ending-notice timer now, as the BullMQ worker would when it is due. */
async function fireEndingNotice(sessionId: string) {
  const row = await findSession(stack.village.ctx.db, sessionId);
  if (!row) throw new Error('session missing');
  const timer = timersFor(factsOf(row)).find((t) => t.transition === 'ending_notice');
  if (!timer) throw new Error('no ending notice timer');
  const out = await applySessionEvent(stack.village.ctx, sessionId, {
    type: 'ending_notice',
    by: 'timer',
    dueAt: timer.dueAt,
  });
  expect(out?.result).toMatchObject({ ok: true, stale: false });
}

beforeAll(async () => {
  stack = await startStack();
  const app = stack.village.app as NonNullable<typeof stack.village.app>;
  groupId = (await createGroup(stack.village.ctx.db, { name: 'Evening mums', moderationMode: 'post' })).id;
  admin = await makeAdmin(app, stack.village.ctx.db);
  fac = await trainedFacilitator(app, admin, groupId);
  ann = await memberOf(app, groupId);
  bea = await memberOf(app, groupId);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await stack?.close();
});

describe('a facilitated session', () => {
  it('opens, shows the focus, warns of its ending live, closes, and a follow-up reaches the facilitator', async () => {
    const app = stack.village.app as NonNullable<typeof stack.village.app>;
    const directory = (await app.inject({ url: '/api/resources' })).json().resources as { id: string; name: string }[];
    const app_ = directory.find((r) => r.name === 'Action on Postpartum Psychosis');
    const [session] = await schedule(app, fac, groupId, {
      title: 'Sleep drop-in',
      focusPrompt: FOCUS,
      resourceIds: [app_?.id],
    });
    const id = session?.id as string;

    const facPage = await pageAs(fac);
    const annPage = await pageAs(ann, { width: 375, height: 812 });
    const beaPage = await pageAs(bea);
    for (const p of [facPage, annPage, beaPage]) await open(p, `/sessions/${id}`);
    await expect.poll(() => annPage.getByRole('heading', { level: 2, name: /Opens at/ }).count()).toBe(1);

    // The group page lists it with places left.
    await open(beaPage, `/groups/${groupId}`);
    expect(await beaPage.getByRole('link', { name: 'Sleep drop-in' }).count()).toBeGreaterThan(0);
    await open(beaPage, `/sessions/${id}`);

    // The facilitator opens early; both members see the ground rules and the focus live.
    await facPage.getByRole('button', { name: 'Open now' }).click();
    await facPage.getByRole('button', { name: 'Update the focus' }).waitFor({ timeout: 10_000 });
    for (const p of [annPage, beaPage]) {
      await p.getByTestId('focus-prompt').getByText(FOCUS).waitFor({ timeout: 10_000 });
      expect(await p.getByText('The session is open').count()).toBeGreaterThan(0);
    }

    // Ann posts in the open session.
    await annPage.getByLabel('Your reply').fill('Ten minutes of sleep in the car park felt like a gift.');
    await annPage.getByRole('button', { name: 'Send reply' }).click();
    await beaPage.getByText('Ten minutes of sleep in the car park').waitFor({ timeout: 10_000 });

    // Bea's question about prams is off topic: the facilitator moves it to the general conversation.
    const offTopic = await app.inject({
      method: 'POST',
      url: `/api/threads/${session?.threadId}/posts`,
      headers: bea.headers,
      payload: { body: 'Does anyone know a good second-hand pram?' },
    });
    expect(offTopic.statusCode, offTopic.body).toBe(201);
    await facPage.getByText('Does anyone know a good second-hand pram?').waitFor({ timeout: 10_000 });
    await facPage.getByRole('button', { name: `Mark off topic: post by ${bea.user.displayName}` }).click();
    await facPage.getByText("The post moved to the group's general conversation").waitFor({ timeout: 10_000 });
    expect(await facPage.getByText('Does anyone know a good second-hand pram?').count()).toBe(0);

    // Slow mode reaches the members live.
    await facPage.getByLabel('Slow mode').selectOption('30');
    await facPage.getByRole('button', { name: 'Set slow mode' }).click();
    await annPage.getByText('Slow mode is on: one post each every 30 seconds').waitFor({ timeout: 10_000 });

    // The facilitator's count follows who has the session open, without reloading.
    await facPage.getByText('2 members here now').waitFor({ timeout: 25_000 });

    // The ending-notice timer fires: the calm notice appears live for both.
    await fireEndingNotice(id);
    for (const p of [annPage, beaPage]) {
      await p.getByTestId('ending-notice').waitFor({ timeout: 10_000 });
      expect((await p.getByTestId('ending-notice').textContent()) ?? '').toContain('The session ends in 10 minutes');
    }

    await facPage.getByTestId('ending-notice').waitFor({ timeout: 10_000 });
    await facPage.getByRole('button', { name: 'Update the focus' }).waitFor({ timeout: 10_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await annPage.screenshot({ path: `${ARTIFACTS}session-ending-phone.png`, fullPage: true });
    await facPage.screenshot({ path: `${ARTIFACTS}session-facilitator-desktop.png`, fullPage: true });

    // The facilitator ends it; the members' pages move to the ending.
    await facPage.getByRole('button', { name: 'End now' }).click();
    for (const p of [annPage, beaPage]) {
      await p.getByRole('heading', { name: 'This session has closed' }).waitFor({ timeout: 10_000 });
    }

    // The facilitator writes the wrap-up; the members read it at the close.
    await facPage.getByLabel('What helped').fill('Naming the hardest hour of the night together.');
    await facPage.getByRole('button', { name: 'Save the wrap-up' }).click();
    await facPage.getByText('Wrap-up saved.').waitFor({ timeout: 10_000 });
    await beaPage.getByText('Naming the hardest hour of the night together.').waitFor({ timeout: 10_000 });
    // The "where to go next" resource chosen when scheduling is shown at the close.
    await beaPage
      .getByRole('heading', { level: 3, name: 'Action on Postpartum Psychosis' })
      .waitFor({ timeout: 10_000 });

    // Ann checks out privately, asking for someone to follow up.
    await annPage.getByRole('heading', { name: 'How are you leaving?' }).waitFor({ timeout: 10_000 });
    await annPage.getByLabel("I'd like someone to follow up").check();
    await annPage.getByLabel(/Anything you'd like your facilitator to know/).fill('Nights are hard this week.');
    await annPage.screenshot({ path: `${ARTIFACTS}session-check-out-phone.png`, fullPage: true });
    await annPage.getByRole('button', { name: 'Check out' }).click();
    await annPage.getByText('Your facilitator will get in touch').waitFor({ timeout: 10_000 });

    // The facilitator sees the task.
    await open(facPage, '/follow-ups');
    const task = facPage.locator('.follow-up').filter({ hasText: ann.user.displayName });
    await task.waitFor({ timeout: 10_000 });
    expect((await task.textContent()) ?? '').toContain('Nights are hard this week.');
    expect((await task.textContent()) ?? '').toContain('Sleep drop-in');
    expect(await facPage.getByRole('link', { name: /^Facilitating/ }).count()).toBe(1);
    await task.getByRole('button', { name: /Mark done/ }).click();
    await facPage.getByText(`Marked done for ${ann.user.displayName}`).waitFor({ timeout: 10_000 });
  });
});

describe('accessibility and plain forms', () => {
  it('has no serious or critical axe findings on session pages, the schedule form and follow-ups', async () => {
    const app = stack.village.app as NonNullable<typeof stack.village.app>;
    const [scheduled] = await schedule(app, fac, groupId, {
      title: 'Scheduled drop-in',
      guest: { name: 'Sam Jones', role: 'midwife' },
    });
    const [live] = await schedule(app, fac, groupId, { title: 'Open drop-in' });
    const [closed] = await schedule(app, fac, groupId, { title: 'Closed drop-in' });
    for (const s of [live, closed]) {
      const r = await app.inject({ method: 'POST', url: `/api/sessions/${s?.id}/open`, headers: fac.headers });
      expect(r.statusCode, r.body).toBe(200);
    }
    const ended = await app.inject({ method: 'POST', url: `/api/sessions/${closed?.id}/end`, headers: fac.headers });
    expect(ended.statusCode, ended.body).toBe(200);

    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      const facPage = await pageAs(fac, viewport);
      const member = await pageAs(ann, viewport);
      for (const s of [scheduled, live, closed]) {
        await open(member, `/sessions/${s?.id}`);
        await expectNoSeriousViolations(member);
        await open(facPage, `/sessions/${s?.id}`);
        await expectNoSeriousViolations(facPage);
      }
      await open(facPage, `/groups/${groupId}`);
      await expectNoSeriousViolations(facPage);
      await open(facPage, `/groups/${groupId}/sessions/new`);
      await expectNoSeriousViolations(facPage);
      await open(facPage, '/follow-ups');
      await expectNoSeriousViolations(facPage);
    }
  });

  it('the schedule form works without JavaScript and puts errors beside fields', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.origin, javaScriptEnabled: false });
    contexts.push(context);
    await context.addCookies([{ name: 'village_session', value: fac.cookie.split('=')[1] ?? '', url: stack.origin }]);
    const page = await context.newPage();
    await page.goto(`/groups/${groupId}/sessions/new`);
    expect(await page.getByText(/UK time/).count()).toBeGreaterThan(0);
    await page.getByLabel('Title').fill('No-JS drop-in');
    await page.getByLabel('Theme').fill('Feeding');
    await page.getByLabel('Focus prompt').fill('What is one small win?');
    await page.getByLabel('Starts').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.locator('#field-start-error').waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('No-JS drop-in');

    const soon = new Date(Date.now() + 3 * 86_400_000);
    const local = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/London' }).format(soon);
    await page.getByLabel('Starts').fill(`${local}T19:00`);
    await page.getByRole('checkbox', { name: 'PANDAS Foundation helpline' }).check();
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'No-JS drop-in' }).waitFor();
    expect(await page.getByText('Session scheduled.').count()).toBe(1);
  });

  it('the session page works without JavaScript: RSVP, reply, and a check-out with its error beside the choice', async () => {
    const app = stack.village.app as NonNullable<typeof stack.village.app>;
    const [s] = await schedule(app, fac, groupId, { title: 'Plain forms drop-in' });
    const context = await stack.browser.newContext({
      baseURL: stack.origin,
      javaScriptEnabled: false,
      viewport: { width: 375, height: 812 },
    });
    contexts.push(context);
    await context.addCookies([{ name: 'village_session', value: bea.cookie.split('=')[1] ?? '', url: stack.origin }]);
    const page = await context.newPage();
    await page.goto(`/sessions/${s?.id}`);
    await page.getByRole('button', { name: "I'll come" }).click();
    await page.getByText("You're going").waitFor();

    const opened = await app.inject({ method: 'POST', url: `/api/sessions/${s?.id}/open`, headers: fac.headers });
    expect(opened.statusCode, opened.body).toBe(200);
    await page.goto(`/sessions/${s?.id}`);
    await page.getByLabel('Your reply').fill('Posting with plain forms.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Posting with plain forms.').first().waitFor();

    const ended = await app.inject({ method: 'POST', url: `/api/sessions/${s?.id}/end`, headers: fac.headers });
    expect(ended.statusCode, ended.body).toBe(200);
    await page.goto(`/sessions/${s?.id}`);
    await page.getByRole('button', { name: 'Check out' }).click();
    await page.getByText('Choose how you are feeling.').waitFor();
    await page.getByLabel("I'm OK").check();
    await page.getByRole('button', { name: 'Check out' }).click();
    await page.getByText('Thank you for letting us know.').waitFor();
  });
});
