import type { Resolution } from '@village/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { reports } from '../db/schema/index.ts';
import { notify } from '../notifications/service.ts';
import type { AfterCommit } from '../realtime/after-commit.ts';

const REPORT_OUTCOMES: Record<Resolution, string> = {
  hidden: 'A moderator read the post you reported and hid it. Thank you for looking out for others.',
  redacted: 'A moderator read the post you reported and removed the personal details from it. Thank you.',
  approved: 'A moderator read the post you reported and decided it can stay. Thank you for telling us.',
  dismissed: 'A moderator read the post you reported and decided it can stay. Thank you for telling us.',
};

/** Every member who reported the post for this item is told what was decided, once. */
export async function tellReporters(
  tx: Db,
  after: AfterCommit,
  item: { id: string; postId: string },
  resolution: Resolution,
): Promise<void> {
  const told = await tx
    .update(reports)
    .set({ outcome: resolution })
    .where(and(eq(reports.itemId, item.id), isNull(reports.outcome)))
    .returning({ reporterId: reports.reporterId });
  for (const r of told) {
    await notify(tx, after, {
      userId: r.reporterId,
      kind: 'report.outcome',
      message: REPORT_OUTCOMES[resolution],
      postId: item.postId,
      itemId: item.id,
      dedupeKey: `report-outcome:${item.id}:${r.reporterId}`,
    });
  }
}

export interface AuthorNotice {
  authorId: string;
  postId: string;
  threadId: string;
  itemId: string;
  groupName: string;
}

/** What the author reads after each decision: plain, kind, and how to ask again when hidden. */
export function authorMessage(
  action: 'approve' | 'hide' | 'redact' | 'warn',
  groupName: string,
  reason: string | null,
  secondLook: boolean,
): string {
  switch (action) {
    case 'approve':
      return secondLook
        ? `Another moderator looked at your post in ${groupName} again, and it is visible again.`
        : `A moderator has read your post in ${groupName} and it is now visible to the group.`;
    case 'hide':
      return secondLook
        ? `Another moderator looked at your post in ${groupName} again and agreed it should stay hidden. The reason: ${reason}`
        : `A moderator hid your post in ${groupName}. The reason: ${reason} If you think this was a mistake, you can ask for a second look from the post.`;
    case 'redact':
      return `A moderator removed some personal details from your post in ${groupName}, to keep you safe. The rest of it is visible.`;
    case 'warn':
      return `A moderator sent you a warning: ${reason} Please read the community guidelines.`;
  }
}
