import type { ErrorCode } from '../errors.ts';
import type { ModerationItemSummary, NotificationView, QueueCounts } from '../schemas/moderation.ts';
import type { PostView, ReactionCounts } from '../schemas/posts.ts';
import type { SessionView } from '../schemas/sessions.ts';
import type { CrisisKind } from '../screening/types.ts';

/** Largest frame a client may send; anything bigger gets an error and is dropped. */
export const MAX_CLIENT_FRAME_BYTES = 4096;
/** Messages a socket may send per window before it is throttled. */
export const CLIENT_MESSAGE_BURST = 30;
export const CLIENT_MESSAGE_WINDOW_MS = 10_000;
export const HEARTBEAT_INTERVAL_MS = 25_000;
/** Topics one socket may follow at once, so a single socket cannot follow everything. */
export const MAX_TOPICS_PER_SOCKET = 50;

/**
 * Close codes a client may see besides a network drop or a missed heartbeat (1006) and a
 * server stopping (1005, no status): after those, reconnect.
 */
export const CLOSE_CODES = {
  /** the socket kept sending after it was throttled */
  flooding: 1008,
  /** a frame so large the transport refused it, before any `frame_too_large` answer was possible */
  frameTooLarge: 1009,
  /** the session behind the socket ended (signed out, expired, account removed): sign in again */
  sessionEnded: 4401,
} as const;

export type ClientMessage =
  | { type: 'subscribe'; topic: string }
  | { type: 'unsubscribe'; topic: string }
  | { type: 'ping' };

/** Events fanned out to a topic; each carries the same shapes the HTTP API returns. */
export type TopicEvent =
  | { type: 'post.created'; topic: string; post: PostView }
  | { type: 'post.updated'; topic: string; post: PostView }
  | { type: 'post.hidden'; topic: string; post: PostView }
  | { type: 'reaction.updated'; topic: string; postId: string; reactions: ReactionCounts }
  /** on `moderation`: an item was created or changed; the counts are the queue's as of now */
  | { type: 'moderation.item'; topic: string; item: ModerationItemSummary; counts: QueueCounts }
  /** on `moderation`: something a moderator should look at now (a crisis, an overdue urgent item) */
  | { type: 'moderation.alert'; topic: string; alert: ModerationAlert }
  /** on `user:ID`: a notice for that member */
  | { type: 'notification'; topic: string; notification: NotificationView }
  /** on `group:ID` and the session's `thread:ID`: a session was scheduled, moved on, changed or cancelled */
  | { type: 'session.state'; topic: string; session: SessionView };

export interface ModerationAlert {
  itemId: string;
  priority: ModerationItemSummary['priority'];
  crisisKind: CrisisKind | null;
  groupName: string;
  message: string;
}

export type ServerMessage =
  | TopicEvent
  | { type: 'subscribed'; topic: string }
  | { type: 'unsubscribed'; topic: string }
  | { type: 'pong' }
  | {
      type: 'error';
      code: ErrorCode | 'bad_message' | 'unknown_type' | 'frame_too_large' | 'throttled' | 'too_many_topics';
      message: string;
      topic?: string;
    };

export const topicEventTypes = [
  'post.created',
  'post.updated',
  'post.hidden',
  'reaction.updated',
  'moderation.item',
  'moderation.alert',
  'notification',
  'session.state',
] as const;

/** Parses untrusted client text; returns null for anything that is not a known message. */
export function parseClientMessage(raw: string): ClientMessage | { invalid: 'bad_message' | 'unknown_type' } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { invalid: 'bad_message' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { invalid: 'bad_message' };
  const msg = value as Record<string, unknown>;
  switch (msg.type) {
    case 'subscribe':
    case 'unsubscribe':
      if (typeof msg.topic !== 'string' || msg.topic.length > 100) return { invalid: 'bad_message' };
      return { type: msg.type, topic: msg.topic };
    case 'ping':
      return { type: 'ping' };
    default:
      return { invalid: typeof msg.type === 'string' ? 'unknown_type' : 'bad_message' };
  }
}
