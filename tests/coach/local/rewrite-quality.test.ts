/**
 * Rewrites that reviewed calm and kept the facts but read awkwardly: a threat's condition kept as
 * a dangling fact note, contempt worded as an order turned into a request, and the object of a
 * dropped jab left as a fragment. Each shape is checked on more than one draft, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { missingFacts } from '../../../src/coach/local/facts.ts';

const engine = new LocalEngine();

interface Case {
  draft: string;
  /** Words of the draft every rewrite must still carry. */
  keeps: string[];
  /** What no rewrite may say (lower case). */
  never: RegExp;
}

function rewritesOf(draft: string): string[] {
  const review = engine.review(draft);
  expect(review.risk.level, `risk of: ${draft}`).not.toBe('calm');
  expect(review.rewrites.length, `rewrites of: ${draft}`).toBeGreaterThanOrEqual(1);
  return review.rewrites.map((r) => r.text);
}

function expectCalmAndWhole(c: Case): string[] {
  const texts = rewritesOf(c.draft);
  for (const text of texts) {
    const check = analyze(text);
    expect(
      check.flags.map((f) => `${f.kind}: ${f.text}`),
      `flags in: ${text}`,
    ).toEqual([]);
    expect(check.risk.level, `risk of: ${text}`).toBe('calm');
    for (const word of c.keeps) expect(text, `"${word}" lost in: ${text}`).toContain(word);
    expect(missingFacts(c.draft, text), `facts lost in: ${text}`).toEqual([]);
    expect(text.toLowerCase(), `awkward wording in: ${text}`).not.toMatch(c.never);
  }
  return texts;
}

describe('a threat whose condition shares its clause', () => {
  const cases: Case[] = [
    {
      draft: "If this isn't paid by Friday we'll hand it over to collections.",
      keeps: ['Friday'],
      never: /isn't paid|collections/u,
    },
    {
      draft: "If the invoice isn't settled by March 3 we will send it to our lawyers.",
      keeps: ['March 3'],
      never: /isn't settled|lawyers/u,
    },
    {
      draft: "If you don't fix the login page by Monday I'll escalate this to your manager.",
      keeps: ['Monday'],
      never: /don't fix|escalate/u,
    },
    {
      draft: 'Jeśli nie zapłacicie do piątku, przekażemy sprawę do windykacji.',
      keeps: ['piątku'],
      never: /jeśli nie|windykacj/u,
    },
    {
      draft: 'Jeśli faktura nie zostanie opłacona do piątku przekażemy sprawę do windykacji.',
      keeps: ['piątku'],
      never: /nie zostanie opłacona|windykacj/u,
    },
    {
      draft: 'Jeżeli do jutra nie dostanę poprawek zgłoszę to do dyrektora.',
      keeps: ['jutra'],
      never: /nie dostanę|dyrektor/u,
    },
  ];

  it.each(cases.map((c) => [c.draft, c] as const))(
    '%s: the condition becomes a calm question about the need, the threat goes',
    (_draft, c) => {
      const texts = expectCalmAndWhole(c);
      // The need is asked for, not noted as a fact ("For reference: this isn't paid by Friday.").
      for (const text of texts) expect(text, `no question in: ${text}`).toMatch(/\?/u);
      const asked = new RegExp(`(?:^|\\s)(?:Could|Czy)\\s[^?.]*${c.keeps[0]}[^?.]*\\?`, 'u');
      expect(texts.some((t) => asked.test(t))).toBe(true);
    },
  );

  it.each([
    ['If this happens again on Monday we will cancel the contract.', 'Monday', /happens again/u],
    ['Jeśli znowu spóźnisz się w poniedziałek, zgłoszę to do kadr.', 'poniedziałek', /spóźnisz/u],
  ] as const)('%s: a condition that cannot be asked for is not restated as a fact', (draft, fact, never) => {
    expectCalmAndWhole({ draft, keeps: [fact], never });
  });

  it('still brings in together the person the threat named', () => {
    const texts = rewritesOf(
      "I've been chasing this for two weeks. If I don't hear back by EOD I'm looping in Dave.",
    );
    for (const text of texts) {
      expect(text).toMatch(/by EOD\?/u);
      expect(text).toMatch(/bring Dave in together/u);
      expect(text).not.toMatch(/For reference: Dave/u);
    }
  });
});

describe('contempt worded as an order', () => {
  const cases: Case[] = [
    { draft: 'zrób w końcu swoją robotę', keeps: [], never: /swoją robotę|zrobić swoją/u },
    {
      draft: 'Zróbcie w końcu swoją pracę i wyślijcie raport do wtorku.',
      keeps: ['raport'],
      never: /swoją pracę/u,
    },
    { draft: 'Just do your job.', keeps: [], never: /your job/u },
    {
      draft: 'Do your job and send the report by Friday.',
      keeps: ['report'],
      never: /your job/u,
    },
  ];

  it.each(cases.map((c) => [c.draft, c] as const))(
    '%s: is dropped like venting, never asked for as a request',
    (_draft, c) => {
      expectCalmAndWhole(c);
    },
  );

  it('keeps the real request that came with it', () => {
    const texts = rewritesOf('Zróbcie w końcu swoją pracę i wyślijcie raport do wtorku.');
    for (const text of texts) expect(text).toMatch(/wysłać raport do wtorku\?/u);
  });
});

describe('the object of a dropped jab', () => {
  const cases: Case[] = [
    {
      draft: 'Nobody reads my messages apparently',
      keeps: [],
      never: /my messages apparently|apparently\./u,
    },
    {
      draft: 'Nobody answers my questions in this channel apparently.',
      keeps: [],
      never: /my questions in this channel/u,
    },
    {
      draft: 'Chyba nikt nie czyta moich maili w tym zespole.',
      keeps: [],
      never: /moich maili w tym zespole/u,
    },
  ];

  it.each(cases.map((c) => [c.draft, c] as const))('%s: leaves no verbless fragment behind', (_draft, c) => {
    expectCalmAndWhole(c);
  });

  it('still keeps a whole sentence that follows a jab', () => {
    const texts = rewritesOf('As stated before the deadline is Friday, nobody reads my messages apparently.');
    for (const text of texts) expect(text).toMatch(/deadline is Friday/u);
  });

  it('keeps the sentence after a jab that took its own object', () => {
    const texts = rewritesOf(
      'i guess nobody reads the pinned messages anymore 🙃 the deploy freeze starts tomorrow at 18:00',
    );
    for (const text of texts) expect(text).toMatch(/\. The deploy freeze starts tomorrow at 18:00\./u);
  });
});

describe('a dropped judgement keeps its point', () => {
  it.each<Case>([
    {
      draft: "You ALWAYS miss deadlines and I'm sick of covering for you.",
      keeps: ['missing deadlines', "I've been covering for you"],
      never: /always|sick of/,
    },
    {
      draft: 'You never update the ticket. I had to find out from the client.',
      keeps: ['not updating the ticket', 'I had to find out from the client'],
      never: /never/,
    },
    {
      draft: "You are always late to standup!!! I'm tired of waiting for you.",
      keeps: ['being late to standup', "I've been waiting for you"],
      never: /always|tired of/,
    },
  ])('names the habit and the impact instead of the verdict: $draft', (c) => {
    // "Take a break" keeps only facts by design: it postpones the content, so it is left out.
    const review = engine.review(c.draft);
    const framed = review.rewrites.filter((r) => r.technique !== 'take-a-break');
    expect(framed.length).toBeGreaterThanOrEqual(2);
    expectCalmAndWhole({ ...c, keeps: [] });
    for (const { text } of framed) {
      for (const words of c.keeps) expect(text, `"${words}" lost in: ${text}`).toContain(words);
    }
  });
});

describe('what a counting jab asked for', () => {
  it('asks for it plainly instead of leaving "For the invoice … to be paid."', () => {
    const texts = expectCalmAndWhole({
      draft:
        "This is the third time I'm asking for the invoice INV-2041 ($4,500) to be paid. It's 45 days overdue.",
      keeps: [],
      never: /third time|^for the invoice|\. for the invoice/,
    });
    expect(texts.some((t) => t.includes('Could the invoice INV-2041 ($4,500) be paid?'))).toBe(true);
  });
});

describe('an observation that fits a talk about price', () => {
  it.each([
    [
      "Your pricing is a joke. Give us 30% off by Friday or we're moving to another vendor.",
      'I see the numbers differently',
    ],
    [
      'Wasza oferta to żart. Albo dacie nam 30% rabatu do piątku, albo zmieniamy dostawcę.',
      'Inaczej patrzę na te liczby',
    ],
  ])('speaks of the numbers, not of "what happened": %s', (draft, line) => {
    const texts = expectCalmAndWhole({
      draft,
      keeps: ['30%'],
      never: /what happened|co się stało|joke|żart/,
    });
    // Where an observation stands in for the jab, it is the one about the numbers.
    for (const t of texts) if (/impact on our work|odbiło się/.test(t)) expect(t).toContain(line);
  });
});

describe('the ask of a Polish ultimatum', () => {
  it.each([
    [
      'Wasza oferta to żart. Albo dacie nam 30% rabatu do piątku, albo zmieniamy dostawcę.',
      'Czy dacie nam 30% rabatu do piątku?',
    ],
    ['Albo obniżycie cenę o 10%, albo rezygnujemy z zamówienia.', 'Czy obniżycie cenę o 10%?'],
  ])('is asked as a question once the "albo…" threat is gone: %s', (draft, question) => {
    const texts = expectCalmAndWhole({ draft, keeps: [], never: /zmieniamy dostawcę|rezygnujemy/ });
    expect(texts.some((t) => t.includes(question))).toBe(true);
  });
});
