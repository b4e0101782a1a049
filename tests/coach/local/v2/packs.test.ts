import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../src/coach/local/acts/catalogue.ts';
import { assertLinear, PatternError } from '../../../../src/coach/local/acts/dialect.ts';
import { labelActs } from '../../../../src/coach/local/acts/label.ts';
import { compiledPatterns, loadPack, PackError, packFor } from '../../../../src/coach/local/acts/load.ts';
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

describe('RULES.md', () => {
  it('is generated from the packs and up to date (run `npm run rules`)', () => {
    const file = readFileSync(new URL('../../../../RULES.md', import.meta.url), 'utf8');
    expect(file).toBe(buildCatalogue());
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
