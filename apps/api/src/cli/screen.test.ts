import { spawnSync } from 'node:child_process';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { screenText } from '@village/domain/screening';
import { describe, expect, it } from 'vitest';
import { screenLines } from './screen.ts';

const cliMain = fileURLToPath(new URL('./main.ts', import.meta.url));
const devFile = fileURLToPath(new URL('../../../../packages/domain/src/screening/eval/dev.jsonl', import.meta.url));

/** The real command, as an operator runs it: no database, no Redis. */
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [cliMain, 'screen', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' },
  });

// Each run starts the CLI, which loads the whole API's modules: slow on a busy machine.
describe('pnpm village screen (the real command)', { timeout: 90_000 }, () => {
  it('answers each input line in order, a bad line with an error in its place, and exits 1', () => {
    const result = run(
      [],
      '{"text":"I want to kill myself"}\n{"text": oops}\n{"text":"Anyone else up with a newborn?"}\n',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ verdict: 'hold', categories: ['crisis'], crisisKind: 'suicide_self_harm' });
    expect(lines[0].matches).toEqual([
      {
        category: 'crisis',
        kind: 'suicide_self_harm',
        start: 10,
        end: 21,
        text: 'kill myself',
        rule: 'crisis.kill-myself',
      },
    ]);
    expect(lines[1]).toEqual({ error: 'line 2: not valid JSON; expected a JSON object like {"text": "..."}' });
    expect(lines[2]).toEqual({ verdict: 'allow', categories: [], crisisKind: null, matches: [] });
  });

  it('exits 0 when every line was screened', () => {
    const result = run([], '{"text":"ring me on 07700 900456"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'hold', categories: ['pii'] });
  });

  it('--eval prints recall per label, clean posts not allowed and the counts', () => {
    const result = run(['--eval', devFile]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('54 labelled posts');
    expect(result.stdout).toMatch(/^crisis recall +\d+\.\d% {2}\(\d+\/15\)$/m);
    expect(result.stdout).toMatch(/^abuse {2}recall +\d+\.\d% {2}\(\d+\/8\)$/m);
    expect(result.stdout).toMatch(/^pii {4}recall +\d+\.\d% {2}\(\d+\/6\)$/m);
    expect(result.stdout).toMatch(/^clean {2}not allowed +\d+\.\d% {2}\(\d+\/25\)$/m);
  });

  it('--eval on a missing file says so and exits 1', () => {
    const result = run(['--eval', '/no/such/file.jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('--eval: cannot read /no/such/file.jsonl (ENOENT).');
  });
});

describe('screenLines', () => {
  const collect = () => {
    const chunks: string[] = [];
    const output = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return {
      output,
      lines: () =>
        chunks
          .join('')
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l)),
    };
  };

  it('keeps order 1:1: blank lines, arrays and a non-string text are errors in place', async () => {
    const { output, lines } = collect();
    const input = Readable.from(['{"text":"hi"}\r\n', '\n', '[1]\n{"text":5}\n{"text":"you stupid bitch"}']);
    expect(await screenLines(input, output)).toBe(1);
    expect(lines()).toEqual([
      { verdict: 'allow', categories: [], crisisKind: null, matches: [] },
      { error: 'line 2: blank line; expected a JSON object like {"text": "..."}' },
      { error: 'line 3: expected a JSON object like {"text": "..."}' },
      { error: 'line 4: "text" must be a string' },
      expect.objectContaining({ verdict: 'hold', categories: ['abuse'] }),
    ]);
  });

  it('runs the service’s default rules: crisis held, links of an established member allowed', async () => {
    const text = 'see www.example.org, I want to die';
    const { output, lines } = collect();
    await screenLines(Readable.from([JSON.stringify({ text })]), output);
    const { verdict, categories, crisisKind, matches } = screenText(text);
    expect(lines()).toEqual([{ verdict, categories, crisisKind, matches }]);
    expect(verdict).toBe('hold');
  });

  it('streams: answers arrive while input is still coming', async () => {
    const input = new PassThrough();
    const { output, lines } = collect();
    const done = screenLines(input, output);
    input.write('{"text":"one"}\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines()).toHaveLength(1);
    input.end('{"text":"two"}\n');
    expect(await done).toBe(0);
    expect(lines()).toHaveLength(2);
  });
});
