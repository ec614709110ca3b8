/**
 * Benchmark: the whole post pipeline on real Postgres and Redis.
 * HTTP POST → insert → BullMQ screen-post job → publish → Redis pub/sub → websocket delivery
 * to every member following the thread. Prints latency percentiles per offered rate.
 *
 *   pnpm bench            (defaults: 100 members listening, 50 and 200 posts/s for 5 s each)
 *   BENCH_MEMBERS=300 BENCH_RATES=100,400 BENCH_SECONDS=10 pnpm bench
 *   BENCH_TEXT=posts pnpm bench   (realistic post bodies instead of "Benchmark post N")
 *
 * The sentence encoder's cost grows with a post's length, so `BENCH_TEXT=posts` is the fairer
 * measure of the screen; the default keeps figures comparable with earlier runs.
 */

import { Worker } from 'node:worker_threads';
import type { ServerMessage } from '@village/domain';
import { createGroup, memberOf, type SignedIn } from '../test/factories.ts';
import { createTestVillage, TEST_ORIGIN } from '../test/harness.ts';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100);
const RATES = (process.env.BENCH_RATES ?? '50,200').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Ordinary posts of everyday lengths (12 to 70 words); each is numbered so no two are alike. */
const POSTS = [
  'Anyone else up with a cluster-feeding newborn? Third night in a row and I am running on fumes.',
  'My health visitor came today and said his weight is fine, which is a relief after the last two weeks of worrying about every feed.',
  'Does anyone have tips for getting out of the house with a toddler and a baby? By the time everyone is dressed and fed it is time for the next nap and I end up staying in all day again.',
  'Thank you for tonight, I really needed it.',
  'We tried the sleep sack and it helped a bit, but she still wakes at 2 and 4. Is that normal at four months or should I be asking someone about it?',
  'Started sertraline last week. The first few days were rough, headaches and feeling a bit sick, but my GP said that usually settles. Anyone else find it took a while to kick in? I would love to hear it gets better.',
];
// The posting limit is 20 per member per 5 minutes, so the load is spread over many posters.
const POSTS_PER_POSTER = 15;

const village = await createTestVillage({ listen: true });
const app = village.app;
if (!app) throw new Error('no app');
const address = app.server.address();
if (!address || typeof address !== 'object') throw new Error('not listening');
const base = `http://127.0.0.1:${address.port}`;

const groupId = (await createGroup(village.ctx.db, { moderationMode: 'screened' })).id;
const totalPosts = RATES.reduce((sum, r) => sum + r * SECONDS, 0);
const posterCount = Math.ceil(totalPosts / POSTS_PER_POSTER);
process.stdout.write(`setting up ${MEMBERS} listening members and ${posterCount} posters… `);
const listeners: SignedIn[] = [];
for (let i = 0; i < MEMBERS; i++) listeners.push(await memberOf(app, groupId));
const posters: SignedIn[] = [];
for (let i = 0; i < posterCount; i++) posters.push(await memberOf(app, groupId));
const opened = await app.inject({
  method: 'POST',
  url: `/api/groups/${groupId}/threads`,
  headers: posters[0]?.headers ?? {},
  payload: { title: 'Benchmark thread', body: 'Opening post' },
});
const threadId: string = opened.json().thread.id;

const sentAt = new Map<string, number>();
const deliveries: number[] = [];
const now = () => performance.timeOrigin + performance.now();
const listenerThread = new Worker(new URL('./listeners.ts', import.meta.url), {
  workerData: {
    url: `ws://127.0.0.1:${address.port}/api/ws`,
    origin: TEST_ORIGIN,
    cookies: listeners.map((m) => m.cookie),
    topic: `thread:${threadId}`,
  },
});
const pendingArrivals: [string, number][] = [];
await new Promise<void>((resolve, reject) => {
  listenerThread.on('error', reject);
  listenerThread.on('message', (message: { ready?: boolean; arrivals?: [string, number][] }) => {
    if (message.ready) resolve();
    for (const arrival of message.arrivals ?? []) pendingArrivals.push(arrival);
  });
});
/** Matches arrivals to their POST's start time (an arrival can beat the POST's response). */
function settleArrivals() {
  const unmatched: [string, number][] = [];
  for (const [id, at] of pendingArrivals.splice(0)) {
    const start = sentAt.get(id);
    if (start === undefined) unmatched.push([id, at]);
    else deliveries.push(at - start);
  }
  pendingArrivals.push(...unmatched);
}
console.log('ready.\n');

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
let posterIndex = 0;
let postsByPoster = 0;

console.log('offered/s  achieved/s   POST p50   POST p99 | delivery p50  p95        p99        max   deliveries');
for (const rate of RATES) {
  deliveries.length = 0;
  sentAt.clear();
  const postLatencies: number[] = [];
  const count = rate * SECONDS;
  const started = performance.now();
  pendingArrivals.length = 0;
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (postsByPoster >= POSTS_PER_POSTER) {
      posterIndex++;
      postsByPoster = 0;
    }
    postsByPoster++;
    const poster = posters[posterIndex];
    if (!poster) throw new Error('ran out of posters');
    const t0 = performance.now();
    const sentWallClock = now();
    inflight.push(
      fetch(`${base}/api/threads/${threadId}/posts`, {
        method: 'POST',
        headers: { ...poster.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          body: process.env.BENCH_TEXT === 'posts' ? `${POSTS[i % POSTS.length]} (${i})` : `Benchmark post ${i}`,
        }),
      }).then(async (res) => {
        postLatencies.push(performance.now() - t0);
        if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
        sentAt.set(((await res.json()) as { post: { id: string } }).post.id, sentWallClock);
      }),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  const expected = count * MEMBERS;
  const deadline = performance.now() + 30_000;
  while (deliveries.length < expected && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    settleArrivals();
  }
  const d = [...deliveries].sort((a, b) => a - b);
  const p = [...postLatencies].sort((a, b) => a - b);
  console.log(
    `${String(rate).padStart(9)}  ${(count / elapsed).toFixed(0).padStart(10)} ${ms(pct(p, 50))} ${ms(pct(p, 99))} | ${ms(pct(d, 50))} ${ms(pct(d, 95))} ${ms(pct(d, 99))} ${ms(d.at(-1) ?? Number.NaN)}   ${d.length}/${expected}`,
  );
}
console.log(
  '\nDelivery latency: from sending the POST to the post.created event arriving at a member (screening included).',
);

await listenerThread.terminate();
await village.close();
process.exit(0);
