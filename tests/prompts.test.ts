/**
 * Golden test over the whole prompts/ folder: prompts and code can't drift apart. Every file
 * parses, declared inputs are exactly the placeholders used, the output names a real schema, and
 * every include exists and stays inside prompts/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROMPTS_DIR } from '../src/coach/techniques.ts';
import { OUTPUTS } from '../src/llm/outputs.ts';
import {
  includeRefsIn,
  loadPrompts,
  parsePromptFile,
  placeholdersIn,
  resolveInclude,
  splitFragment,
} from '../src/llm/prompts.ts';

const files = readdirSync(PROMPTS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();
const prompts = files.filter((f) => !f.startsWith('_'));
const partials = files.filter((f) => f.startsWith('_'));

describe('the prompts folder', () => {
  it('has a system prompt and one prompt per Coach method', () => {
    expect(prompts).toEqual(
      expect.arrayContaining([
        'system.md',
        'review.md',
        'tone.md',
        'prepare.md',
        'read.md',
        'practice.md',
        'debrief.md',
      ]),
    );
  });

  it('loads as a whole', () => {
    expect([...loadPrompts().keys()].sort()).toEqual(prompts.map((f) => f.replace(/\.md$/, '')).sort());
  });

  describe.each(files)('%s', (file) => {
    const parsed = parsePromptFile(readFileSync(join(PROMPTS_DIR, file), 'utf8'), file);

    it('has front matter whose id matches the file name', () => {
      expect(`${parsed.meta.id}.md`).toBe(file);
    });

    it('declares exactly the placeholders its body uses', () => {
      expect([...parsed.meta.inputs].sort()).toEqual(placeholdersIn(parsed.body).sort());
    });

    it('names a real schema as its output (or none, for the system prompt and partials)', () => {
      if (file === 'system.md' || file.startsWith('_')) expect(parsed.meta.output).toBeNull();
      else expect(Object.keys(OUTPUTS)).toContain(parsed.meta.output);
    });

    it('includes only files that exist inside prompts/, and uses every include it declares', () => {
      expect([...parsed.meta.includes].sort()).toEqual(includeRefsIn(parsed.body).sort());
      for (const ref of parsed.meta.includes) {
        const [path] = splitFragment(ref);
        expect(path.startsWith('/') || path.split('/').includes('..'), ref).toBe(false);
        for (const resolved of resolveInclude(PROMPTS_DIR, path)) {
          expect(resolved.startsWith(PROMPTS_DIR.replace(/\/$/, ''))).toBe(true);
        }
      }
    });
  });

  it.each(partials)('partial %s takes no inputs', (file) => {
    const parsed = parsePromptFile(readFileSync(join(PROMPTS_DIR, file), 'utf8'), file);
    expect(parsed.meta.inputs).toEqual([]);
    expect(placeholdersIn(parsed.body)).toEqual([]);
  });

  it('fences every untrusted input between <<<NAME and NAME>>> markers', () => {
    const trusted = new Set([
      'language',
      'draftLanguage',
      'replyLanguage',
      'situationLanguage',
      'messageLanguage',
      'context',
      'technique',
      'tone',
      // Built by Parley from a plan field name or a technique id, never from user text.
      'topic',
    ]);
    for (const file of prompts) {
      const { meta, body } = parsePromptFile(readFileSync(join(PROMPTS_DIR, file), 'utf8'), file);
      for (const input of meta.inputs.filter((i) => !trusted.has(i))) {
        expect(body, `${file}: ${input}`).toMatch(new RegExp(`<<<([A-Z]+)\\n\\{\\{${input}\\}\\}\\n\\1>>>`));
      }
    }
  });
});
