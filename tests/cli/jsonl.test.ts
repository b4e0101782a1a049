import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/cli/jsonl.ts';
import type { Coach } from '../../src/coach/coach.ts';
import { Review } from '../../src/coach/schemas.ts';
import type { CoachDeps } from '../../src/engine.ts';
import { runInProcess } from './run-parley.ts';

const defaults = { context: null, technique: null };
const line = (value: unknown) => JSON.stringify(value);
const outputLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A coach whose review answers come back in reverse order of the calls, marking each with its draft. */
function slowFirstCoach({ local }: CoachDeps): Coach {
  const coach = local.asCoach();
  let calls = 0;
  return {
    ...coach,
    review: async (draft, options) => {
      calls += 1;
      const wait = Math.max(0, 30 - calls * 10);
      await new Promise((resolve) => setTimeout(resolve, wait));
      const review = await coach.review(draft, options);
      return { ...review, cues: [draft] };
    },
  };
}

describe('parseJsonlLine', () => {
  it('accepts a line with text and an optional context', () => {
    expect(parseJsonlLine(line({ text: ' hi ', context: 'client' }), defaults)).toEqual({
      ok: true,
      text: 'hi',
      context: 'client',
    });
    expect(parseJsonlLine(line({ text: 'hi', extra: 1 }), { ...defaults, context: 'boss' })).toEqual({
      ok: true,
      text: 'hi',
      context: 'boss',
    });
  });

  it.each([
    ['invalid JSON', '{"text": "secret draft"', /not valid JSON/],
    ['a JSON array', line(['secret draft']), /JSON object/],
    ['missing text', line({ context: 'client' }), /Missing "text"/],
    ['text that is not a string', line({ text: 42 }), /Missing "text"/],
    ['empty text', line({ text: '   ' }), /empty/],
    ['text over the limit', line({ text: 'secret draft '.repeat(700) }), /too long: 9,099 characters.*8,000/],
    ['an unknown context', line({ text: 'secret draft', context: 'alien' }), /Unknown context.*client, peer/],
    ['a context that is not a string', line({ text: 'secret draft', context: 3 }), /"context" must be/],
  ])('rejects %s with a clear message that does not quote the draft', (_name, raw, message) => {
    const result = parseJsonlLine(raw, defaults);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain('secret');
    }
  });
});

describe('parley review --jsonl (in process)', () => {
  it('keeps input order when a model engine answers out of order', async () => {
    const input = ['first', 'second', 'third'].map((text) => line({ text })).join('\n');
    const result = await runInProcess(['review', '--jsonl'], {
      stdin: input,
      env: { PARLEY_ENGINE: 'openai', OPENAI_API_KEY: 'test-key' },
      createCoach: slowFirstCoach,
    });
    expect(result.code).toBe(0);
    expect(outputLines(result.stdout).map((r) => (r.cues as string[])[0])).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('gives blank lines in the middle an error on their own line and ignores blank lines at the end', async () => {
    const input = `${line({ text: 'one' })}\n\n${line({ text: 'three' })}\r\n\n  \n`;
    const result = await runInProcess(['review', '--jsonl'], { stdin: input });
    const out = outputLines(result.stdout);
    expect(out).toHaveLength(3);
    expect(Review.safeParse(out[0]).success).toBe(true);
    expect(out[1]).toEqual({ error: expect.stringMatching(/empty/), line: 2 });
    expect(Review.safeParse(out[2]).success).toBe(true);
    expect(result.code).toBe(2);
  });

  it('reads a first line that starts with a byte-order mark', async () => {
    const result = await runInProcess(['review', '--jsonl'], { stdin: `\uFEFF${line({ text: 'hi' })}\n` });
    expect(result.code).toBe(0);
    expect(Review.safeParse(outputLines(result.stdout)[0]).success).toBe(true);
  });

  it('applies --context to lines without their own context and --technique to every line', async () => {
    const seen: unknown[] = [];
    const result = await runInProcess(
      ['review', '--jsonl', '--context', 'peer', '--technique', 'contrasting'],
      {
        stdin: `${line({ text: 'a' })}\n${line({ text: 'b', context: 'client' })}\n`,
        createCoach: ({ local }) => {
          const coach = local.asCoach();
          return {
            ...coach,
            review: (draft, options) => {
              seen.push({ context: options?.context, technique: options?.technique });
              return coach.review(draft, options);
            },
          };
        },
      },
    );
    expect(result.code).toBe(0);
    expect(seen).toEqual([
      { context: 'peer', technique: 'contrasting' },
      { context: 'client', technique: 'contrasting' },
    ]);
  });

  it('reports a line the coach fails on, finishes the rest and exits 1', async () => {
    const result = await runInProcess(['review', '--jsonl'], {
      stdin: `${line({ text: 'secret one' })}\n${line({ text: 'two' })}\n`,
      createCoach: ({ local }) => {
        const coach = local.asCoach();
        return {
          ...coach,
          review: async (draft, options) => {
            if (draft.startsWith('secret')) throw new TypeError(`boom on ${draft}`);
            return coach.review(draft, options);
          },
        };
      },
    });
    const out = outputLines(result.stdout);
    expect(out[0]).toEqual({ error: 'The coach failed on this line (TypeError).', line: 1 });
    expect(Review.safeParse(out[1]).success).toBe(true);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('secret');
  });

  it('reports an answer that breaks the Review schema as an error on its line', async () => {
    const result = await runInProcess(['review', '--jsonl'], {
      stdin: `${line({ text: 'hi' })}\n`,
      createCoach: ({ local }) => ({
        ...local.asCoach(),
        review: async () => ({ engine: 'local', risk: { level: 'furious', score: 2 } }) as never,
      }),
    });
    expect(outputLines(result.stdout)[0]).toEqual({
      error: expect.stringMatching(/did not match the Review shape/),
      line: 1,
    });
    expect(result.code).toBe(1);
  });

  it('keeps stdout pure JSON and puts fallback notices on stderr once', async () => {
    const result = await runInProcess(['review', '--jsonl'], {
      stdin: `${line({ text: 'a' })}\n${line({ text: 'b' })}\n`,
      createCoach: ({ local }) => {
        const coach = local.asCoach();
        return {
          ...coach,
          review: (draft, options) => {
            options?.notify?.('fallback');
            return coach.review(draft, options);
          },
        };
      },
    });
    expect(outputLines(result.stdout)).toHaveLength(2);
    expect(result.stderr.match(/offline coach answered/g)).toHaveLength(1);
  });

  it('draws a progress count on an interactive stderr and nothing when piped', async () => {
    const input = `${line({ text: 'a' })}\n${line({ text: 'b', context: 'nope' })}\n`;
    const tty = await runInProcess(['review', '--jsonl'], { stdin: input, stderrTTY: true });
    expect(tty.stderr).toContain('Reviewed 2 lines (1 with errors).');
    const piped = await runInProcess(['review', '--jsonl'], { stdin: input });
    expect(piped.stderr).toBe('');
  });

  it('refuses draft text on the command line and an interactive stdin', async () => {
    const withText = await runInProcess(['review', '--jsonl', 'secret draft']);
    expect(withText.code).toBe(2);
    expect(withText.stderr).toMatch(/stdin only/);
    expect(withText.stderr).not.toContain('secret');
    const tty = await runInProcess(['review', '--jsonl'], { stdinTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/pipe a file in/);
  });
});
