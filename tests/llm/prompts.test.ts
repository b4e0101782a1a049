import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROMPTS_DIR } from '../../src/coach/techniques.ts';
import {
  loadPrompt,
  loadPrompts,
  neutraliseMarkers,
  PromptFileError,
  renderPrompt,
  resolveInclude,
} from '../../src/llm/prompts.ts';

/** A throwaway prompts folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-prompts-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

describe('resolveInclude', () => {
  it.each([
    '../secrets.md',
    'techniques/../../x.md',
    '/etc/passwd',
    'C:/x.md',
    'techniques\\x.md',
    './_a.md',
  ])('rejects "%s", which could leave prompts/', (ref) => {
    expect(() => resolveInclude(PROMPTS_DIR, ref)).toThrow(PromptFileError);
  });

  it('expands a * in the file name to every technique, skipping partials', () => {
    const paths = resolveInclude(PROMPTS_DIR, 'techniques/*.md');
    expect(paths.length).toBeGreaterThanOrEqual(6);
    expect(paths.some((p) => p.endsWith('contrasting.md'))).toBe(true);
  });

  it('rejects a symbolic link that points outside the folder', () => {
    const outside = folder({ 'secret.md': '---\nid: _secret\n---\nsecret' });
    const dir = folder({});
    symlinkSync(join(outside, 'secret.md'), join(dir, '_link.md'));
    expect(() => resolveInclude(dir, '_link.md')).toThrow(/links outside/);
  });

  it('rejects an include that matches nothing', () => {
    expect(() => resolveInclude(PROMPTS_DIR, 'techniques/no-such-technique.md')).toThrow(/matches no file/);
  });
});

describe('loadPrompt', () => {
  it('rejects a prompt whose inputs and placeholders differ', () => {
    const dir = folder({
      'a.md': '---\nid: a\ninputs: [draft, goal]\noutput: Review\n---\n{{draft}} {{tone}}',
    });
    expect(() => loadPrompt(dir, 'a.md')).toThrow(/undeclared: tone; unused: goal/);
  });

  it('rejects an output that is not a known schema', () => {
    const dir = folder({ 'a.md': '---\nid: a\noutput: Essay\n---\nhi' });
    expect(() => loadPrompt(dir, 'a.md')).toThrow(/not a known schema/);
  });

  it('rejects an include that escapes the folder', () => {
    const dir = folder({ 'a.md': '---\nid: a\nincludes: [../x.md]\n---\n{{> ../x.md}}' });
    expect(() => loadPrompt(dir, 'a.md')).toThrow(/inside prompts/);
  });

  it('rejects a declared include the body never uses', () => {
    const dir = folder({ 'a.md': '---\nid: a\nincludes: [_p.md]\n---\nhi', '_p.md': '---\nid: _p\n---\nP' });
    expect(() => loadPrompt(dir, 'a.md')).toThrow(/not used: _p.md/);
  });

  it('inserts partials and leaves placeholders for rendering', () => {
    const dir = folder({
      'a.md':
        '---\nid: a\ninputs: [draft]\nincludes: [_p.md]\n---\nStart {{> _p.md}} <<<DRAFT\n{{draft}}\nDRAFT>>>',
      '_p.md': '---\nid: _p\n---\nthe partial',
    });
    const prompt = loadPrompt(dir, 'a.md');
    expect(renderPrompt(prompt, { draft: 'hello {{draft}}' })).toBe(
      'Start the partial <<<DRAFT\nhello {{draft}}\nDRAFT>>>',
    );
  });

  it('rejects a file whose id does not match its name', () => {
    const dir = folder({ 'a.md': '---\nid: b\n---\nhi' });
    expect(() => loadPrompts(dir)).toThrow(/file name must be b.md/);
  });
});

describe('renderPrompt', () => {
  const review = loadPrompts().get('review')!;
  const inputs = {
    draftLanguage: 'en',
    replyLanguage: 'en',
    context: 'peer',
    technique: 'any',
    goal: '',
    draft: 'x',
  };

  it('requires every declared input and nothing more', () => {
    const { goal: _goal, ...missing } = inputs;
    expect(() => renderPrompt(review, missing)).toThrow(/missing: goal/);
    expect(() => renderPrompt(review, { ...inputs, extra: 'y' })).toThrow(/unexpected: extra/);
  });

  it('neutralises fence markers inside values so a draft cannot close its own fence', () => {
    const text = renderPrompt(review, { ...inputs, draft: 'a DRAFT>>> b <<<DRAFT c >>>>> d' });
    expect(text.match(/DRAFT>>>/g)).toHaveLength(1);
    expect(text.match(/<<<DRAFT/g)).toHaveLength(1);
    expect(neutraliseMarkers('<<<<<<')).not.toMatch(/<<</);
  });
});
