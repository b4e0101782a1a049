import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/coach/local/plans/figures.ts';
import {
  detectSituation,
  inferContext,
  replyLanguage,
  stableHash,
} from '../../../src/coach/local/situation.ts';

describe('detectSituation', () => {
  it.each([
    ['Our biggest client wants another 30% discount on the renewal.', 'discount'],
    ['The customer says we are too expensive and a competitor is cheaper.', 'discount'],
    ['The client still has not paid the invoice from March; it is 60 days overdue.', 'overdue-invoice'],
    ['I need to tell our clients we are raising prices by 8% next year.', 'price-increase'],
    ['The designer missed the deadline again and the launch slipped.', 'missed-deadline'],
    ['I have to give feedback on a report that was sloppy and full of errors.', 'poor-work'],
    ['My colleague keeps ignoring my messages and I have had no reply for two weeks.', 'unresponsive-peer'],
    ['We had an outage yesterday and I need to apologise to the client.', 'apology'],
    ['A peer went over my head and complained to my manager.', 'escalation'],
  ])('recognises "%s" as %s', (text, expected) => {
    expect(detectSituation(text)).toBe(expected);
  });

  it.each([
    ['Klient chce 20% rabatu przy odnowieniu umowy.', 'discount'],
    ['Klient prosi o zniżkę, bo konkurencja jest tańsza.', 'discount'],
    ['Rozmawialiśmy o rabacie, ale klient dalej naciska.', 'discount'],
    ['Klient nie zapłacił faktury, płatność jest zaległa od miesiąca.', 'overdue-invoice'],
    ['Muszę powiedzieć klientowi o podwyżce cen o 8%.', 'price-increase'],
    ['Kolega znowu nie dotrzymał terminu i mamy poślizg.', 'missed-deadline'],
    ['Raport od stażysty jest słaby i pełen błędów, nadaje się do poprawy.', 'poor-work'],
    ['Współpracownik nie odpowiada na moje wiadomości od tygodnia.', 'unresponsive-peer'],
    ['Po wczorajszej awarii muszę przeprosić klienta.', 'apology'],
    ['Marek poskarżył się mojemu przełożonemu ponad moją głową.', 'escalation'],
  ])('recognises the Polish "%s" as %s, whatever the inflection', (text, expected) => {
    expect(detectSituation(text)).toBe(expected);
  });

  it('falls back to "other" when nothing points to a known kind of conversation', () => {
    expect(detectSituation('I want to talk to my flatmate about the dishes.')).toBe('other');
    expect(detectSituation('')).toBe('other');
  });

  it('breaks ties with a fixed priority, so the same text always gets the same kind', () => {
    // One strong hit each for apology and discount: apology comes first in the priority.
    expect(detectSituation('We need to apologise; they also asked about a discount.')).toBe('apology');
  });

  it('does not treat a salary raise as a client price increase', () => {
    expect(detectSituation('I want to ask my boss for a raise in salary.')).not.toBe('price-increase');
  });
});

describe('inferContext', () => {
  it('prefers the context the user chose', () => {
    expect(inferContext('Our client wants a discount', 'discount', 'vendor')).toBe('vendor');
  });

  it('reads who the other side is from the text, then falls back to the usual counterpart', () => {
    expect(inferContext('My colleague missed the deadline', 'missed-deadline')).toBe('peer');
    expect(inferContext('Our supplier wants a price increase', 'price-increase')).toBe('vendor');
    expect(inferContext('They want 30% off', 'discount')).toBe('client');
  });

  it('does not take "my boss" in an escalation story as the person to talk to', () => {
    expect(inferContext('Marek went over my head to my boss', 'escalation')).toBe('peer');
  });
});

describe('replyLanguage', () => {
  it('answers in the language of the text', () => {
    expect(replyLanguage('Klient żąda rabatu i nie chce odpuścić.')).toBe('pl');
    expect(replyLanguage('The client wants a discount and will not let it go.')).toBe('en');
  });

  it('lets an explicit preference win over the text', () => {
    expect(replyLanguage('Klient żąda rabatu i nie chce odpuścić.', 'en')).toBe('en');
    expect(replyLanguage('The client wants a discount.', 'pl')).toBe('pl');
    expect(replyLanguage('The client wants a discount.', 'auto')).toBe('en');
  });
});

describe('findFigures', () => {
  it('copies the headline figures verbatim', () => {
    const figures = findFigures('They want 30% off the €12,000 renewal by Friday, after 45 days of talks.');
    expect(figures).toEqual({
      id: null,
      percent: '30%',
      amount: '€12,000',
      date: 'Friday',
      duration: '45 days',
      more: false,
    });
  });

  it('agrees with the shared fact extractor on ids and spelled-out percentages', () => {
    expect(findFigures('Invoice INV-2041 is late').id).toBe('INV-2041');
    expect(findFigures('They want 30 percent off').percent).toBe('30 percent');
    expect(findFigures('Klient chce 15 procent rabatu').percent).toBe('15 procent');
  });

  it('finds Polish amounts, dates and durations', () => {
    const figures = findFigures(
      'Faktura na 4 500 zł jest 30 dni po terminie, klient obiecał zapłatę do piątku.',
    );
    expect(figures.amount).toBe('4 500 zł');
    expect(figures.duration).toBe('30 dni');
    expect(figures.date).toBe('piątku');
    expect(figures.percent).toBeNull();
  });
});

describe('stableHash', () => {
  it('is stable for the same text and differs for different text', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
  });
});
