/**
 * Plan-based rewrites: what the plan holds (the ask recovered from a threat or an accusing
 * question, the form of address, the facts), and how each technique is applied to it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActs } from '../../../../src/coach/local/acts/analyze-acts.ts';
import { askText } from '../../../../src/coach/local/compose/ask.ts';
import { extractPlan } from '../../../../src/coach/local/compose/plan.ts';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import type { Context } from '../../../../src/coach/schemas.ts';
import { DEV_DRAFTS_V2 } from '../../../fixtures/dev-drafts-v2.ts';
import { brokenBits } from '../rewrite-checks.ts';
import { addressForms } from './dev-metrics.ts';

const engine = new LocalEngine();

function planOf(draft: string, context: Context | null = null) {
  const { analysis, reading } = analyzeActs(draft, { context });
  return extractPlan(draft, reading!, analysis.flags, context, analysis.risk);
}

describe('the message plan', () => {
  it.each([
    [
      'Is it really that hard to send the report by Friday? This is the third week in a row.',
      'send the report by Friday',
    ],
    ['Get it done by Monday or we walk and take our budget elsewhere.', 'get it done by Monday'],
    ["Can't you just read the spec before you start coding?", 'read the spec before you start coding'],
    [
      'Czy to naprawdę takie trudne, żeby odpisać na maila w ciągu dwóch dni?',
      'odpisać na maila w ciągu dwóch dni',
    ],
    ['Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.', 'zapłacicie do piątku'],
    ['20% discount or we cancel the order.', '20% discount'],
  ])('recovers the ask of "%s"', (draft, ask) => {
    const plan = planOf(draft);
    expect(plan.ask && askText(plan.ask)).toBe(ask);
  });

  it.each([
    ['Szanowna Pani, proszę o fakturę do piątku.', 'pani'],
    ['Pani chyba nie rozumie, co znaczy termin.', 'pani'],
    ['Brawo, Państwo znowu przesunęli wdrożenie 🙃', 'panstwo'],
    ['Macie czas do piątku na poprawienie faktury.', 'wy'],
    ['Znowu nie wysłałeś raportu na czas.', 'ty'],
  ] as const)('reads the form of address of "%s"', (draft, address) => {
    expect(planOf(draft).address).toBe(address);
  });

  it('carries no sentence that held a hostile act, and keeps the plain ones', () => {
    const plan = planOf(
      "You clearly don't care about this project. The review has been sitting in your queue since Tuesday.",
    );
    expect(plan.carried).toEqual(['The review has been sitting in your queue since Tuesday.']);
    expect(plan.hostile).toEqual(["You clearly don't care about this project."]);
  });

  it('admits fault only when the draft does', () => {
    expect(planOf("I'm sorry, we sent the wrong file yesterday. That was my mistake.").admitsFault).toBe(
      true,
    );
    expect(
      planOf('Sorry if you felt the call went badly, but we did what the contract says.').admitsFault,
    ).toBe(false);
  });
});

describe('rewrites rendered from the plan', () => {
  const hostile = DEV_DRAFTS_V2.filter((d) => d.level !== 'calm');
  const reviews = hostile.map((d) => [d, engine.review(d.text, { context: d.context ?? null })] as const);

  it('gives each tense draft two or three rewrites, each a different technique', () => {
    for (const [d, r] of reviews) {
      const ids = r.rewrites.map((w) => w.technique);
      expect(ids.length, d.id).toBeGreaterThanOrEqual(2);
      expect(ids.length, d.id).toBeLessThanOrEqual(3);
      expect(new Set(ids).size, d.id).toBe(ids.length);
    }
  });

  it('writes whole sentences that end with an invitation or a question', () => {
    for (const [d, r] of reviews) {
      for (const w of r.rewrites) {
        expect(brokenBits(w.text), `${d.id}: ${w.text}`).toEqual([]);
        expect(
          w.text.split('\n').find((l) => l.trim().endsWith('?')),
          `${d.id}: ${w.text}`,
        ).toBeDefined();
      }
    }
  });

  it('applies an apology only where the draft admitted fault or apologised conditionally', () => {
    for (const [d, r] of reviews) {
      const apologised = /sorry|przepraszam|przykro/i.test(d.text);
      if (!apologised)
        expect(
          r.rewrites.map((w) => w.technique),
          d.id,
        ).not.toContain('apology');
    }
  });

  it('keeps the position a conditional apology held, without admitting fault', () => {
    const r = engine.review(
      'Sorry if you felt the call went badly, but we did exactly what the contract says. The scope is on page 4.',
      {
        context: 'client',
      },
    );
    for (const w of r.rewrites) {
      expect(w.text).not.toMatch(/our fault|our mistake|we got it wrong|it's on us/i);
      expect(w.text).toMatch(/matches what we agreed/);
    }
  });

  it('restates a threat as a plan with its date, not as a penalty', () => {
    const r = engine.review(
      "We've waited two weeks for the fix on ticket OPS-118. Get it done by Monday or we walk and take our budget elsewhere.",
      { context: 'vendor' },
    );
    for (const w of r.rewrites.filter((x) => x.technique !== 'take-a-break')) {
      expect(w.text).toMatch(/Could you get it done by Monday\?|I need you to get it done by Monday/);
      expect(w.text).toMatch(/If we can't sort this out by Monday/);
      expect(w.text).not.toMatch(/walk|elsewhere/);
    }
  });

  it('conjugates every Polish line for the form of address (Pani stays Pani)', () => {
    const r = engine.review(
      'Pani chyba nie rozumie, co znaczy termin. Obiecała Pani dostawę na 3 maja, a towaru dalej nie ma.',
      { context: 'vendor' },
    );
    expect(r.rewrites.length).toBeGreaterThan(0);
    for (const w of r.rewrites)
      expect(
        [...addressForms(w.text)].filter((f) => f !== 'pani'),
        w.text,
      ).toEqual([]);
  });
});

describe('tone variants', () => {
  it('re-render the plan for every rewrite, not only the first', () => {
    const draft = 'Is it really that hard to send the report by Friday? This is the third week in a row.';
    const review = engine.review(draft, { context: 'report' });
    for (const rewrite of review.rewrites) {
      for (const tone of ['shorter', 'warmer', 'direct'] as const) {
        const variant = engine.retone(draft, rewrite, tone, { context: 'report' });
        expect(variant.technique).toBe(rewrite.technique);
        expect(variant.text, `${rewrite.technique} ${tone}`).not.toBe(rewrite.text);
        expect(variant.text).toContain('Friday');
      }
    }
  });
});
