import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadTechniques,
  PROMPTS_DIR,
  parseTechnique,
  TECHNIQUE_LANGUAGES,
  TechniqueFileError,
  TechniqueLibrary,
} from '../../src/coach/techniques.ts';

const CORE = [
  'contrasting',
  'apology',
  'shared-purpose',
  'interests-not-positions',
  'make-it-safe',
  'take-a-break',
];

describe('technique files', () => {
  const techniques = loadTechniques();

  it('loads every file in prompts/techniques and each one validates', () => {
    const files = readdirSync(join(PROMPTS_DIR, 'techniques')).filter(
      (f) => f.endsWith('.md') && !f.startsWith('_'),
    );
    expect(techniques.map((t) => `${t.id}.md`).sort()).toEqual(files.sort());
  });

  it.each(CORE)('includes the core technique "%s"', (id) => {
    expect(techniques.map((t) => t.id)).toContain(id);
  });

  it('gives every technique phrasing and a before/after example in English and Polish', () => {
    for (const t of techniques) {
      for (const lang of TECHNIQUE_LANGUAGES) {
        expect(t.phrasing[lang].length, `${t.id} phrasing (${lang})`).toBeGreaterThan(0);
        expect(t.examples[lang].before, `${t.id} example (${lang})`).not.toEqual(t.examples[lang].after);
      }
    }
  });

  it('has unique ids', () => {
    expect(new Set(techniques.map((t) => t.id)).size).toBe(techniques.length);
  });
});

describe('parseTechnique', () => {
  const valid = `---
id: demo
name: Demo
name_pl: Demo PL
summary: A technique used only in this test.
when: Whenever a test needs one.
---
## How to apply
Do the thing in a calm and specific way, then ask.

## Phrasing (en)
- open: Hello there.

## Phrasing (pl)
- open: Dzień dobry.

## Example (en)
Before: bad
After: good

## Example (pl)
Before: źle
After: dobrze
`;

  it('parses a well-formed file', () => {
    const t = parseTechnique(valid, 'demo.md');
    expect(t.phrasing.pl).toEqual([{ role: 'open', text: 'Dzień dobry.' }]);
    expect(t.examples.en).toEqual({ before: 'bad', after: 'good' });
  });

  it('rejects a file without front matter', () => {
    expect(() => parseTechnique('## How to apply\nx', 'demo.md')).toThrow(TechniqueFileError);
  });

  it('rejects a file that lacks Polish phrasing', () => {
    const noPolish = valid.replace('- open: Dzień dobry.', 'nothing here');
    expect(() => parseTechnique(noPolish, 'demo.md')).toThrow(/pl/);
  });

  it('rejects a file that lacks an English example', () => {
    const noExample = valid.replace('Before: bad\nAfter: good', '');
    expect(() => parseTechnique(noExample, 'demo.md')).toThrow(/en/);
  });

  it('rejects a file whose name does not match its id', () => {
    expect(() => parseTechnique(valid, 'other.md')).toThrow(/demo\.md/);
  });

  it('names a technique in the reply language', () => {
    const library = new TechniqueLibrary([parseTechnique(valid, 'demo.md')]);
    expect(library.nameIn('demo', 'pl')).toBe('Demo PL');
    expect(library.nameIn('demo', 'en')).toBe('Demo');
    expect(library.nameIn('unknown-id', 'pl')).toBe('unknown-id');
  });

  it('rejects a file without a Polish name', () => {
    expect(() => parseTechnique(valid.replace('name_pl: Demo PL\n', ''), 'demo.md')).toThrow(/name_pl/);
  });

  it('looks techniques up by id and names the known ones for an unknown id', () => {
    const library = new TechniqueLibrary([parseTechnique(valid, 'demo.md')]);
    expect(library.get('demo').name).toBe('Demo');
    expect(() => library.get('nope')).toThrow(/demo/);
  });
});
