/** Real-time topics are named after the entity they follow. */
export type Topic =
  | { kind: 'group'; id: string }
  | { kind: 'thread'; id: string }
  /** the moderation queue: moderators and admins only */
  | { kind: 'moderation' }
  /** one member's own notices (a client may also say `me`) */
  | { kind: 'user'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTopic(topic: string): Topic | null {
  if (topic === 'moderation') return { kind: 'moderation' };
  const [kind, id, ...rest] = topic.split(':');
  if (rest.length > 0 || !id || !UUID.test(id)) return null;
  if (kind === 'group' || kind === 'thread' || kind === 'user') return { kind, id: id.toLowerCase() };
  return null;
}

export const topicName = (t: Topic): string => (t.kind === 'moderation' ? 'moderation' : `${t.kind}:${t.id}`);
