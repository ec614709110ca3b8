import type { ServerMessage } from '@village/domain';
import WebSocket from 'ws';
import type { App } from '../src/app.ts';
import { TEST_ORIGIN } from './harness.ts';

/** A websocket client for tests that queues what it receives and waits for a matching message. */
export class TestSocket {
  readonly received: ServerMessage[] = [];
  readonly #waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  readonly ws: WebSocket;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.received.push(message);
      for (const waiter of [...this.#waiters]) {
        if (waiter.match(message)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    });
  }

  static url(app: App): string {
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('app is not listening');
    return `ws://127.0.0.1:${address.port}/api/ws`;
  }

  /** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
  static open(
    app: App,
    headers: Record<string, string> = {},
    options: { autoPong?: boolean } = {},
  ): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(TestSocket.url(app), { headers: { origin: TEST_ORIGIN, ...headers }, ...options });
      const client = new TestSocket(ws);
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  next<T extends ServerMessage['type']>(
    type: T,
    where: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 10_000,
  ) {
    const match = (m: ServerMessage) => m.type === type && where(m as Extract<ServerMessage, { type: T }>);
    const already = this.received.find(match);
    if (already) {
      this.received.splice(this.received.indexOf(already), 1);
      return Promise.resolve(already as Extract<ServerMessage, { type: T }>);
    }
    return new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          this.received.splice(this.received.indexOf(m), 1);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  async subscribe(topic: string) {
    this.send({ type: 'subscribe', topic });
    return Promise.race([
      this.next('subscribed', (m) => m.topic === topic),
      this.next('error', (m) => m.topic === topic),
    ]);
  }

  closed(): Promise<number> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) resolve(-1);
      this.ws.once('close', (code) => resolve(code));
    });
  }

  close() {
    this.ws.close();
  }
}
