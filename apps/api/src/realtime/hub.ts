import type { ServerMessage, TopicEvent } from '@village/domain';

/** What the hub needs of a socket: a way to send text and to know it is still open. */
export interface Subscriber {
  send(data: string): void;
  readonly readyState: number;
}
const OPEN = 1;

/** Topic → local sockets. Events arrive from Redis and go to this instance's subscribers only. */
export class TopicHub {
  readonly #topics = new Map<string, Set<Subscriber>>();

  subscribe(topic: string, socket: Subscriber): void {
    let set = this.#topics.get(topic);
    if (!set) {
      set = new Set();
      this.#topics.set(topic, set);
    }
    set.add(socket);
  }

  unsubscribe(topic: string, socket: Subscriber): void {
    const set = this.#topics.get(topic);
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) this.#topics.delete(topic);
  }

  drop(socket: Subscriber, topics: Iterable<string>): void {
    for (const topic of topics) this.unsubscribe(topic, socket);
  }

  /** Serialises once and sends to every open subscriber of the event's topic. */
  deliver(event: TopicEvent): number {
    const set = this.#topics.get(event.topic);
    if (!set) return 0;
    const data = JSON.stringify(event satisfies ServerMessage);
    let sent = 0;
    for (const socket of set) {
      if (socket.readyState !== OPEN) continue;
      socket.send(data);
      sent++;
    }
    return sent;
  }

  get size(): number {
    return this.#topics.size;
  }
}
