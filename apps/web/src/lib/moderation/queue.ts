import {
  type ItemStatus,
  type ModerationItemSummary,
  type Priority,
  priorities,
  priorityRank,
  type ReportReason,
  reportReasonLabels,
  reportReasons,
} from '@village/domain';

export const statusFilters = ['active', 'open', 'escalated', 'resolved'] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const statusFilterLabels: Record<StatusFilter, string> = {
  active: 'Needs a moderator (open or escalated)',
  open: 'Open',
  escalated: 'Escalated to admins',
  resolved: 'Resolved',
};

/** What the screen or a report put an item in the queue for, in words a moderator reads at a glance. */
const reasonWords: Record<string, string> = {
  crisis: 'Crisis language',
  abuse: 'Abuse or profanity',
  pii: 'Personal details',
  link: 'Link from a new member',
  spam: 'Repeated posting',
  watched: 'Watched word',
  pre_moderation: 'Pre-moderated group',
  second_look: 'Second look asked for',
};
export const reasonFilters: readonly string[] = [
  'crisis',
  'abuse',
  'pii',
  'link',
  'spam',
  'watched',
  'pre_moderation',
  'second_look',
  ...reportReasons.map((r) => `report:${r}`),
];

export function reasonLabel(reason: string): string {
  if (reason.startsWith('report:')) {
    const r = reason.slice('report:'.length) as ReportReason;
    return `Reported: ${reportReasonLabels[r] ?? r.replaceAll('_', ' ')}`;
  }
  return reasonWords[reason] ?? reason.replaceAll('_', ' ');
}

export const crisisKindLabels: Record<string, string> = {
  suicide_self_harm: 'Suicide or self-harm',
  intrusive_thoughts: 'Intrusive thoughts about the baby',
  danger_to_baby: 'Danger to the baby',
  danger_from_other: 'Danger from another person',
  psychosis: 'Possible psychosis',
};

export interface QueueFilter {
  status: StatusFilter;
  priority: Priority | null;
  groupId: string | null;
  reason: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the queue's filters from a URL, dropping anything that is not a known value. */
export function parseQueueFilter(params: URLSearchParams): QueueFilter {
  const status = params.get('status') ?? '';
  const priority = params.get('priority') ?? '';
  const groupId = params.get('groupId') ?? '';
  const reason = params.get('reason') ?? '';
  return {
    status: (statusFilters as readonly string[]).includes(status) ? (status as StatusFilter) : 'active',
    priority: (priorities as readonly string[]).includes(priority) ? (priority as Priority) : null,
    groupId: UUID.test(groupId) ? groupId : null,
    reason: /^[a-z_:]{1,40}$/.test(reason) ? reason : null,
  };
}

/** The API query for a filter (empty values left out; "active" is the API's default). */
export function queueQuery(filter: QueueFilter): string {
  const params = new URLSearchParams();
  if (filter.status !== 'active') params.set('status', filter.status);
  if (filter.priority) params.set('priority', filter.priority);
  if (filter.groupId) params.set('groupId', filter.groupId);
  if (filter.reason) params.set('reason', filter.reason);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const activeStatuses: readonly ItemStatus[] = ['open', 'escalated'];

export function matchesFilter(item: ModerationItemSummary, filter: QueueFilter): boolean {
  if (filter.status === 'active' ? !activeStatuses.includes(item.status) : item.status !== filter.status) return false;
  if (filter.priority && item.priority !== filter.priority) return false;
  if (filter.groupId && item.groupId !== filter.groupId) return false;
  if (filter.reason && !item.reasons.includes(filter.reason)) return false;
  return true;
}

/** The queue's order: most urgent first, then oldest, so nothing urgent waits behind something old. */
export function compareItems(a: ModerationItemSummary, b: ModerationItemSummary): number {
  return (
    priorityRank(a.priority) - priorityRank(b.priority) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Puts a changed item into the list (or takes it out when it no longer fits the filter, e.g.
 * resolved while the list shows active items). A copy older than the one shown is ignored, so a
 * late event cannot undo a newer claim.
 */
export function upsertItem(
  items: readonly ModerationItemSummary[],
  item: ModerationItemSummary,
  filter: QueueFilter,
): ModerationItemSummary[] {
  const known = items.find((i) => i.id === item.id);
  if (known && Date.parse(known.updatedAt) > Date.parse(item.updatedAt)) return [...items];
  const rest = items.filter((i) => i.id !== item.id);
  if (matchesFilter(item, filter)) rest.push(item);
  return rest.sort(compareItems);
}
