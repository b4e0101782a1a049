import { describe, expect, it } from 'vitest';
import { impactOf, reproachAsk } from '../../../../src/coach/local/compose/reproach.ts';
import { restateFacts } from '../../../../src/coach/local/compose/restate.ts';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { findFacts } from '../../../../src/coach/local/facts.ts';

const phrase = (text: string, lang: 'en' | 'pl') => {
  const ask = reproachAsk(text, lang);
  return ask?.kind === 'verb' ? ask.phrase : null;
};

describe('the ask a reproach implies (packs/*/asks.yml)', () => {
  it.each([
    ['You ALWAYS miss deadlines and I am tired.', 'meet the deadlines'],
    ['You ignored my last four emails.', 'reply to my last four emails'],
    ['You keep forgetting the invoice.', 'send the invoice'],
    [
      'u changed the pricing page w/o telling anyone??',
      'let us know before changing the pricing page next time',
    ],
  ])('en: %j → %j', (draft, ask) => expect(phrase(draft, 'en')).toBe(ask));

  it.each([
    [
      'Nie odpisałeś na trzy maile w sprawie umowy z Baltic Trans.',
      'odpisać na trzy maile w sprawie umowy z Baltic Trans',
    ],
    ['po raz kolejny nie dotrzymał Pan ustaleń z 12 lutego.', 'dotrzymać ustaleń z 12 lutego'],
  ])('pl: %j → %j', (draft, ask) => expect(phrase(draft, 'pl')).toBe(ask));

  it('never turns a negated Polish object in the genitive into a wrong ask', () => {
    expect(phrase('Nie wysłaliście raportu do piątku.', 'pl')).toBeNull();
  });

  it('states the impact of a feeling as an I-statement', () => {
    expect(impactOf("I'm sick of covering for you.", 'en')).toMatch(/^I've been covering the gaps/);
  });
});

describe('facts of hostile sentences, restated', () => {
  it('keeps counts, repeats and Polish time phrases verbatim in neutral sentences', () => {
    const en = restateFacts(findFacts('Third time this year, and four emails ignored.'), 'en').join(' ');
    expect(en).toContain('third time this year');
    expect(en).toContain('four emails');
    const pl = restateFacts(findFacts('Po raz czwarty, i to do piątku!'), 'pl').join(' ');
    expect(pl).toContain('po raz czwarty');
    expect(pl).toContain('do piątku');
  });
});

describe('rewrites of a reproach (annotated)', () => {
  const engine = new LocalEngine();
  it('en: the ask is about the reproach, facts kept, the hostile sentence not carried', () => {
    const review = engine.review("You ALWAYS miss deadlines and I'm sick of covering for you.", {
      context: 'peer',
    });
    expect(review.rewrites.length).toBeGreaterThan(0);
    for (const r of review.rewrites) {
      expect(r.text).toContain('meet the deadlines');
      expect(r.text).not.toMatch(/sick of|ALWAYS/);
    }
    const contrasting = review.rewrites.find((r) => r.technique === 'contrasting');
    if (contrasting) expect(contrasting.text).toMatch(/I need you to meet the deadlines/);
  });

  it('pl: keeps Pan, the facts and asks for what was missed', () => {
    const review = engine.review(
      'Szanowny Panie,\n\nz przykrością stwierdzam, że po raz kolejny nie dotrzymał Pan ustaleń z 12 lutego. To już trzeci raz w tym miesiącu.',
      { context: 'vendor' },
    );
    for (const r of review.rewrites) {
      expect(r.text).toContain('12 lutego');
      expect(r.text).not.toMatch(/(?<!\p{L})(?:możesz|Ci|Twoj\p{L}*|możecie|Wam)(?!\p{L})/u);
    }
  });
});
