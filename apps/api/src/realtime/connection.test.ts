import type { ServerMessage, Topic } from '@village/domain';
import { describe, expect, it } from 'vitest';
import type { Scope } from './access.ts';
import { type ConnectionDeps, LiveSocket, type Wire } from './connection.ts';
import { TopicHub } from './hub.ts';

const GROUP = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const topicOf = (n: number) => `group:${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;

/** A socket that records what the server sends and how it was closed. */
class FakeWire implements Wire {
  readyState: 0 | 1 | 2 | 3 = 1;
  sent: ServerMessage[] = [];
  closedWith: number | null = null;
  terminated = false;
  pings = 0;
  send(data: unknown) {
    this.sent.push(JSON.parse(String(data)));
  }
  close(code?: number) {
    this.closedWith = code ?? 1005;
    this.readyState = 3;
  }
  terminate() {
    this.terminated = true;
    this.readyState = 3;
  }
  ping() {
    this.pings++;
  }
}

function connect(deps: Partial<ConnectionDeps> = {}) {
  const wire = new FakeWire();
  const hub = new TopicHub();
  const live = new LiveSocket(wire, { id: 'u1', role: 'member' }, 'session-1', {
    hub,
    log: { info() {}, error() {} },
    mayFollow: async (_actor, topic: Topic) => (topic.kind === 'group' ? (`group:${topic.id}` as const) : null),
    ...deps,
  });
  const frame = (message: unknown) => live.receive(Buffer.from(JSON.stringify(message)), false);
  /** resolves once every queued message has been handled */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { wire, hub, live, frame, settle };
}

const postEvent = (topic: string) =>
  ({ type: 'reaction.updated', topic, postId: 'p', reactions: {} }) as unknown as Parameters<TopicHub['deliver']>[0];

describe('live socket', () => {
  it('answers in the order frames came, even when a subscribe waits on the database', async () => {
    let release: (scope: Scope | null) => void = () => {};
    const { wire, hub, frame, settle } = connect({
      mayFollow: () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    });
    frame({ type: 'subscribe', topic: `group:${GROUP}` });
    frame({ type: 'unsubscribe', topic: `group:${GROUP}` });
    frame({ type: 'ping' });
    await settle();
    expect(wire.sent).toEqual([]);
    release(`group:${GROUP}`);
    await settle();
    expect(wire.sent.map((m) => m.type)).toEqual(['subscribed', 'unsubscribed', 'pong']);
    // the later unsubscribe wins: nothing is delivered
    expect(hub.deliver(postEvent(`group:${GROUP}`))).toBe(0);
  });

  it('normalises topic ids and refuses what it may not follow with the same answer as a missing one', async () => {
    const { wire, frame, settle } = connect();
    frame({ type: 'subscribe', topic: `group:${GROUP.toUpperCase()}` });
    frame({ type: 'subscribe', topic: `thread:${OTHER}` });
    frame({ type: 'subscribe', topic: 'moderation' });
    await settle();
    expect(wire.sent).toEqual([
      { type: 'subscribed', topic: `group:${GROUP}` },
      expect.objectContaining({ type: 'error', code: 'not_found', topic: `thread:${OTHER}` }),
      expect.objectContaining({ type: 'error', code: 'not_found', topic: 'moderation' }),
    ]);
  });

  it('re-checks a topic it already follows, and stops delivering when the answer changed', async () => {
    let allowed = true;
    const { wire, hub, frame, settle } = connect({
      mayFollow: async () => (allowed ? (`group:${GROUP}` as const) : null),
    });
    frame({ type: 'subscribe', topic: `group:${GROUP}` });
    await settle();
    expect(hub.deliver(postEvent(`group:${GROUP}`))).toBe(1);
    allowed = false;
    frame({ type: 'subscribe', topic: `group:${GROUP}` });
    await settle();
    expect(wire.sent.at(-1)).toMatchObject({ type: 'error', code: 'not_found' });
    expect(hub.deliver(postEvent(`group:${GROUP}`))).toBe(0);
  });

  it('limits how many topics one socket follows', async () => {
    const { wire, live, frame, settle } = connect({ limits: { maxTopics: 3, burst: 100 } });
    for (let n = 0; n < 4; n++) frame({ type: 'subscribe', topic: topicOf(n) });
    await settle();
    expect(wire.sent.map((m) => (m.type === 'error' ? m.code : m.type))).toEqual([
      'subscribed',
      'subscribed',
      'subscribed',
      'too_many_topics',
    ]);
    expect(live.topics.size).toBe(3);
    // following one it already has is still allowed, and freeing a slot makes room
    frame({ type: 'subscribe', topic: topicOf(0) });
    frame({ type: 'unsubscribe', topic: topicOf(1) });
    frame({ type: 'subscribe', topic: topicOf(3) });
    await settle();
    expect(wire.sent.slice(-3).map((m) => m.type)).toEqual(['subscribed', 'unsubscribed', 'subscribed']);
  });

  it('throttles a flood, ignores what follows, and closes a socket that keeps going', async () => {
    const { wire, frame, settle } = connect({ limits: { burst: 3 } });
    for (let i = 0; i < 6; i++) frame({ type: 'ping' });
    await settle();
    expect(wire.sent.map((m) => m.type)).toEqual(['pong', 'pong', 'pong', 'error']);
    expect(wire.sent.at(-1)).toMatchObject({ code: 'throttled' });
    expect(wire.closedWith).toBeNull();
    frame({ type: 'ping' });
    await settle();
    expect(wire.closedWith).toBe(1008);
    expect(wire.sent).toHaveLength(4);
  });

  it('answers bad frames with errors', async () => {
    const { wire, live, settle } = connect();
    live.receive(Buffer.from('{nope'), false);
    live.receive(Buffer.from('{"type":"launch"}'), false);
    live.receive(Buffer.from([1, 2, 3]), true);
    live.receive(Buffer.alloc(5000, 'x'), false);
    await settle();
    expect(wire.sent.map((m) => m.type === 'error' && m.code)).toEqual([
      'bad_message',
      'unknown_type',
      'bad_message',
      'frame_too_large',
    ]);
  });

  it('terminates a socket that missed the previous ping', () => {
    const { wire, live } = connect();
    live.heartbeat();
    expect(wire.pings).toBe(1);
    live.alive = true; // pong
    live.heartbeat();
    expect(wire.terminated).toBe(false);
    live.heartbeat();
    expect(wire.terminated).toBe(true);
  });

  it('applies a re-check: revoked topics stop, unless subscribed again since the snapshot', async () => {
    const { wire, hub, live, frame, settle } = connect();
    frame({ type: 'subscribe', topic: `group:${GROUP}` });
    frame({ type: 'subscribe', topic: `group:${OTHER}` });
    await settle();
    const check = live.snapshot();
    expect([...check.held.topics]).toEqual([
      [`group:${GROUP}`, `group:${GROUP}`],
      [`group:${OTHER}`, `group:${OTHER}`],
    ]);
    frame({ type: 'subscribe', topic: `group:${OTHER}` }); // checked afresh after the snapshot
    await settle();
    check.apply({ actor: { id: 'u1', role: 'moderator' }, revoked: [`group:${GROUP}`, `group:${OTHER}`] });
    expect(wire.sent.at(-1)).toMatchObject({ type: 'error', code: 'not_found', topic: `group:${GROUP}` });
    expect(hub.deliver(postEvent(`group:${GROUP}`))).toBe(0);
    expect(hub.deliver(postEvent(`group:${OTHER}`))).toBe(1);
    expect(live.actor.role).toBe('moderator');
  });

  it('closes with 4401 when the re-check finds the session ended', () => {
    const { wire, live } = connect();
    live.snapshot().apply(null);
    expect(wire.closedWith).toBe(4401);
  });
});
