import { describe, expect, it } from 'vitest';
import { locate, type ModelFlag, repairFlags } from '../../src/llm/spans.ts';

const flag = (text: string, start: number | null = null): ModelFlag => ({
  text,
  start,
  kind: 'absolute',
  why: 'w',
  suggestion: null,
});

describe('locate', () => {
  const draft = 'You never reply. Never! I said never.';

  it('picks the exact occurrence nearest the model’s rough start', () => {
    expect(locate(draft, 'never', 30)).toEqual([31, 36]);
    expect(locate(draft, 'never', 0)).toEqual([4, 9]);
  });

  it('falls back to a case-insensitive match', () => {
    expect(locate(draft, 'NEVER!', null)).toEqual([17, 23]);
  });

  it('matches across different whitespace', () => {
    expect(locate('fix it\n  right now', 'fix it right now', null)).toEqual([0, 18]);
  });

  it('ignores quotes the model put around the phrase', () => {
    expect(locate(draft, '“You never reply.”', null)).toEqual([0, 16]);
  });

  it('returns null for a phrase that is not in the draft', () => {
    expect(locate(draft, 'always', 3)).toBeNull();
    expect(locate(draft, '   ', 3)).toBeNull();
  });

  it('treats regular-expression characters in the phrase literally', () => {
    expect(locate('Why?? (seriously)', 'why?? (SERIOUSLY)', null)).toEqual([0, 17]);
  });
});

describe('repairFlags', () => {
  it('returns sorted flags whose text is exactly the draft slice, without overlaps or duplicates', () => {
    const draft = 'You ALWAYS do this and you NEVER listen.';
    const flags = repairFlags(draft, [
      flag('NEVER listen', 2),
      flag('always', 90),
      flag('ALWAYS do this', 4),
      flag('NEVER listen', 27),
      flag('not there', 0),
    ]);
    expect(flags.map((f) => f.text)).toEqual(['ALWAYS do this', 'NEVER listen']);
    for (const f of flags) expect(draft.slice(f.start, f.end)).toBe(f.text);
  });
});
