import { formatLocalDate, type ScheduleSessionBody, validateScheduleRequest } from '@village/domain';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { resources, sessionRsvps, trainingRecords } from '../db/schema/index.ts';
import { insertSessions } from '../sessions/schedule.ts';
import type { DemoKey } from './accounts.ts';

/**
 * Demo facilitation: HarbourLights' training (safeguarding runs out in 20 days, so she and the
 * admin see the renewal notice), a volunteer part-way through hers, and the sessions of the
 * seeds' asks (an evening series through the winter, a joint drop-in with a midwife, a
 * fortnightly evening group), written with the same code as the schedule route. The timers
 * are the sweeper's to queue, as after any restart.
 */
const DAY = 86_400_000;

interface DemoTraining {
  who: DemoKey;
  module: string;
  completedDaysAgo: number;
  /** null: does not expire */
  expiresInDays: number | null;
}

const demoTraining: DemoTraining[] = [
  { who: 'facilitator', module: 'safeguarding', completedDaysAgo: 345, expiresInDays: 20 },
  { who: 'facilitator', module: 'keeping_focus', completedDaysAgo: 200, expiresInDays: 530 },
  { who: 'facilitator', module: 'managing_endings', completedDaysAgo: 200, expiresInDays: 530 },
  { who: 'lunchbox', module: 'safeguarding', completedDaysAgo: 30, expiresInDays: 335 },
  { who: 'lunchbox', module: 'keeping_focus', completedDaysAgo: 12, expiresInDays: 353 },
];

interface DemoSession {
  group: string;
  /** days from today (local) and the local time it starts */
  inDays: number;
  at: string;
  body: Omit<ScheduleSessionBody, 'start' | 'resourceIds' | 'facilitatorId'>;
  /** shared at the end, by name from the directory */
  resources: string[];
  going: DemoKey[];
}

const demoSessions: DemoSession[] = [
  {
    group: 'new-babies-early-days',
    inDays: 1,
    at: '20:00',
    body: {
      title: 'Evening drop-in: the long nights',
      theme: 'Sleep and nights',
      focusPrompt: 'What is one thing that has made the nights a little easier this week, however small?',
      lengthMinutes: 60,
      capacity: 12,
      repeat: 'weekly',
      count: 8,
    },
    resources: ['PANDAS Foundation helpline', 'Samaritans'],
    going: ['sleepless', 'tea', 'socks'],
  },
  {
    group: 'expecting',
    inDays: 3,
    at: '10:30',
    body: {
      title: 'Ask a midwife: worries about the birth',
      theme: 'Birth worries',
      focusPrompt: 'What would you like to feel more sure about before the birth?',
      lengthMinutes: 45,
      capacity: 8,
      repeat: 'none',
      guest: { name: 'Priya', role: 'midwife', organisation: 'Community midwifery team' },
    },
    resources: ["Tommy's midwife line", 'PANDAS Foundation helpline'],
    going: ['bump', 'rainy'],
  },
  {
    group: 'working-mums-evening',
    inDays: 2,
    at: '20:30',
    body: {
      title: 'Back to work, fortnightly',
      theme: 'Going back to work',
      focusPrompt: 'What has surprised you about going back, good or hard?',
      lengthMinutes: 60,
      capacity: 10,
      repeat: 'fortnightly',
      count: 6,
    },
    resources: ['Mind Infoline'],
    going: ['lunchbox'],
  },
];

export interface DemoGroupRow {
  id: string;
  groundRules: string;
  timeZone: string;
}

export async function seedFacilitation(
  tx: Db,
  userId: (key: DemoKey) => string,
  groupBySlug: Map<string, DemoGroupRow>,
  now: Date,
): Promise<number> {
  const admin = userId('admin');
  await tx.insert(trainingRecords).values(
    demoTraining.map((t) => ({
      userId: userId(t.who),
      moduleKey: t.module,
      completedAt: new Date(now.getTime() - t.completedDaysAgo * DAY),
      expiresAt: t.expiresInDays === null ? null : new Date(now.getTime() + t.expiresInDays * DAY),
      recordedBy: admin,
      createdAt: new Date(now.getTime() - t.completedDaysAgo * DAY),
    })),
  );

  const names = demoSessions.flatMap((s) => s.resources);
  const found = await tx
    .select({ id: resources.id, name: resources.name })
    .from(resources)
    .where(inArray(resources.name, names));
  const resourceId = new Map(found.map((r) => [r.name, r.id]));

  let count = 0;
  for (const session of demoSessions) {
    const group = groupBySlug.get(session.group);
    if (!group) throw new Error(`demo session names an unknown group "${session.group}"`);
    const day = formatLocalDate(new Date(now.getTime() + session.inDays * DAY), group.timeZone);
    const body: ScheduleSessionBody = {
      ...session.body,
      start: `${day}T${session.at}`,
      // A resource an admin has since removed from the directory is simply left out.
      resourceIds: session.resources.flatMap((name) => resourceId.get(name) ?? []),
    };
    const checked = validateScheduleRequest(body, { timeZone: group.timeZone, now });
    if (!checked.ok) throw new Error(`demo session "${session.body.title}" is not valid: ${checked.message}`);
    const { rows } = await insertSessions(tx, {
      groupId: group.id,
      groundRules: group.groundRules,
      facilitatorId: userId('facilitator'),
      createdBy: userId('facilitator'),
      input: checked.value,
    });
    const first = rows[0];
    if (first && session.going.length > 0) {
      await tx
        .insert(sessionRsvps)
        .values(session.going.map((key) => ({ sessionId: first.id, userId: userId(key), status: 'going' as const })));
    }
    count += rows.length;
  }
  return count;
}
