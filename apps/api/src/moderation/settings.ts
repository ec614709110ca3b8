import type { DueMinutes } from '@village/domain';
import type { WatchedWord } from '@village/domain/screening';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { helplines, moderationSettings, watchedWords } from '../db/schema/index.ts';

export interface ModerationSettings {
  crisisAction: 'hold' | 'flag';
  dueMinutes: DueMinutes;
  claimMinutes: number;
  newMemberDays: number;
}

/** Read on every use (one small row), so an admin's change applies to the very next post. */
export async function loadModerationSettings(db: Db): Promise<ModerationSettings> {
  const [row] = await db.select().from(moderationSettings).where(eq(moderationSettings.id, 1));
  if (!row) throw new Error('moderation_settings row missing: run the migrations');
  return {
    crisisAction: row.crisisAction,
    dueMinutes: {
      urgent: row.dueMinutesUrgent,
      high: row.dueMinutesHigh,
      normal: row.dueMinutesNormal,
      low: row.dueMinutesLow,
    },
    claimMinutes: row.claimMinutes,
    newMemberDays: row.newMemberDays,
  };
}

export async function loadWatchedWords(db: Db): Promise<WatchedWord[]> {
  return db.select({ phrase: watchedWords.phrase, action: watchedWords.action }).from(watchedWords);
}

export async function loadHelplines(db: Db) {
  return db
    .select({
      id: helplines.id,
      name: helplines.name,
      description: helplines.description,
      phone: helplines.phone,
      textNumber: helplines.textNumber,
      textMessage: helplines.textMessage,
      url: helplines.url,
      hours: helplines.hours,
    })
    .from(helplines)
    .orderBy(asc(helplines.position), asc(helplines.createdAt));
}
