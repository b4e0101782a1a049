import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { missingFacts } from '../../../src/coach/local/facts.ts';
import { readMessage } from '../../../src/coach/local/read.ts';
import { Reading } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();

const HOSTILE_EN =
  'This is unacceptable. You ALWAYS deliver late and we want 30% off the next invoice, or we walk.';
const CALM_EN = 'Hi, could you send me the updated proposal by Friday? Thanks!';
const HOSTILE_PL =
  'To jest skandal. Wasza awaria w poniedziałek kosztowała nas klientów, żądamy 20% rabatu albo zrywamy umowę.';
const CALM_PL = 'Cześć, czy możesz przesłać poprawioną ofertę do piątku? Dzięki.';

function expectValid(reading: Reading): void {
  expect(Reading.parse(reading)).toEqual(reading);
  expect(reading.engine).toBe('local');
  expect(reading.intent.length).toBeGreaterThan(20);
  expect(reading.impact.length).toBeGreaterThan(20);
  expect(reading.needs.length).toBeGreaterThan(0);
  expect(reading.cues.length).toBeGreaterThan(0);
  expect(reading.replies.length).toBeGreaterThanOrEqual(2);
  expect(reading.replies.length).toBeLessThanOrEqual(3);
  const ids = reading.replies.map((r) => r.technique);
  expect(new Set(ids).size).toBe(ids.length);
  for (const reply of reading.replies) {
    expect(techniques.has(reply.technique)).toBe(true);
    expect(reply.why.length).toBeGreaterThan(10);
    expect(reply.text).not.toMatch(/\{[a-z]+\}/);
  }
}

function expectCalmReplies(reading: Reading): void {
  for (const reply of reading.replies) {
    const analysis = analyze(reply.text);
    expect(analysis.flags, reply.text).toEqual([]);
    expect(analysis.risk.level, reply.text).toBe('calm');
  }
}

describe('readMessage on a hostile message', () => {
  const reading = readMessage(HOSTILE_EN, {}, techniques);

  it('returns a valid reading with 2–3 replies, each with a different technique', () => {
    expectValid(reading);
  });

  it('reports the risk and the flags from the analyzer', () => {
    expect(reading.risk.level).not.toBe('calm');
    expect(reading.flags.length).toBeGreaterThan(0);
    expect(reading.impact).toContain(reading.flags[0]!.text);
  });

  it('offers only replies that read calm, with nothing flagged', () => {
    expectCalmReplies(reading);
  });

  it('starts by making it safe and offers an apology when the reader may be at fault', () => {
    expect(reading.replies[0]!.technique).toBe('make-it-safe');
    expect(reading.replies.map((r) => r.technique)).toContain('apology');
  });

  it('reads the sender charitably and names the interests behind the demand', () => {
    expect(reading.intent).toMatch(/most likely/);
    const needs = reading.needs.join(' ').toLowerCase();
    expect(needs).toContain('budget');
    expect(needs).toMatch(/justify/);
  });

  it('keeps the figures it refers to, and invents none', () => {
    expect(reading.replies.some((r) => r.text.includes('30%'))).toBe(true);
    for (const reply of reading.replies) expect(missingFacts(reply.text, HOSTILE_EN), reply.text).toEqual([]);
  });

  it('gives cues for a heated exchange: cool down, answer the need behind the ultimatum', () => {
    expect(reading.cues.join(' ')).toMatch(/angry/);
    expect(reading.cues.join(' ')).toMatch(/ultimatum/);
  });
});

describe('readMessage on a calm message', () => {
  const reading = readMessage(CALM_EN, {}, techniques);

  it('reads as calm and still offers replies with different techniques', () => {
    expectValid(reading);
    expect(reading.risk.level).toBe('calm');
    expect(reading.flags).toEqual([]);
    expect(reading.impact).toMatch(/calm/);
    expectCalmReplies(reading);
  });

  it('does not start with a de-escalation move when nothing needs de-escalating', () => {
    expect(reading.replies[0]!.technique).toBe('shared-purpose');
  });

  it('keeps the date the sender gave', () => {
    expect(reading.replies.some((r) => r.text.includes('Friday'))).toBe(true);
  });
});

describe('readMessage in Polish', () => {
  it('answers a hostile Polish message in Polish, with calm replies', () => {
    const reading = readMessage(HOSTILE_PL, {}, techniques);
    expectValid(reading);
    expect(reading.language).toBe('pl');
    expect(reading.risk.level).not.toBe('calm');
    expectCalmReplies(reading);
    expect(reading.replies.some((r) => r.text.includes('20%'))).toBe(true);
    expect(reading.replies.map((r) => r.technique)).toContain('apology');
    for (const reply of reading.replies) expect(reply.text).toMatch(/[ąćęłńóśźż]/);
  });

  it('answers a calm Polish message in Polish', () => {
    const reading = readMessage(CALM_PL, {}, techniques);
    expectValid(reading);
    expect(reading.language).toBe('pl');
    expectCalmReplies(reading);
    expect(reading.intent).toMatch(/Najpewniej/);
  });

  it('lets an explicit language preference win', () => {
    expect(readMessage(HOSTILE_PL, { language: 'en' }, techniques).language).toBe('en');
  });
});

describe('readMessage', () => {
  it('sees the need behind a money demand wrapped in a complaint', () => {
    const needs = readMessage('This is unacceptable, we want 30% off.', {}, techniques).needs.join(' ');
    expect(needs).toMatch(/fixed/);
    expect(needs).toMatch(/justify the spend/);
  });

  it('is deterministic', () => {
    expect(readMessage(HOSTILE_EN, {}, techniques)).toEqual(readMessage(HOSTILE_EN, {}, techniques));
  });

  it.each([
    'The invoice for $4,000 is now 30 days overdue. Please pay it.',
    'Your outage yesterday cost us a full day of orders. What happened?',
    'I went to your manager because you never answer my messages.',
    'Honestly, this report is full of errors. Did you even check it?',
  ])('gives calm, varied replies to "%s"', (message) => {
    const reading = readMessage(message, {}, techniques);
    expectValid(reading);
    expectCalmReplies(reading);
  });
});
