import { type ClientMessage, type ServerMessage, type TopicEvent, topicEventTypes } from '@village/domain';

type Listener = (event: TopicEvent) => void;
export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

/**
 * The tab's one websocket to /api/ws. It re-subscribes its topics after every reconnect and
 * tells listeners they may have missed events (`onResume`), so each feed can catch up.
 * Reconnects back off exponentially with jitter, so a restarted server is not stampeded.
 */
export class LiveConnection {
  status = $state<LiveStatus>('connecting');
  #socket: WebSocket | null = null;
  #listeners = new Map<string, Set<Listener>>();
  #resumers = new Set<() => void>();
  #attempt = 0;
  #everOpened = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  readonly url: string;

  constructor(url: string) {
    this.url = url;
    this.#connect();
  }

  #connect() {
    if (this.#closed) return;
    const socket = new WebSocket(this.url);
    this.#socket = socket;
    socket.addEventListener('open', () => {
      this.#attempt = 0;
      this.status = 'open';
      for (const topic of this.#listeners.keys()) this.#send({ type: 'subscribe', topic });
      if (this.#everOpened) for (const resume of this.#resumers) resume();
      this.#everOpened = true;
    });
    socket.addEventListener('message', (message) => {
      let data: ServerMessage;
      try {
        data = JSON.parse(String(message.data)) as ServerMessage;
      } catch {
        return;
      }
      // Topic events only (`subscribed` and errors carry a topic too); `notification` has no dot.
      if ('topic' in data && data.topic && (topicEventTypes as readonly string[]).includes(data.type)) {
        for (const listener of this.#listeners.get(data.topic) ?? []) listener(data as TopicEvent);
      }
    });
    socket.addEventListener('close', () => {
      this.#socket = null;
      if (this.#closed) return;
      this.status = 'reconnecting';
      const delay = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.#attempt++);
      this.#timer = setTimeout(() => this.#connect(), delay / 2 + Math.random() * (delay / 2));
    });
  }

  #send(message: ClientMessage) {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }

  /** Follows a topic; returns the function that stops following it. */
  follow(topic: string, listener: Listener, onResume: () => void): () => void {
    let set = this.#listeners.get(topic);
    if (!set) {
      set = new Set();
      this.#listeners.set(topic, set);
      this.#send({ type: 'subscribe', topic });
    }
    set.add(listener);
    this.#resumers.add(onResume);
    return () => {
      set.delete(listener);
      this.#resumers.delete(onResume);
      if (set.size === 0) {
        this.#listeners.delete(topic);
        this.#send({ type: 'unsubscribe', topic });
      }
    };
  }

  close() {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#socket?.close();
  }
}

let shared: LiveConnection | null = null;

/** One connection per tab, opened on first use. */
export function liveConnection(): LiveConnection {
  if (!shared) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    shared = new LiveConnection(`${scheme}://${location.host}/api/ws`);
  }
  return shared;
}
