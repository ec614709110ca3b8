import { screenText } from './screen.ts';
import { encode } from './sense/encoder.ts';
import type { ScreenOptions, ScreenResult } from './types.ts';

/**
 * The screen as the service runs it: the post's sentence vector, then every rule and both
 * models. The screen-post job, the API's pre-check, the seed and `pnpm village screen` all
 * call this, so they agree.
 */
export async function screenPost(text: string, options: ScreenOptions = {}): Promise<ScreenResult> {
  const [sentenceVector] = await encode([text]);
  return screenText(text, { ...options, sentenceVector });
}
