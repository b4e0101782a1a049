/** Every input mistake, in process (fast): exit code 2, a kind message, and the draft never echoed. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/suggest.ts';
import { checkContext, checkText } from '../../src/cli/validate.ts';
import { MAX_DRAFT_CHARS } from '../../src/coach/schemas.ts';
import { runInProcess } from './run-parley.ts';

const SECRET = 'Zanzibar-secret you never listen to anyone';
const long = 'Zanzibar! '.repeat(1000).slice(0, MAX_DRAFT_CHARS + 1);

describe('input mistakes', () => {
  it.each([
    ['an empty draft', ['review', ''], {}, /draft is empty/],
    ['a whitespace-only draft', ['review', ' \n\t '], {}, /draft is empty/],
    ['an empty stdin', ['review'], { stdin: '' }, /draft is empty/],
    ['a draft over the limit', ['review', long], {}, /too long: 8,001 characters, and the limit is 8,000/],
    ['a draft over the limit on stdin', ['review'], { stdin: long }, /too long/],
    [
      'an unknown context',
      ['review', '--context', 'Zanzibar', SECRET],
      {},
      /Unknown context. Use one of: client/,
    ],
    ['a misspelt context', ['review', '--context', 'clinet', SECRET], {}, /Did you mean "client"\?/],
    [
      'a context with no value',
      ['review', '--context'],
      {},
      /--context needs a value: who it is for, one of client/,
    ],
    [
      'a context swallowed by a flag',
      ['review', '--context', '--json', SECRET],
      {},
      /--context needs a value/,
    ],
    [
      'an unknown technique',
      ['review', '--technique', 'Zanzibar', SECRET],
      {},
      /Unknown technique. Use one of: .*contrasting/,
    ],
    ['a value given to a switch', ['review', '--json=yes', SECRET], {}, /--json doesn't take a value/],
    ['an unknown flag', ['review', '--jsn', SECRET], {}, /doesn't know "--jsn". Did you mean "--json"\?/],
    ['a draft that starts with a dash', ['review', `-${SECRET}`], {}, /doesn't know that option.*after "--"/],
    ['a mistyped command', ['reveiw', SECRET], {}, /isn't a parley command. Did you mean "review"\?/],
    ['a draft without a command', [SECRET], {}, /isn't a parley command.*parley review "<draft>"/],
    ['an unknown global flag', ['--json', SECRET], {}, /doesn't know "--json" here/],
    ['help for an unknown command', ['help', 'Zanzibar'], {}, /isn't a parley command/],
    ['an unknown technique to show', ['techniques', 'Zanzibar'], {}, /Unknown technique/],
    ['two techniques to show', ['techniques', 'contrasting', 'apology'], {}, /one technique id at most/],
    ['an empty situation', ['prep', ' '], {}, /situation is empty/],
    ['an unknown context for prep', ['prep', '--context', 'Zanzibar', SECRET], {}, /Unknown context/],
    [
      'an unknown flag for prep',
      ['prep', '--technique', 'contrasting', SECRET],
      {},
      /doesn't know "--technique"/,
    ],
  ])('rejects %s', async (_name, args, options, message) => {
    const result = await runInProcess(args, options);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/parley help/);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain('Zanzibar');
  });

  it('prints the review usage when there is no draft and stdin is a terminal', async () => {
    const result = await runInProcess(['review'], { stdinTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Give parley review the draft to work on.');
    expect(result.stderr).toContain('Usage: parley review');
  });

  it('reports broken settings with their message and exit code 1', async () => {
    const result = await runInProcess(['review', SECRET], { env: { PARLEY_ENGINE: 'openai' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('OPENAI_API_KEY is required');
    expect(result.stderr).not.toContain('Zanzibar');
  });

  it('keeps help and techniques working when the settings are broken', async () => {
    const result = await runInProcess(['techniques'], { env: { PARLEY_ENGINE: 'openai' } });
    expect(result.code).toBe(0);
  });

  it('reports an unexpected failure by its kind only, with exit code 1', async () => {
    const result = await runInProcess(['review', SECRET], {
      createCoach: ({ local }) => ({
        ...local.asCoach(),
        review: async (draft) => {
          throw new RangeError(`failed on ${draft}`);
        },
      }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('something unexpected went wrong (RangeError)');
    expect(result.stderr).toContain('LOG_LEVEL=debug');
    expect(result.stderr).not.toContain('Zanzibar');
  });

  it('shows the stack of an unexpected failure when LOG_LEVEL=debug', async () => {
    const result = await runInProcess(['review', 'hello'], {
      env: { LOG_LEVEL: 'debug' },
      createCoach: ({ local }) => ({
        ...local.asCoach(),
        review: async () => {
          throw new RangeError('engine broke');
        },
      }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RangeError: engine broke');
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it('refuses an engine answer that breaks the Review schema with exit code 1', async () => {
    const result = await runInProcess(['review', '--json', 'hello'], {
      createCoach: ({ local }) => ({
        ...local.asCoach(),
        review: async () => ({ engine: 'local', language: 'en' }) as never,
      }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/did not match the Review shape \(at checked, risk, flags/);
  });
});

describe('help', () => {
  it.each([[['help']], [['--help']], [['-h']]])('prints the usage with examples for %j', async (args) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples');
  });

  it.each(['review', 'prep', 'techniques'])(
    'prints the usage of "%s" for help and --help',
    async (command) => {
      const [viaHelp, viaFlag] = await Promise.all([
        runInProcess(['help', command]),
        runInProcess([command, '--help']),
      ]);
      expect(viaHelp.stdout).toContain(`Usage: parley ${command}`);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
    },
  );
});

describe('checks', () => {
  it('trims the text it accepts and counts the limit after trimming', () => {
    expect(checkText(`  ${'a'.repeat(MAX_DRAFT_CHARS)}  `, 'draft')).toEqual({
      ok: true,
      value: 'a'.repeat(MAX_DRAFT_CHARS),
    });
  });

  it('accepts a context in any case', () => {
    expect(checkContext(' Client ')).toEqual({ ok: true, value: 'client' });
  });

  it('suggests only close matches and never for long text', () => {
    expect(closest('reveiw', ['review', 'prep'])).toBe('review');
    expect(closest('banana', ['review', 'prep'])).toBeNull();
    expect(closest('review this draft for me right now please', ['review'])).toBeNull();
  });
});
