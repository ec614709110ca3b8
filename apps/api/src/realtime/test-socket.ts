import type { ServerMessage } from '@village/domain';
import WebSocket from 'ws';
import { TEST_ORIGIN } from '../../test/harness.ts';
import type { App } from '../app.ts';

/**
 * A websocket client for the gateway's integration tests. It keeps every message in `log`, in
 * arrival order, and `next` hands each one out at most once: a waiter that timed out leaves
 * nothing behind to swallow a later message.
 */
export class TestSocket {
  readonly log: ServerMessage[] = [];
  readonly ws: WebSocket;
  #handedOut = new Set<number>();
  #waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  #closeCode: Promise<number>;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.#closeCode = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      const index = this.log.push(message) - 1;
      const waiter = this.#waiters.find((w) => w.match(message));
      if (!waiter) return;
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      this.#handedOut.add(index);
      waiter.resolve(message);
    });
  }

  static url(app: App): string {
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('app is not listening');
    return `ws://127.0.0.1:${address.port}/api/ws`;
  }

  /**
   * Opens a socket with the site's origin (pass `origin: null` to send none); rejects with
   * "refused STATUS" when the upgrade is refused.
   */
  static open(
    app: App,
    headers: { cookie?: string; origin?: string | null } = {},
    options: { autoPong?: boolean } = {},
  ): Promise<TestSocket> {
    const { origin = TEST_ORIGIN, cookie } = headers;
    const sent: Record<string, string> = {};
    if (origin !== null) sent.origin = origin;
    if (cookie) sent.cookie = cookie;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(TestSocket.url(app), { headers: sent, ...options });
      const client = new TestSocket(ws);
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => {
        reject(new Error(`refused ${res.statusCode}`));
        ws.terminate();
      });
      ws.on('error', (error) => reject(error));
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /** The next message of this type not yet handed out; rejects after a generous timeout. */
  next<T extends ServerMessage['type']>(
    type: T,
    where: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const match = (m: ServerMessage) => m.type === type && where(m as Extract<ServerMessage, { type: T }>);
    return this.#take(match, type, timeoutMs) as Promise<Extract<ServerMessage, { type: T }>>;
  }

  /** Subscribes and resolves with the answer for that topic: `subscribed` or an `error`. */
  subscribe(topic: string): Promise<ServerMessage> {
    this.send({ type: 'subscribe', topic });
    return this.#take(
      (m) => (m.type === 'subscribed' || m.type === 'error') && m.topic === topic,
      `answer for ${topic}`,
      10_000,
    );
  }

  #take(match: (m: ServerMessage) => boolean, what: string, timeoutMs: number): Promise<ServerMessage> {
    const index = this.log.findIndex((m, i) => !this.#handedOut.has(i) && match(m));
    if (index >= 0) {
      this.#handedOut.add(index);
      return Promise.resolve(this.log[index] as ServerMessage);
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (m: ServerMessage) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`no ${what} within ${timeoutMs} ms; received ${JSON.stringify(this.log.map((m) => m.type))}`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /**
   * A barrier: the server answers a ping after everything it sent this socket before, so once
   * the pong is here, anything that was going to reach this socket by then has arrived.
   */
  async sync(): Promise<void> {
    this.send({ type: 'ping' });
    await this.next('pong');
  }

  /** How many messages received so far match (handed out or not). */
  count(match: (m: ServerMessage) => boolean): number {
    return this.log.filter(match).length;
  }

  /** The close code, once the socket has closed (1006 when the server dropped it without a close frame). */
  closed(timeoutMs = 10_000): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`socket still open after ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.#closeCode, late]).finally(() => clearTimeout(timer));
  }

  close(): void {
    this.ws.close();
  }
}
