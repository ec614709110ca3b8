import { screenPost } from '@village/domain/screening';
import { eq, sql } from 'drizzle-orm';
import { createUser } from '../auth/service.ts';
import type { Db } from '../db/client.ts';
import {
  groupMemberships,
  groups,
  posts,
  postVersions,
  reactions,
  reports,
  screenings,
  threads,
  users,
} from '../db/schema/index.ts';
import { DEMO_PASSWORD, type DemoKey, demoAccounts, SEED_MARKER_EMAIL } from './accounts.ts';
import { type DemoGroup, type DemoThread, demoGroups } from './content.ts';
import { type DemoGroupRow, seedFacilitation } from './facilitation.ts';

export { DEMO_PASSWORD, demoAccounts } from './accounts.ts';

export interface SeedResult {
  /** false when the demo data was already there and nothing was written */
  created: boolean;
  users: number;
  groups: number;
  threads: number;
  posts: number;
  sessions: number;
}

/** Any constant will do: it only has to be the same for every seeding process. */
const SEED_LOCK = 7_041_977;

/**
 * Writes the demo data: accounts for every role, four groups for different audiences,
 * threads of published posts with reactions, facilitator training and scheduled sessions. All in one transaction, under an advisory lock,
 * and skipped when the demo admin already exists, so it can run on every `pnpm dev`.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [marker] = await tx.select({ id: users.id }).from(users).where(eq(users.email, SEED_MARKER_EMAIL));
    if (marker) return { created: false, users: 0, groups: 0, threads: 0, posts: 0, sessions: 0 };

    const ids = new Map<DemoKey, string>();
    for (const account of demoAccounts) {
      const user = await createUser(tx, {
        email: account.email,
        password: DEMO_PASSWORD,
        displayName: account.displayName,
        role: account.role,
      });
      ids.set(account.key, user.id);
    }
    const userId = (key: DemoKey) => {
      const id = ids.get(key);
      if (!id) throw new Error(`seed content names an unknown account "${key}"`);
      return id;
    };

    // Threads are written in order of their last post, so the activity sequence (which orders
    // each group's thread list) agrees with the timestamps.
    const allThreads: { group: DemoGroup; groupId: string; thread: DemoThread }[] = [];
    const groupBySlug = new Map<string, DemoGroupRow>();
    for (const group of demoGroups) {
      const row = await insertGroup(tx, group, userId, now);
      groupBySlug.set(group.slug, row);
      for (const thread of group.threads) allThreads.push({ group, groupId: row.id, thread });
    }
    allThreads.sort((a, b) => lastPostAt(a.thread, now).getTime() - lastPostAt(b.thread, now).getTime());

    let postCount = 0;
    for (const { groupId, thread } of allThreads) {
      postCount += await insertThread(tx, groupId, thread, userId, now);
    }
    const sessions = await seedFacilitation(tx, userId, groupBySlug, now);
    return {
      created: true,
      users: demoAccounts.length,
      groups: demoGroups.length,
      threads: allThreads.length,
      posts: postCount,
      sessions,
    };
  });
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const postTime = (thread: DemoThread, after: number, now: Date) =>
  new Date(now.getTime() - thread.startedHoursAgo * HOUR + after * MINUTE);
const lastPostAt = (thread: DemoThread, now: Date) =>
  postTime(thread, Math.max(...thread.posts.map((p) => p.after)), now);

async function insertGroup(
  tx: Db,
  group: DemoGroup,
  userId: (key: DemoKey) => string,
  now: Date,
): Promise<DemoGroupRow> {
  const [row] = await tx
    .insert(groups)
    .values({
      slug: group.slug,
      name: group.name,
      description: group.description,
      audiences: group.audiences,
      meetingTime: group.meetingTime,
      joinPolicy: group.joinPolicy,
      groundRules: group.groundRules,
      createdAt: new Date(now.getTime() - 30 * 24 * HOUR),
    })
    .returning({ id: groups.id, groundRules: groups.groundRules, timeZone: groups.timeZone });
  if (!row) throw new Error(`group ${group.slug} was not inserted`);
  const joinedAt = new Date(now.getTime() - 14 * 24 * HOUR);
  const active = (key: DemoKey, role: 'member' | 'facilitator') => ({
    groupId: row.id,
    userId: userId(key),
    status: 'active' as const,
    role,
    groundRulesAcceptedAt: joinedAt,
    requestedAt: joinedAt,
    joinedAt,
  });
  await tx.insert(groupMemberships).values([
    ...group.facilitators.map((key) => active(key, 'facilitator')),
    ...group.members.map((key) => active(key, 'member')),
    ...group.requested.map((key) => ({
      groupId: row.id,
      userId: userId(key),
      status: 'requested' as const,
      requestedAt: new Date(now.getTime() - 2 * HOUR),
    })),
  ]);
  return row;
}

async function insertThread(
  tx: Db,
  groupId: string,
  thread: DemoThread,
  userId: (key: DemoKey) => string,
  now: Date,
): Promise<number> {
  const [opening] = thread.posts;
  const [row] = await tx
    .insert(threads)
    .values({ groupId, authorId: userId(opening.author), title: thread.title, createdAt: postTime(thread, 0, now) })
    .returning({ id: threads.id });
  if (!row) throw new Error(`thread "${thread.title}" was not inserted`);

  for (const [index, post] of thread.posts.entries()) {
    // Demo posts go through the same screen as members' posts; one that would be held is a
    // mistake in the demo text, not something to publish.
    const pending = post.awaitingScreen === true;
    if (!pending && (await screenPost(post.body)).verdict !== 'allow') {
      throw new Error(`demo post in "${thread.title}" fails the screen`);
    }
    const at = postTime(thread, post.after, now);
    const [inserted] = await tx
      .insert(posts)
      .values({
        threadId: row.id,
        groupId,
        authorId: userId(post.author),
        isOpening: index === 0,
        body: post.body,
        status: pending ? 'pending' : 'published',
        version: 1,
        publishedVersion: pending ? null : 1,
        screenedVersion: pending ? null : 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: posts.id });
    if (!inserted) throw new Error(`a post in "${thread.title}" was not inserted`);
    await tx.insert(postVersions).values({ postId: inserted.id, version: 1, body: post.body, createdAt: at });
    if (!pending)
      await tx.insert(screenings).values({ postId: inserted.id, version: 1, verdict: 'allow', screenedAt: at });
    for (const report of post.reportedBy ?? []) {
      await tx.insert(reports).values({
        postId: inserted.id,
        reporterId: userId(report.by),
        reason: report.reason,
        note: report.note ?? null,
        createdAt: new Date(at.getTime() + 5 * MINUTE),
      });
    }
    const given = Object.entries(post.reactions ?? {}).flatMap(([kind, keys]) =>
      (keys ?? []).map((key) => ({
        postId: inserted.id,
        userId: userId(key),
        kind: kind as keyof NonNullable<typeof post.reactions>,
        createdAt: new Date(at.getTime() + 10 * MINUTE),
      })),
    );
    if (given.length > 0) await tx.insert(reactions).values(given);
  }
  await tx
    .update(threads)
    .set({ activitySeq: sql`nextval('activity_seq')`, lastActivityAt: lastPostAt(thread, now) })
    .where(eq(threads.id, row.id));
  return thread.posts.length;
}
