import { describe, expect, it } from 'vitest';
import {
  collapseRuns,
  MAX_PUNCT_RUN,
  MAX_SPACE_RUN,
  originalSpan,
} from '../../../src/coach/local/analysis/collapse.ts';
import { analyze } from '../../../src/coach/local/analyze.ts';

describe('collapseRuns', () => {
  it('leaves an ordinary draft as it is', () => {
    const draft = 'Hi Anna,\n\nwhy is this STILL broken?!?! Fix it...   now!!!';
    expect(collapseRuns(draft)).toEqual({ text: draft, cuts: [] });
  });

  it('cuts long runs of spaces and punctuation to a short prefix', () => {
    const { text, cuts } = collapseRuns(`YOU${'?'.repeat(2000)}X and${' '.repeat(500)}more`);
    expect(text).toBe(`YOU${'?'.repeat(MAX_PUNCT_RUN)}X and${' '.repeat(MAX_SPACE_RUN)}more`);
    expect(cuts).toHaveLength(2);
  });

  it('maps spans back to the draft as written, across and beside a cut', () => {
    const draft = `You idiot${' '.repeat(100)}fix it${'!'.repeat(50)} now`;
    const collapsed = collapseRuns(draft);
    const find = (word: string) => {
      const start = collapsed.text.indexOf(word);
      return originalSpan(collapsed, start, start + word.length);
    };
    for (const word of ['You idiot', 'fix it', 'now']) {
      const { start, end } = find(word);
      expect(draft.slice(start, end)).toBe(word);
    }
    const across = collapsed.text.indexOf('idiot');
    const span = originalSpan(collapsed, across, collapsed.text.indexOf('now'));
    expect(draft.slice(span.start, span.end)).toBe(`idiot${' '.repeat(100)}fix it${'!'.repeat(50)} `);
  });
});

describe('analyze on a draft with long runs', () => {
  it('finds what it finds in the short form, with flags and sentences true to the draft', () => {
    const draft = `You are an idiot${' '.repeat(300)}and this is USELESS${'!'.repeat(400)} Fix it NOW.`;
    const short = `You are an idiot${' '.repeat(MAX_SPACE_RUN)}and this is USELESS${'!'.repeat(MAX_PUNCT_RUN)} Fix it NOW.`;
    const long = analyze(draft);
    const cut = analyze(short);
    expect(long.flags.map((f) => f.kind)).toEqual(cut.flags.map((f) => f.kind));
    expect(long.risk).toEqual(cut.risk);
    for (const f of long.flags) expect(draft.slice(f.start, f.end)).toBe(f.text);
    for (const s of long.sentences) expect(draft.slice(s.start, s.end)).toBe(s.text);
  });
});
