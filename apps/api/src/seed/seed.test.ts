import { screenText } from '@village/domain/screening';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../test/factories.ts';
import { createTestVillage, TEST_ORIGIN, type TestVillage } from '../../test/harness.ts';
import type { Db } from '../db/client.ts';
import {
  groupMemberships,
  groupSessions,
  groups,
  moderationItems,
  posts,
  postVersions,
  reactions,
  screenings,
  sessionRsvps,
  threads,
  users,
} from '../db/schema/index.ts';
import { sweepUntriagedReports } from '../reports/sweeper.ts';
import { sweepUnscreenedPosts } from '../screening/sweeper.ts';
import { listFacilitators } from '../training/facilitators.ts';
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from './index.ts';

let village: TestVillage;
beforeAll(async () => {
  village = await createTestVillage({ role: 'api' });
});
afterAll(() => village.close());

async function counts(db: Db) {
  return {
    users: await db.$count(users),
    groups: await db.$count(groups),
    memberships: await db.$count(groupMemberships),
    threads: await db.$count(threads),
    posts: await db.$count(posts),
    versions: await db.$count(postVersions),
    screenings: await db.$count(screenings),
    reactions: await db.$count(reactions),
  };
}

describe('demo seed', () => {
  it('writes the demo data once, however often (and however concurrently) it runs', async () => {
    const [first, second] = await Promise.all([seedDemoData(village.ctx.db), seedDemoData(village.ctx.db)]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    const after = await counts(village.ctx.db);
    expect(after).toMatchObject({ users: demoAccounts.length, groups: 4 });
    expect(after.posts).toBeGreaterThanOrEqual(20);

    const third = await seedDemoData(village.ctx.db);
    expect(third.created).toBe(false);
    expect(await counts(village.ctx.db)).toEqual(after);
  });

  it('publishes every post as a screened first version, one opening post per thread', async () => {
    const db = village.ctx.db;
    // Session threads open with the group's rules and the focus, written by the service: the
    // sessions test covers those; here, the members' demo posts.
    const sessionThreads = new Set(
      (await db.select({ id: groupSessions.threadId }).from(groupSessions)).map((s) => s.id),
    );
    const everything = (await db.select().from(posts)).filter((p) => !sessionThreads.has(p.threadId));
    // Two demo posts are left for the screen, to give the moderation queue real items.
    const waiting = everything.filter((p) => p.status === 'pending');
    expect(waiting.map((p) => p.screenedVersion)).toEqual([null, null]);
    const all = everything.filter((p) => p.status !== 'pending');
    for (const post of all) {
      expect(post).toMatchObject({ status: 'published', version: 1, publishedVersion: 1, screenedVersion: 1 });
      // The demo threads are what the screen lets through: a title and body the rules allow.
      expect(screenText(post.body)).toMatchObject({ verdict: 'allow', categories: [] });
    }
    expect(await db.$count(postVersions)).toBe(everything.length + sessionThreads.size);
    expect(await db.$count(screenings, eq(screenings.verdict, 'allow'))).toBe(all.length);
    const openings = await db
      .select({ threadId: posts.threadId, n: sql<number>`count(*)::int` })
      .from(posts)
      .where(eq(posts.isOpening, true))
      .groupBy(posts.threadId);
    expect(openings).toHaveLength(await db.$count(threads));
    expect(openings.every((o) => o.n === 1)).toBe(true);
    // Every author belongs to the group she posted in.
    const strangers = await db
      .select({ id: posts.id })
      .from(posts)
      .leftJoin(
        groupMemberships,
        and(eq(groupMemberships.groupId, posts.groupId), eq(groupMemberships.userId, posts.authorId)),
      )
      .where(sql`${groupMemberships.status} IS DISTINCT FROM 'active'`);
    expect(strangers).toEqual([]);
  });

  it('covers the roles and audiences a demo needs', async () => {
    const db = village.ctx.db;
    const roles = await db.select({ role: users.role, n: sql<number>`count(*)::int` }).from(users).groupBy(users.role);
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toMatchObject({ admin: 1, moderator: 1 });
    const facilitating = await db.$count(groupMemberships, eq(groupMemberships.role, 'facilitator'));
    expect(facilitating).toBeGreaterThanOrEqual(1);
    const rows = await db.select().from(groups);
    expect(new Set(rows.flatMap((g) => g.audiences)).size).toBeGreaterThanOrEqual(4);
    expect(rows.some((g) => g.joinPolicy === 'request')).toBe(true);
    expect(rows.some((g) => g.meetingTime === 'evening')).toBe(true);
  });

  it('lets a demo member sign in with the printed password and read her group', async () => {
    const app = village.app!;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: TEST_ORIGIN },
      payload: { email: 'sleepless@village.test', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const list = await app.inject({ method: 'GET', url: '/api/groups', headers: { cookie } });
    const group = list.json().groups.find((g: { slug: string }) => g.slug === 'new-babies-early-days');
    expect(group.membership).toMatchObject({ status: 'active', groundRulesAccepted: true });
    const threadList = await app.inject({ method: 'GET', url: `/api/groups/${group.id}/threads`, headers: { cookie } });
    expect(threadList.statusCode).toBe(200);
    expect(threadList.json().threads.length).toBeGreaterThanOrEqual(2);
  });

  it('has facilitator training to show (one renewal due) and sessions from the seeds’ asks', async () => {
    const db = village.ctx.db;
    const people = await listFacilitators(db, new Date());
    const harbour = people.find((p) => p.facilitator.displayName === 'HarbourLights');
    expect(harbour?.status.current).toBe(true);
    expect(harbour?.status.expiringSoon.map((e) => e.module)).toEqual(['safeguarding']);
    expect(harbour?.groups).toHaveLength(3);
    const trainee = people.find((p) => p.facilitator.displayName === 'LunchboxAndLaptop');
    expect(trainee?.status).toMatchObject({ current: false, missing: ['managing_endings'] });

    const sessions = await db.select().from(groupSessions);
    expect(sessions.length).toBe(15);
    expect(sessions.every((s) => s.state === 'scheduled' && s.startsAt.getTime() > Date.now())).toBe(true);
    expect(sessions.some((s) => s.guest?.role === 'midwife')).toBe(true);
    expect(sessions.some((s) => s.resourceIds.length > 0)).toBe(true);
    // Evening and weekday times in London: the series keep their local time.
    const london = (d: Date) =>
      d.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
    expect(new Set(sessions.map((s) => london(s.startsAt)))).toEqual(new Set(['20:00', '10:30', '20:30']));
    expect(await db.$count(sessionRsvps)).toBe(6);
  });

  it('gives the demo moderation queue real items once the sweeper and workers have run', async () => {
    await village.another('worker');
    const later = new Date(Date.now() + 60_000);
    expect(await sweepUnscreenedPosts(village.ctx, later)).toBe(2);
    expect(await sweepUntriagedReports(village.ctx, later)).toBe(2);
    const items = await eventually(async () => {
      const rows = await village.ctx.db
        .select({
          priority: moderationItems.priority,
          reasons: moderationItems.reasons,
          crisisKind: moderationItems.crisisKind,
        })
        .from(moderationItems);
      return rows.length === 3 && rows.every((r) => r.reasons.length > 0) ? rows : null;
    });
    expect(items).toEqual(
      expect.arrayContaining([
        { priority: 'urgent', reasons: ['crisis'], crisisKind: 'intrusive_thoughts' },
        { priority: 'high', reasons: ['pii'], crisisKind: null },
        { priority: 'high', reasons: ['report:unkind'], crisisKind: null },
      ]),
    );
  });
});
