/** A draft of only invisible characters is empty on the command line too, never reviewed as calm. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/validate.ts';
import { runInProcess } from './run-parley.ts';

const INVISIBLE = '\u200B\u200C\u200D\u2060\uFEFF\u0000';

describe('a draft of invisible characters on the command line', () => {
  it('is reported as empty by the shared check', () => {
    expect(checkText(INVISIBLE, 'draft')).toEqual({
      ok: false,
      message: 'The draft is empty: there is nothing to review.',
    });
  });

  it.each([
    ['as an argument', ['review', INVISIBLE], {}],
    ['on stdin', ['review'], { stdin: `${INVISIBLE}\n\u200B\n` }],
  ])('is refused %s with the empty-draft message', async (_name, args, options) => {
    const result = await runInProcess(args, options);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/draft is empty/);
    expect(result.stdout).toBe('');
  });
});
