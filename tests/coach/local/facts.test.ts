import { describe, expect, it } from 'vitest';
import { extractFacts, missingFacts } from '../../../src/coach/local/facts.ts';

describe('extractFacts', () => {
  it('finds invoice and ticket ids, amounts and day counts in English', () => {
    const facts = extractFacts(
      'Invoice INV-2041 for 12,400 PLN is 45 days overdue; see ticket #4521 and JIRA-123.',
    );
    expect(facts).toEqual(expect.arrayContaining(['INV-2041', '12,400 PLN', '45 days', '#4521', 'JIRA-123']));
  });

  it('finds Polish invoice numbers, amounts with spaces and weekdays in any case', () => {
    const facts = extractFacts('Faktura FV/2024/03/15 na 12 400 zł miała być zapłacona do piątku.');
    expect(facts).toEqual(expect.arrayContaining(['FV/2024/03/15', '12 400 zł', 'piątku']));
  });

  it('finds percentages, currency symbols, dates and times', () => {
    const facts = extractFacts(
      'They want 30% off the $5,000 plan from March 3rd, or 2024-03-15 at 14:30, or 2pm.',
    );
    expect(facts).toEqual(
      expect.arrayContaining(['30%', '$5,000', 'March 3rd', '2024-03-15', '14:30', '2pm']),
    );
  });

  it('finds Polish dates, percentages and times', () => {
    const facts = extractFacts('Rabat 15 procent obowiązuje od 15 marca, spotkanie w środę o 10:00.');
    expect(facts).toEqual(expect.arrayContaining(['15 procent', '15 marca', 'środę', '10:00']));
  });

  it('finds names that are not at the start of a sentence', () => {
    expect(extractFacts('I talked to Anna and Piotr about it.')).toEqual(['Anna', 'Piotr']);
    expect(extractFacts('Rozmawiałem z Anną i z Piotrem.')).toEqual(['Anną', 'Piotrem']);
  });

  it('does not take sentence starts, pronouns of address or shouted words for names', () => {
    expect(extractFacts('Please check this. Thanks for the help, Dear team.')).toEqual([]);
    expect(extractFacts('Proszę, sprawdź to. Dziękuję Ci za pomoc, Twój raport jest gotowy.')).toEqual([]);
    expect(extractFacts('Fix it NOW and STOP ignoring me.')).toEqual([]);
  });

  it('treats Slack mentions, channels and links as facts', () => {
    expect(extractFacts('Ask <@U123ABC> in <#C999|general>, see https://example.com/x?y=1.')).toEqual([
      '<@U123ABC>',
      '<#C999|general>',
      'https://example.com/x?y=1',
    ]);
  });

  it('does not count whole-channel pings as facts, so a rewrite may drop them', () => {
    expect(extractFacts('<!here> the deploy to <#C42|ops> failed at 14:30, <@U123> is on it')).toEqual([
      '<#C42|ops>',
      '14:30',
      '<@U123>',
    ]);
    expect(missingFacts('<!channel> prod is down since 9:15', 'Prod is down since 9:15.')).toEqual([]);
  });

  it('returns nothing for text without facts', () => {
    expect(extractFacts('could you take a look when you have a moment?')).toEqual([]);
  });
});

describe('missingFacts', () => {
  it('is empty when every fact is still there', () => {
    const source = 'Invoice INV-2041 for 12,400 PLN is 45 days overdue, due Friday at 14:30.';
    const candidate =
      'Could we sort out INV-2041 (12,400 PLN, 45 days past due)? It was due Friday at 14:30.';
    expect(missingFacts(source, candidate)).toEqual([]);
  });

  it('names the facts a candidate lost', () => {
    expect(
      missingFacts('Pay INV-2041 for 12,400 PLN by Friday.', 'Could you pay the invoice by Friday?'),
    ).toEqual(['INV-2041', '12,400 PLN']);
  });

  it('does not find a number inside a longer one', () => {
    expect(missingFacts('It took 3 days.', 'It took 30 days.')).toEqual(['3 days']);
    expect(missingFacts('Wait 3 hours.', 'Wait 30 hours.')).toEqual(['3 hours']);
  });

  it('accepts a Polish weekday or name in another grammatical case', () => {
    expect(missingFacts('Termin mija w piątek.', 'Czy zdążysz do piątku?')).toEqual([]);
    expect(missingFacts('Rozmawiałem o tym z Anną.', 'Czy Anna to potwierdziła?')).toEqual([]);
    expect(missingFacts('Raport na środę.', 'Raport na czwartek.')).toEqual(['środę']);
  });

  it('accepts the same date in another Polish case', () => {
    expect(missingFacts('Do 15 marca.', 'Czy 15 marzec jest realny?')).toEqual([]);
  });
});

describe('the quick check before a full fact scan', () => {
  it.each([
    ['Fri is fine', 'Fri'],
    ['March is busy, ok', 'March'],
    ['C/C++ both work', 'C/C'],
    ['ask Anna about it', 'Anna'],
    ['spotkania w poniedziałki', 'poniedziałki'],
    ['see https://x.io', 'https://x.io'],
  ])('still finds the fact in %j', (text, fact) => {
    expect(extractFacts(text)).toContain(fact);
  });

  it('skips text that cannot hold a fact, and "I" alone is no name', () => {
    expect(extractFacts('i think I can do it later, sorry')).toEqual([]);
  });
});
