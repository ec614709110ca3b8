import {
  type Actor,
  CLIENT_MESSAGE_BURST,
  CLIENT_MESSAGE_WINDOW_MS,
  CLOSE_CODES,
  type ClientMessage,
  MAX_CLIENT_FRAME_BYTES,
  MAX_TOPICS_PER_SOCKET,
  parseClientMessage,
  parseTopic,
  type ServerMessage,
  type Topic,
  topicName,
} from '@village/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { HeldAccess, Recheck, Scope } from './access.ts';
import type { TopicHub } from './hub.ts';
import { MessageThrottle } from './throttle.ts';

type SignedIn = NonNullable<Actor>;
/** The part of a ws socket a connection uses (a fake in unit tests). */
export type Wire = Pick<WebSocket, 'readyState' | 'send' | 'close' | 'terminate' | 'ping'>;
const OPEN = 1;

export interface Limits {
  burst: number;
  windowMs: number;
  maxTopics: number;
}
const DEFAULT_LIMITS: Limits = {
  burst: CLIENT_MESSAGE_BURST,
  windowMs: CLIENT_MESSAGE_WINDOW_MS,
  maxTopics: MAX_TOPICS_PER_SOCKET,
};

export interface ConnectionDeps {
  hub: TopicHub;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
  /** what the topic depends on when the actor may follow it, else null (see access.ts) */
  mayFollow(actor: SignedIn, topic: Topic): Promise<Scope | null>;
  limits?: Partial<Limits>;
}

const NOT_FOUND = 'There is no such topic you can follow.';
const THROTTLED: ServerMessage = {
  type: 'error',
  code: 'throttled',
  message: 'Too many messages; wait a few seconds. Messages sent meanwhile are ignored.',
};
const FRAME_TOO_LARGE: ServerMessage = {
  type: 'error',
  code: 'frame_too_large',
  message: `Messages are limited to ${MAX_CLIENT_FRAME_BYTES} bytes.`,
};
const UNKNOWN_TYPE: ServerMessage = {
  type: 'error',
  code: 'unknown_type',
  message: 'Unknown message type: use subscribe, unsubscribe or ping.',
};
const BAD_MESSAGE: ServerMessage = {
  type: 'error',
  code: 'bad_message',
  message: 'Messages must be JSON objects with a type.',
};

/**
 * One signed-in socket: its throttle, the topics it follows (each with its group, for the
 * periodic re-check) and its heartbeat state. Messages are handled one at a time, in order, so
 * a subscribe waiting on the database cannot be overtaken by a later unsubscribe, and one
 * socket never has more than one access query running.
 */
export class LiveSocket {
  readonly socket: Wire;
  readonly sessionId: string;
  actor: SignedIn;
  /** topic → what it depends on; the entry object is replaced whenever access is checked again */
  readonly topics = new Map<string, { scope: Scope }>();
  alive = true;
  readonly #deps: ConnectionDeps;
  readonly #limits: Limits;
  readonly #throttle: MessageThrottle;
  #queue: Promise<void> = Promise.resolve();
  #flooded = false;

  constructor(socket: Wire, actor: SignedIn, sessionId: string, deps: ConnectionDeps) {
    this.socket = socket;
    this.actor = actor;
    this.sessionId = sessionId;
    this.#deps = deps;
    this.#limits = { ...DEFAULT_LIMITS, ...deps.limits };
    this.#throttle = new MessageThrottle(this.#limits.burst, this.#limits.windowMs);
  }

  get open(): boolean {
    return this.socket.readyState === OPEN;
  }

  send(message: ServerMessage): void {
    if (this.open) this.socket.send(JSON.stringify(message));
  }

  /**
   * Called synchronously for every frame. The throttle counts frames as they arrive; answers
   * (errors included) go through the queue so they leave in the order the frames came.
   */
  receive(data: Buffer, isBinary: boolean): void {
    if (this.#flooded) return;
    const verdict = this.#throttle.take();
    if (verdict === 'drop') return;
    if (verdict === 'close') {
      // Closed after the answers already queued, so the client sees them and then why.
      this.#flooded = true;
      this.#deps.log.info({ userId: this.actor.id }, 'websocket closed for flooding');
      this.#enqueue(async () => this.socket.close(CLOSE_CODES.flooding, 'flooding'));
      return;
    }
    const work = verdict === 'throttled' ? { reply: THROTTLED } : read(data, isBinary);
    this.#enqueue(async () => ('reply' in work ? this.send(work.reply) : this.#handle(work.message)));
  }

  #enqueue(task: () => Promise<void>): void {
    this.#queue = this.#queue
      .then(task)
      .catch((error: Error) => this.#deps.log.error({ err: { message: error.message } }, 'websocket message failed'));
  }

  async #handle(message: ClientMessage): Promise<void> {
    if (!this.open) return;
    switch (message.type) {
      case 'ping':
        return this.send({ type: 'pong' });
      case 'unsubscribe': {
        const topic = this.#normalise(message.topic);
        this.#drop(topic);
        return this.send({ type: 'unsubscribed', topic });
      }
      case 'subscribe':
        try {
          await this.#subscribe(this.#normalise(message.topic));
        } catch (error) {
          this.#deps.log.error({ err: { message: (error as Error).message } }, 'websocket subscribe failed');
          this.send({
            type: 'error',
            code: 'internal',
            message: 'Could not follow this topic just now; please try again.',
            topic: message.topic,
          });
        }
    }
  }

  /** Every subscribe is checked afresh, even for a topic already followed. */
  async #subscribe(topic: string): Promise<void> {
    const { maxTopics } = this.#limits;
    if (!this.topics.has(topic) && this.topics.size >= maxTopics) {
      return this.send({
        type: 'error',
        code: 'too_many_topics',
        message: `One connection can follow at most ${maxTopics} topics; unsubscribe from some first.`,
        topic,
      });
    }
    const parsed = parseTopic(topic);
    const scope = parsed ? await this.#deps.mayFollow(this.actor, parsed) : null;
    if (!this.open) return;
    if (!scope) {
      this.#drop(topic);
      return this.send({ type: 'error', code: 'not_found', message: NOT_FOUND, topic });
    }
    this.topics.set(topic, { scope });
    this.#deps.hub.subscribe(topic, this.socket);
    this.send({ type: 'subscribed', topic });
  }

  #drop(topic: string): void {
    this.topics.delete(topic);
    this.#deps.hub.unsubscribe(topic, this.socket);
  }

  /** Canonical topic names; `me` is her own `user:<id>` topic. */
  #normalise(topic: string): string {
    if (topic === 'me') return `user:${this.actor.id}`;
    const parsed = parseTopic(topic);
    return parsed ? topicName(parsed) : topic;
  }

  /** Server ping; a socket that did not answer the previous one is gone. */
  heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /** A snapshot for the periodic re-check, and the function that applies its answer. */
  snapshot(): { held: HeldAccess; apply(result: Recheck): void } {
    const entries = new Map(this.topics);
    const held: HeldAccess = {
      sessionId: this.sessionId,
      userId: this.actor.id,
      topics: new Map([...entries].map(([topic, entry]) => [topic, entry.scope])),
    };
    return {
      held,
      apply: (result) => {
        if (!this.open) return;
        if (!result) {
          this.socket.close(CLOSE_CODES.sessionEnded, 'session ended');
          return;
        }
        this.actor = result.actor;
        for (const topic of result.revoked) {
          // A subscribe checked after the snapshot was taken has the newer answer: keep it.
          if (this.topics.get(topic) !== entries.get(topic)) continue;
          this.#drop(topic);
          this.send({ type: 'error', code: 'not_found', message: NOT_FOUND, topic });
        }
      },
    };
  }

  /** Forgets every topic (the socket has closed). */
  release(): void {
    this.#deps.hub.drop(this.socket, this.topics.keys());
    this.topics.clear();
  }
}

/** A frame's meaning: a message to handle, or the error to answer with. */
function read(data: Buffer, isBinary: boolean): { message: ClientMessage } | { reply: ServerMessage } {
  if (data.byteLength > MAX_CLIENT_FRAME_BYTES) return { reply: FRAME_TOO_LARGE };
  const message = isBinary ? ({ invalid: 'bad_message' } as const) : parseClientMessage(data.toString('utf8'));
  if (!('invalid' in message)) return { message };
  return { reply: message.invalid === 'unknown_type' ? UNKNOWN_TYPE : BAD_MESSAGE };
}
