/** Real-time topics are named after the entity they follow. */
export type Topic = { kind: 'group'; id: string } | { kind: 'thread'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTopic(topic: string): Topic | null {
  const [kind, id, ...rest] = topic.split(':');
  if (rest.length > 0 || !id || !UUID.test(id)) return null;
  if (kind === 'group' || kind === 'thread') return { kind, id: id.toLowerCase() };
  return null;
}

export const topicName = (t: Topic): string => `${t.kind}:${t.id}`;
