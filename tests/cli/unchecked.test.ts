/** The CLI on a draft in a language the offline coach cannot read: it says so, with no verdict. */
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/cli/io.ts';
import { renderReview, UNCHECKED } from '../../src/cli/render-review.ts';
import type { Review } from '../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../src/coach/techniques.ts';
import { runInProcess } from './run-parley.ts';

const techniques = TechniqueLibrary.load();
const GERMAN = 'Kannst du mir bitte den Bericht bis Freitag schicken? Danke.';
const CZECH = 'Můžeš mi prosím poslat tu zprávu do pátku? Děkuji.';

const unchecked: Review = {
  engine: 'local',
  language: 'de',
  checked: false,
  risk: { level: 'calm', score: 0.1 },
  flags: [],
  rewrites: [],
  cues: ['Before you send it, read it once more as the person receiving it.'],
};

describe('renderReview of an unchecked review', () => {
  it("says it can't check the language instead of a calm verdict, and suggests the model engine", () => {
    const out = renderReview(unchecked, { paint: plain, techniques });
    expect(out.split('\n')[0]).toContain(UNCHECKED.title);
    expect(out).not.toContain('Calm');
    expect(out).not.toContain('reads well');
    expect(out).toContain(UNCHECKED.useModel);
    // Said once, up front: not again as a footnote.
    expect(out).not.toContain('for other languages it is rough');
  });

  it('does not suggest the model engine when it is configured and only stood back this time', () => {
    const out = renderReview(unchecked, { paint: plain, techniques, notices: ['fallback'] });
    expect(out).not.toContain(UNCHECKED.useModel);
    expect(out).toContain('offline coach answered');
  });
});

describe('parley review on other languages', () => {
  it.each([GERMAN, CZECH])('prints no verdict and no rewrites for "%s"', async (draft) => {
    const result = await runInProcess(['review', draft]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(UNCHECKED.title);
    expect(result.stdout).not.toMatch(/Calm|Rewrites/);
  });

  it('says checked: false in --json, and checked: true for English', async () => {
    const german = JSON.parse((await runInProcess(['review', '--json', GERMAN])).stdout);
    expect(german).toMatchObject({ language: 'de', checked: false, rewrites: [] });
    const english = JSON.parse(
      (await runInProcess(['review', '--json', 'Could you send it by Friday?'])).stdout,
    );
    expect(english).toMatchObject({ language: 'en', checked: true });
  });

  it('carries checked on every --jsonl line', async () => {
    const stdin = `${JSON.stringify({ text: GERMAN })}\n${JSON.stringify({ text: 'Czy możesz to wysłać do piątku?' })}\n`;
    const result = await runInProcess(['review', '--jsonl'], { stdin });
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { checked: boolean; language: string });
    expect(lines.map((l) => [l.language, l.checked])).toEqual([
      ['de', false],
      ['pl', true],
    ]);
  });
});
