/** Reading a message with a requested technique: "Try another technique" on a reading. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { missingFacts } from '../../../src/coach/local/facts.ts';
import { readMessage } from '../../../src/coach/local/read.ts';
import { Reading } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();

const HOSTILE_EN =
  'This is unacceptable. You ALWAYS deliver late and we want 30% off the next invoice, or we walk.';
const CALM_EN = 'Hi, could you send me the updated proposal by Friday? Thanks!';
const PUSHBACK_PL = 'Jak już dwa razy tłumaczyłem, to NIE jest mój problem.';
const CALM_PL = 'Cześć, czy możesz przesłać poprawioną ofertę do piątku? Dzięki.';

function expectOneCalmReply(reading: Reading, technique: string, message: string): void {
  expect(Reading.parse(reading)).toEqual(reading);
  expect(reading.replies).toHaveLength(1);
  const [reply] = reading.replies;
  expect(reply!.technique).toBe(technique);
  expect(reply!.why.length).toBeGreaterThan(10);
  expect(reply!.text).not.toMatch(/\{[a-z]+\}/);
  const analysis = analyze(reply!.text);
  expect(analysis.flags, reply!.text).toEqual([]);
  expect(analysis.risk.level, reply!.text).toBe('calm');
  // The break's return time ("tomorrow") is Parley's proposal, not a fact it invented.
  const invented = missingFacts(reply!.text, message).filter((f) => !/^(?:tomorrow|jutro)$/iu.test(f));
  expect(invented, reply!.text).toEqual([]);
}

describe('readMessage with a requested technique', () => {
  it.each(techniques.ids)('answers an English message with one calm reply that uses %s', (id) => {
    expectOneCalmReply(readMessage(CALM_EN, { technique: id }, techniques), id, CALM_EN);
  });

  it.each(techniques.ids)('answers a Polish message with one calm Polish reply that uses %s', (id) => {
    const reading = readMessage(PUSHBACK_PL, { technique: id }, techniques);
    expect(reading.language).toBe('pl');
    expectOneCalmReply(reading, id, PUSHBACK_PL);
  });

  it('offers a technique the usual order leaves out (take a break), in the language of the message', () => {
    expect(readMessage(HOSTILE_EN, {}, techniques).replies.map((r) => r.technique)).not.toContain(
      'take-a-break',
    );
    const en = readMessage(HOSTILE_EN, { technique: 'take-a-break' }, techniques);
    expectOneCalmReply(en, 'take-a-break', HOSTILE_EN);
    expect(en.replies[0]!.text).toMatch(/call|pause|break/i);
    const pl = readMessage(CALM_PL, { technique: 'take-a-break' }, techniques);
    expectOneCalmReply(pl, 'take-a-break', CALM_PL);
    expect(pl.replies[0]!.text).toMatch(/przerw|rozmow/i);
    expect(pl.replies[0]!.why).not.toBe(en.replies[0]!.why);
  });

  it('keeps the figures of the message in the requested reply', () => {
    const reading = readMessage(HOSTILE_EN, { technique: 'interests-not-positions' }, techniques);
    expectOneCalmReply(reading, 'interests-not-positions', HOSTILE_EN);
    expect(reading.replies[0]!.text).toContain('30%');
  });

  it('reads the message the same way whatever the technique: only the replies change', () => {
    const plain = readMessage(HOSTILE_EN, {}, techniques);
    const asked = readMessage(HOSTILE_EN, { technique: 'contrasting' }, techniques);
    expect({ ...asked, replies: [] }).toEqual({ ...plain, replies: [] });
  });

  it('ignores a technique id it does not know and offers the usual replies', () => {
    expect(readMessage(HOSTILE_EN, { technique: 'mind-reading' }, techniques)).toEqual(
      readMessage(HOSTILE_EN, {}, techniques),
    );
  });

  it('never asks the same question twice in an interests-not-positions reply', () => {
    for (const message of [CALM_EN, PUSHBACK_PL, CALM_PL]) {
      const text = readMessage(message, { technique: 'interests-not-positions' }, techniques).replies[0]!
        .text;
      const questions = text.split(/(?<=[.?!])\s+/).filter((s) => s.endsWith('?'));
      const opening = text.split(/(?<=[.?!])\s+/)[1]!.toLowerCase();
      for (const q of questions) expect(opening, text).not.toContain(q.slice(0, -1).toLowerCase());
    }
  });

  it('is what the offline Coach answers for read(message, { technique })', async () => {
    const local = new LocalEngine(techniques);
    const reading = await local.asCoach().read(CALM_PL, { technique: 'apology' });
    expect(reading).toEqual(readMessage(CALM_PL, { technique: 'apology' }, techniques));
    expect(reading.replies.map((r) => r.technique)).toEqual(['apology']);
  });
});
