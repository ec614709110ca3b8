/**
 * Runs in a worker thread: holds the members' websockets, so parsing their messages does not
 * compete with the server's event loop, and reports when each post arrived (wall-clock ms).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ServerMessage } from '@village/domain';
import WebSocket from 'ws';

interface Setup {
  url: string;
  origin: string;
  cookies: string[];
  topic: string;
}
const setup = workerData as Setup;
const now = () => performance.timeOrigin + performance.now();
const arrivals: [string, number][] = [];

let subscribed = 0;
for (const cookie of setup.cookies) {
  const ws = new WebSocket(setup.url, { headers: { cookie, origin: setup.origin } });
  ws.on('open', () => ws.send(JSON.stringify({ type: 'subscribe', topic: setup.topic })));
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage;
    if (message.type === 'subscribed' && ++subscribed === setup.cookies.length)
      parentPort?.postMessage({ ready: true });
    if (message.type === 'post.created' && message.topic === setup.topic) arrivals.push([message.post.id, now()]);
  });
}
setInterval(() => {
  if (arrivals.length > 0) parentPort?.postMessage({ arrivals: arrivals.splice(0) });
}, 100);
