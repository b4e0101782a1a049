import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertLinear, PatternError } from '../../../../src/coach/local/acts/dialect.ts';
import { labelActs } from '../../../../src/coach/local/acts/label.ts';
import { compiledPatterns, loadPack, PackError, packFor } from '../../../../src/coach/local/acts/load.ts';
import { expand, lowerSameLength } from '../../../../src/coach/local/analysis/compile.ts';
import { buildRulesFile } from '../../../../src/coach/local/lexicon/catalogue.ts';
import { lexiconOf, loadLexicon } from '../../../../src/coach/local/lexicon/load.ts';
import { LANGS, PACKS_DIR } from '../../../../src/coach/local/packs.ts';

const cases = LANGS.flatMap((lang) =>
  packFor(lang).rules.flatMap((rule) => [
    ...rule.examples.match.map((text) => [rule.id, 'matches', text, lang, true] as const),
    ...rule.examples.noMatch.map((text) => [rule.id, 'does not match', text, lang, false] as const),
  ]),
);

describe('every rule in every pack', () => {
  it.each(cases)('%s %s "%s"', (id, _verb, text, lang, expected) => {
    const hit = labelActs(text, lang).sentences.some((s) => s.hits.some((h) => h.ruleId === id));
    expect(hit).toBe(expected);
  });

  it('has a unique id that names its language and act', () => {
    for (const lang of LANGS) {
      const ids = packFor(lang).rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of packFor(lang).rules) expect(r.id.startsWith(`${lang}.${r.act}.`)).toBe(true);
    }
  });
});

// Lexicon rules are checked as patterns (guards and apostrophes as the analyzer compiles them, on
// the lower-cased text): whether a flag is then shown also depends on overlaps and `needsHostile`.
const lexiconCases = LANGS.flatMap((lang) =>
  lexiconOf(lang).rules.flatMap((rule) => {
    const id = `${lang}.lexicon.${rule.id}`;
    const regex = new RegExp(expand(rule.pattern), 'u');
    return [
      ...rule.examples.match.map((text) => [id, 'matches', text, regex, true] as const),
      ...rule.examples.noMatch.map((text) => [id, 'does not match', text, regex, false] as const),
    ];
  }),
);

describe('every rule in every phrase lexicon', () => {
  it.each(lexiconCases)('%s %s "%s"', (_id, _verb, text, regex, expected) => {
    expect(regex.test(lowerSameLength(text))).toBe(expected);
  });

  it('has a unique id that starts with its kind, and a good share of near misses', () => {
    for (const lang of LANGS) {
      const rules = lexiconOf(lang).rules;
      expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      for (const r of rules) expect(r.id.startsWith(`${r.kind}.`)).toBe(true);
      expect(rules.filter((r) => r.examples.noMatch.length > 0).length / rules.length).toBeGreaterThan(0.3);
    }
  });
});

describe('loading a phrase lexicon', () => {
  function brokenLexicon(edit: (yaml: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'lexicon.yml'), edit(readFileSync(join(PACKS_DIR, 'en', 'lexicon.yml'), 'utf8')));
    return dir;
  }

  it('expands {NAME} fragments and leaves \\p{L} alone', () => {
    const rule = lexiconOf('en').rules.find((r) => r.id === 'threat.youll-regret')!;
    expect(rule.pattern.startsWith('(?:you|you guys')).toBe(true);
    expect(lexiconOf('pl').hostile).toContain('\\p{L}');
  });

  it('names the file and the rule when a pattern uses an unknown fragment', () => {
    const dir = brokenLexicon((y) => y.replace('pattern: or else', 'pattern: or {NOPE}'));
    expect(() => loadLexicon('en', dir)).toThrow(/lexicon\.yml: threat\.or-else: unknown fragment \{NOPE\}/);
  });

  it('names the file and the problem when a rule lacks its examples', () => {
    const dir = brokenLexicon((y) => y.replace(/(id: threat\.or-else[\s\S]*?)\n {4}examples: [^\n]*/, '$1'));
    expect(() => loadLexicon('en', dir)).toThrow(/lexicon\.yml.*examples/s);
  });

  it('rejects a duplicate id', () => {
    const dir = brokenLexicon((y) => y.replace('id: threat.last-warning', 'id: threat.or-else'));
    expect(() => loadLexicon('en', dir)).toThrow(/duplicate rule id threat\.or-else/);
  });

  it('rejects an id that does not start with its kind', () => {
    const dir = brokenLexicon((y) => y.replace('id: threat.or-else', 'id: insult.or-else'));
    expect(() => loadLexicon('en', dir)).toThrow(/starts with its kind/);
  });
});

describe('RULES.md', () => {
  it('is generated from the packs and up to date (run `npm run rules`)', () => {
    const file = readFileSync(new URL('../../../../RULES.md', import.meta.url), 'utf8');
    expect(file).toBe(buildRulesFile());
  });
});

describe('loading a pack', () => {
  function brokenPack(acts: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'words.yml'), readFileSync(join(PACKS_DIR, 'en', 'words.yml')));
    writeFileSync(join(dir, 'acts.yml'), acts);
    return dir;
  }

  it('names the file and the problem when a rule lacks its examples', () => {
    const dir = brokenPack(
      'rules:\n  - id: threat.x\n    act: threat\n    kind: threat\n    patterns: ["x"]\n    why: because\n    suggestion: null\n',
    );
    expect(() => loadPack('en', dir)).toThrow(PackError);
    expect(() => loadPack('en', dir)).toThrow(/acts\.yml.*examples/s);
  });

  it('rejects a pattern that refers to an unknown word list', () => {
    const dir = brokenPack(
      'rules:\n  - id: threat.x\n    act: threat\n    kind: threat\n    patterns: ["{nope}"]\n    why: because\n    suggestion: null\n    examples: { match: ["a"], noMatch: ["b"] }\n',
    );
    expect(() => loadPack('en', dir)).toThrow(/unknown word list \{nope\}/);
  });

  it('rejects a neutral act with a flag kind', () => {
    const dir = brokenPack(
      'rules:\n  - id: thanks.x\n    act: thanks\n    kind: blame\n    patterns: ["x"]\n    why: because\n    suggestion: null\n    examples: { match: ["a"], noMatch: ["b"] }\n',
    );
    expect(() => loadPack('en', dir)).toThrow(/flag kind/);
  });
});

describe('the pattern dialect', () => {
  it.each(['(?:a+)+', '(?: (?:x|y))*', '\\s+\\S+'])('rejects the backtracking shape %s', (source) => {
    expect(() => assertLinear(source, 'test')).toThrow(PatternError);
  });

  it('exports every compiled pattern of every pack, each a Unicode regex', () => {
    for (const lang of LANGS) {
      const patterns = compiledPatterns(lang);
      expect(patterns.length).toBeGreaterThan(50);
      for (const p of patterns) expect(p.pattern.unicode).toBe(true);
    }
  });
});
