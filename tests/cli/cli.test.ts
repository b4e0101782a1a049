/**
 * The real `parley` process (node bin/parley.js) with the offline engine. Each spawn costs about
 * a second of CPU, so the helper runs two at a time and one spawn answers several questions where
 * it can; the full table of input mistakes runs in process in input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planSections } from '../../src/cli/render-plan.ts';
import { riskLabel } from '../../src/cli/render-review.ts';
import { MAX_DRAFT_CHARS, PrepPlan, Review } from '../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../src/coach/techniques.ts';
import { runParley, SPAWN_TIMEOUT_MS } from './run-parley.ts';

const techniques = TechniqueLibrary.load();
const HEATED = "You ALWAYS miss deadlines and I'm sick of covering for you. Fix it NOW.";
const SITUATION = 'A client wants a 30% discount on a fixed-price project that is already late.';
/** A draft no error message may repeat. */
const SECRET = 'Zanzibar-secret you never listen to anyone';
const options = { timeout: SPAWN_TIMEOUT_MS };

/** Human output must show the level and a heading for every section the review fills. */
function expectHumanMatches(human: string, review: Review) {
  expect(human.split('\n')[0]).toContain(riskLabel(review));
  if (review.flags.length > 0) expect(human).toContain('Phrases that may hurt');
  for (const flag of review.flags) expect(human).toContain(`"${flag.text}"`);
  if (review.rewrites.length > 0) expect(human).toContain('Rewrites');
  for (const rewrite of review.rewrites) {
    const name = techniques.has(rewrite.technique)
      ? techniques.get(rewrite.technique).name
      : rewrite.technique;
    expect(human).toContain(name);
  }
  if (review.cues.length > 0) expect(human).toContain('Next moves');
  if (review.risk.level === 'calm' && review.flags.length === 0) expect(human).toContain('reads well');
}

describe.concurrent('parley review', options, () => {
  it('prints a readable review of a heated draft that matches its JSON', async () => {
    const [human, json] = await Promise.all([
      runParley(['review', HEATED]),
      runParley(['review', '--json', HEATED]),
    ]);
    expect(human.code).toBe(0);
    expect(json.code).toBe(0);
    const review = Review.parse(JSON.parse(json.stdout));
    expectHumanMatches(human.stdout, review);
    expect(human.stdout).not.toContain('\u001b[');
  });

  it('prints one JSON document that validates as a Review, with --context and only the technique asked for', async () => {
    const result = await runParley([
      'review',
      '--json',
      '--context',
      'client',
      '--technique',
      'contrasting',
      HEATED,
    ]);
    expect(result.code).toBe(0);
    const review = Review.parse(JSON.parse(result.stdout));
    for (const rewrite of review.rewrites) expect(rewrite.technique).toBe('contrasting');
  });

  it('reads the draft from stdin when no text is given, with the same review as an argument', async () => {
    const [fromStdin, fromArgs] = await Promise.all([
      runParley(['review', '--json'], `${HEATED}\n`),
      runParley(['review', '--json', ...HEATED.split(' ')]),
    ]);
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromArgs.stdout));
  });

  it('reviews JSON lines in order, with errors on their own lines, and exits 2', async () => {
    const input = [
      JSON.stringify({ text: HEATED }),
      '{"text": "Zanzibar-secret is',
      JSON.stringify({ text: 'Thanks for the quick fix!', context: 'peer' }),
      JSON.stringify({ text: SECRET, context: 'martian' }),
      JSON.stringify({ text: 'Could we talk about the invoice?', context: 'client' }),
      '',
    ].join('\n');
    const result = await runParley(['review', '--jsonl'], input);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const out = lines.map((line) => JSON.parse(line));
    for (const i of [0, 2, 4]) expect(() => Review.parse(out[i])).not.toThrow();
    expect(out[1]).toEqual({ error: expect.stringMatching(/not valid JSON/), line: 2 });
    expect(out[3]).toEqual({ error: expect.stringMatching(/Unknown context.*client/), line: 4 });
    expect(result.stdout).not.toContain('Zanzibar');
    expect(result.stderr).toBe('');
  });
});

describe.concurrent('parley prep', options, () => {
  it('prints a plan with a heading for every section it fills, and the same plan as JSON', async () => {
    const [human, json] = await Promise.all([
      runParley(['prep', '--context', 'client', SITUATION]),
      runParley(['prep', '--json', '--context', 'client', SITUATION]),
    ]);
    expect(human.code).toBe(0);
    expect(json.code).toBe(0);
    const plan = PrepPlan.parse(JSON.parse(json.stdout));
    expect(human.stdout).toMatch(/^Plan: /);
    for (const section of planSections(plan)) {
      const filled = Array.isArray(section.value) ? section.value.length > 0 : section.value.trim() !== '';
      if (filled) expect(human.stdout).toContain(`\n${section.title}\n`);
    }
  });
});

describe.concurrent('parley techniques', options, () => {
  it('lists every technique with its id, name, summary and when to use it', async () => {
    const result = await runParley(['techniques']);
    expect(result.code).toBe(0);
    for (const t of techniques.all) {
      expect(result.stdout).toContain(t.id);
      expect(result.stdout).toContain(t.name);
      expect(result.stdout).toContain(t.summary);
      expect(result.stdout).toContain(t.when);
    }
  });

  it('shows one technique in full', async () => {
    const result = await runParley(['techniques', 'contrasting']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(techniques.get('contrasting').body);
  });
});

describe.concurrent('help and version', options, () => {
  it('prints usage with examples when run with no arguments', async () => {
    const result = await runParley([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage');
    expect(result.stdout).toContain('parley review "');
  });

  it('prints the package version', async () => {
    const result = await runParley(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe.concurrent('bad input', options, () => {
  const long = `${SECRET} `
    .repeat(Math.ceil((MAX_DRAFT_CHARS + 1) / (SECRET.length + 1)))
    .slice(0, MAX_DRAFT_CHARS + 1);

  it.each([
    ['an empty draft', ['review', ''], /empty/],
    ['a whitespace-only draft', ['review', '  \t '], /empty/],
    ['a draft of 8,001 characters', ['review', long], /too long: 8,001 characters.*8,000/],
    ['an unknown context', ['review', '--context', 'martian', SECRET], /Unknown context.*client, peer/],
    ['an unknown technique', ['review', '--technique', 'flattery', SECRET], /Unknown technique.*contrasting/],
    ['an unknown flag', ['review', '--jsn', SECRET], /doesn't know "--jsn". Did you mean "--json"\?/],
    ['an unknown command', [SECRET], /isn't a parley command/],
  ])(
    'rejects %s with exit code 2 and a clear message that does not echo the draft',
    async (_name, args, message) => {
      const result = await runParley(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^parley: /);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/parley help/);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toContain('Zanzibar');
    },
  );
});
