/** Readings answer what the sender asks for, from the reader's side, and read threats by their acts. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/coach/local/packs.ts';
import { loadReadings } from '../../../src/coach/local/plans/request.ts';
import { readMessage } from '../../../src/coach/local/read.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();
const read = (m: string) => readMessage(m, {}, techniques);

describe('readings', () => {
  it('a legal threat is not calm', () => {
    expect(read("If this isn't fixed by Monday, our lawyers will be in touch.").risk.level).not.toBe('calm');
  });

  it('calling the reader incompetent is not calm', () => {
    expect(read('Honestly, you are incompetent. The report is still wrong.').risk.level).not.toBe('calm');
  });

  it('a request for a corrected invoice gets the corrected invoice, not a payment date', () => {
    const r = read(
      'Invoice INV-2231 has the wrong VAT number. Please send a corrected invoice so we can process it.',
    );
    for (const reply of r.replies) {
      expect(reply.text).toContain("I'll send the corrected invoice today.");
      expect(reply.text).not.toMatch(/payment date/);
    }
  });

  it('a request for a discount is never promised', () => {
    for (const reply of read('Could you give us another 30% off?').replies)
      expect(reply.text).not.toMatch(/I'll give/);
  });
});

describe.each(LANGS)('packs/%s/readings.yml examples', (lang) => {
  it.each(loadReadings(lang).examples)('$message', ({ message, commit }) => {
    const texts = readMessage(message, {}, techniques)
      .replies.map((r) => r.text)
      .join(' ');
    if (commit) expect(texts).toContain(commit);
    else expect(texts).not.toMatch(/I'll give|Dam |Damy /);
  });
});
