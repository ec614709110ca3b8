import {
  type Actor,
  type GroupDetail,
  type GroupFacts,
  type GroupSummary,
  groupAbilities,
  type SchedulerFacts,
} from '@village/domain';
import type { groupMemberships, groups } from '../db/schema/index.ts';

type GroupRow = typeof groups.$inferSelect;
type MembershipRow = typeof groupMemberships.$inferSelect;

export function membershipView(m: MembershipRow | null) {
  return m ? { status: m.status, role: m.role, groundRulesAccepted: m.groundRulesAcceptedAt !== null } : null;
}

export function groupSummary(row: GroupRow, memberCount: number, membership: MembershipRow | null): GroupSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    audiences: row.audiences as GroupSummary['audiences'],
    meetingTime: row.meetingTime,
    joinPolicy: row.joinPolicy,
    memberCount,
    membership: membershipView(membership),
  };
}

export function groupDetail(
  actor: Actor,
  row: GroupRow,
  memberCount: number,
  membership: MembershipRow | null,
  scheduler: SchedulerFacts,
): GroupDetail {
  const facts: GroupFacts = { joinPolicy: row.joinPolicy, membership: membershipView(membership) };
  return {
    ...groupSummary(row, memberCount, membership),
    groundRules: row.groundRules,
    moderationMode: row.moderationMode,
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
    abilities: groupAbilities(actor, facts, scheduler),
  };
}
