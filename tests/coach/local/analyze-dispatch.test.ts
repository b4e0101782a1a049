import { describe, expect, it } from 'vitest';
import { expand, lowerSameLength, SENTENCE_START } from '../../../src/coach/local/analysis/compile.ts';
import { Matcher, startsSentence } from '../../../src/coach/local/analysis/dispatch.ts';
import { firstChars, firstPrefixes } from '../../../src/coach/local/analysis/first-chars.ts';
import { lexiconOf } from '../../../src/coach/local/lexicon/load.ts';

const en = lexiconOf('en');
const pl = lexiconOf('pl');

const DRAFTS = [
  "You always ignore my emails. This is ridiculous. Fix it NOW or I'll tell your boss!!!",
  'Per my last email, why did you delete it? Could you please, maybe, check again… Thanks!',
  "Oh great, thanks a lot. If you don't reply today, we will cancel. Whatever.",
  'Zawsze się spóźniasz. To twoja wina, zawaliłeś. Jak już pisałam, bez wymówek!!!',
  'Powiem twojemu szefowi. Po tym wszystkim, co dla ciebie zrobiłam. Czy możesz to poprawić?',
  // Runs of spaces longer than the dispatcher reads ahead.
  'I            think  you\u00a0never   listen,\n\n\n\n\n\n\n\n\n\n\n or           else. Thank\tyou',
  '<@U1> 👩🏽‍💻 Café — you’re never on time; İstanbul office, sorry if you felt left out.',
];

/** Reference semantics: one global alternation with word-start guards. */
function reference(patterns: string[], text: string): string[] {
  const re = new RegExp(patterns.map((p) => `(${expand(p)})`).join('|'), 'gu');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    out.push(`${group - 1}@${m.index}-${m.index + m[0].length}`);
  }
  return out;
}

describe('Matcher dispatch', () => {
  const lists = [
    ['en rules', en.rules.map((r) => r.pattern)],
    ['en cues', en.cues.map((c) => c.pattern)],
    ['pl rules', pl.rules.map((r) => r.pattern)],
    ['pl cues', pl.cues.map((c) => c.pattern)],
  ] as const;

  it.each(lists)('finds exactly what one global alternation finds (%s)', (_name, patterns) => {
    const matcher = new Matcher([patterns.map((p) => expand(p, false))], 'u');
    for (const draft of DRAFTS) {
      const text = lowerSameLength(draft);
      const found: string[] = [];
      matcher.scan(text, (_s, i, start, end) => found.push(`${i}@${start}-${end}`));
      expect(found).toEqual(reference([...patterns], text));
    }
  });

  it.each([
    ['en', en],
    ['pl', pl],
  ] as const)(
    'keeps each stream of a shared pass exactly as if scanned alone (%s rules and cues)',
    (_name, lexicon) => {
      const streams = [lexicon.rules.map((r) => r.pattern), lexicon.cues.map((c) => c.pattern)];
      const matcher = new Matcher(
        streams.map((patterns) => patterns.map((p) => expand(p, false))),
        'u',
      );
      for (const draft of DRAFTS) {
        const text = lowerSameLength(draft);
        const found: string[][] = [[], []];
        matcher.scan(text, (s, i, start, end) => found[s]!.push(`${i}@${start}-${end}`));
        expect(found[0]).toEqual(reference(streams[0]!, text));
        expect(found[1]).toEqual(reference(streams[1]!, text));
      }
    },
  );

  it('reads a sentence start in plain code exactly as the SENTENCE_START lookbehind does', () => {
    const lookbehind = new RegExp(`${SENTENCE_START}x`, 'uy');
    const texts = [
      'x',
      'a x',
      'a. x',
      'a.\n\n  "(x',
      'a: x',
      'a; -x',
      'a,x',
      'a…\u00a0x',
      '• x',
      'ab x',
      'a.b x',
    ];
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== 'x') continue;
        lookbehind.lastIndex = i;
        expect(startsSentence(text, i), `${JSON.stringify(text)} at ${i}`).toBe(lookbehind.test(text));
      }
    }
  });

  it('has no capturing groups in any pattern (group numbers map to rules)', () => {
    for (const lexicon of [en, pl]) {
      for (const p of [...lexicon.rules.map((r) => r.pattern), ...lexicon.cues.map((c) => c.pattern)]) {
        expect(new RegExp(`${expand(p)}|`, 'u').exec('')!.length, p).toBe(1);
      }
    }
  });

  it('computes first characters through optional groups and lookarounds', () => {
    expect(firstChars('(?<=x)(?:ab|c)d')).toEqual(new Set(['a', 'c']));
    expect(firstChars('(?:I )?sorry')).toEqual(new Set(['i', 's']));
    expect(firstChars('[a-z]+')).toBeNull();
    expect(firstChars('(?:x)?')).toBeNull();
  });

  it('computes literal prefixes through optional parts, repeats and lookarounds', () => {
    expect(firstPrefixes('(?<=x)(?:ab|c)d', 4)).toEqual(new Set(['abd', 'cd']));
    expect(firstPrefixes('(?:I )?sorry', 3)).toEqual(new Set(['i s', 'sor']));
    // A run of spaces is one space to the dispatcher; small classes are spelled out.
    expect(firstPrefixes('thanks?\\s+you', 8)).toEqual(new Set(['thank yo', 'thanks y']));
    expect(firstPrefixes("i['’]m", 4)).toEqual(new Set(["i'm", 'i’m']));
    expect(firstPrefixes('ab+c', 4)).toEqual(new Set(['ab']));
    expect(firstPrefixes('[a-z]+', 4)).toBeNull();
    expect(firstPrefixes('(?:x)?', 4)).toBeNull();
  });

  it('spells out digits and small ranges, so a pattern starting with a number is not tried everywhere', () => {
    const prefixes = [...(firstPrefixes(expand('(?:third|[3-9](?:rd|th)|\\d\\d+th) time', false), 10) ?? [])];
    expect(prefixes).toContain('third time');
    expect(prefixes).toContain('3rd time');
    expect(prefixes).toContain('42');
    expect(firstChars(expand('[a-z]x', false))).toBeNull();
  });

  it('moves on past a malformed property escape instead of looping', () => {
    const source = expand('great,? another \\pL+ outage', false);
    expect(firstPrefixes(source, 10)).toEqual(new Set(['great anot', 'great, ano']));
  });

  it('keeps offsets when lowercasing characters whose lowercase is longer', () => {
    expect(lowerSameLength('İSTANBUL Office').length).toBe('İSTANBUL Office'.length);
  });
});
