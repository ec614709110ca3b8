import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, parseEvalLines, screenPost } from '@village/domain/screening';
import { CliError } from './errors.ts';

export const SCREEN_USAGE = 'pnpm village screen [--eval FILE]';

/**
 * `pnpm village screen`: runs the screen exactly as the service does with its default settings
 * (no watched words, crisis posts held, author not new, no recent posts), without a database.
 *
 * Reads JSON lines `{"text": "..."}` and writes one JSON line per input line, in order:
 * `{"verdict", "categories", "crisisKind", "matches"}`. A line that is not such an object, blank
 * lines included, gets `{"error": "line N: ..."}` in its place, so output line N always answers
 * input line N; the exit code is then 1. Streams, so inputs of any size work.
 */
export async function screenLines(input: Readable, output: Writable): Promise<number> {
  let lineNumber = 0;
  let failed = false;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  let writeError: NodeJS.ErrnoException | null = null;
  const onError = (error: NodeJS.ErrnoException) => {
    writeError = error;
    lines.close();
  };
  output.on('error', onError);
  try {
    for await (const line of lines) {
      if (writeError) break;
      lineNumber++;
      const answer = await screenLine(line, lineNumber);
      if ('error' in answer) failed = true;
      // Respect backpressure: a slow reader must not make this buffer the whole input.
      if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain').catch(() => {});
    }
    // Everything written is flushed before the CLI exits the process.
    if (!writeError) await new Promise<void>((resolve) => output.write('', () => resolve()));
  } finally {
    output.off('error', onError);
  }
  const error = writeError as NodeJS.ErrnoException | null;
  if (error && error.code !== 'EPIPE') throw error;
  return failed ? 1 : 0;
}

async function screenLine(line: string, lineNumber: number): Promise<object> {
  const problem = (message: string) => ({ error: `line ${lineNumber}: ${message}` });
  if (line.trim() === '') return problem('blank line; expected a JSON object like {"text": "..."}');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return problem('not valid JSON; expected a JSON object like {"text": "..."}');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem('expected a JSON object like {"text": "..."}');
  }
  const { text } = value as { text?: unknown };
  if (typeof text !== 'string') return problem('"text" must be a string');
  const { verdict, categories, crisisKind, matches } = await screenPost(text);
  return { verdict, categories, crisisKind, matches };
}

/** `--eval FILE`: recall per label, clean posts not allowed, and every miss. */
export async function screenEval(file: string): Promise<string> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`--eval: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    return formatReport(await evaluate(parseEvalLines(content)));
  } catch (error) {
    throw new CliError(`--eval ${file}: ${(error as Error).message}`);
  }
}

export async function runScreen(args: string[]): Promise<number> {
  let values: { eval?: string };
  try {
    ({ values } = parseArgs({ args, options: { eval: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nUsage: ${SCREEN_USAGE}`);
  }
  if (values.eval !== undefined) {
    console.log(await screenEval(values.eval));
    return 0;
  }
  return screenLines(process.stdin, process.stdout);
}
