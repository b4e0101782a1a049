/** The offline engine on languages it does not read: it says so (checked: false) and invents nothing. */
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { Reading, Review } from '../../../src/coach/schemas.ts';

const engine = new LocalEngine();

const OTHERS = [
  'Das ist jetzt schon das dritte Mal, dass die Frist verpasst wurde. Mach es endlich!',
  'Zase jsi nedodržel termín, to je už potřetí.',
  'Opet si zakasnio s rokom, ovo je već treći put.',
  'C’est la troisième fois que tu rates la date limite.',
  'Ты опять сорвал сроки, это уже третий раз.',
];

describe('offline review of a language it cannot read', () => {
  it.each(OTHERS)('is unchecked, with no rewrites and a cue that says why: "%s"', (draft) => {
    const review = Review.parse(engine.review(draft));
    expect(review.checked).toBe(false);
    expect(review.rewrites).toEqual([]);
    expect(review.cues.join(' ')).toContain('English and Polish');
  });

  it.each(['Could you send the report by Friday?', 'Czy możesz wysłać raport do piątku?', 'Serio?'])(
    'is checked for English and Polish: "%s"',
    (draft) => {
      expect(engine.review(draft).checked).toBe(true);
    },
  );
});

describe('offline reading of a language it cannot read', () => {
  it.each(OTHERS)('is unchecked, with no reading, no needs and no replies: "%s"', (message) => {
    const reading = Reading.parse(engine.read(message));
    expect(reading).toMatchObject({ checked: false, intent: '', impact: '', needs: [], replies: [] });
    expect(reading.cues.join(' ')).toContain('English and Polish');
  });

  it('explains in Polish for a user who asked for Polish', () => {
    const reading = engine.read(OTHERS[0]!, { language: 'pl' });
    expect(reading.language).toBe('pl');
    expect(reading.cues.join(' ')).toContain('po angielsku i po polsku');
  });

  it('is checked for English', () => {
    const reading = engine.read('Per my last email, the invoice is still unpaid.');
    expect(reading.checked).toBe(true);
    expect(reading.replies.length).toBeGreaterThan(0);
  });
});
