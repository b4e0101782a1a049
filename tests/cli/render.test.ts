import { describe, expect, it } from 'vitest';
import { painter, plain } from '../../src/cli/io.ts';
import { planSections, renderPlan } from '../../src/cli/render-plan.ts';
import { renderReview, riskLabel } from '../../src/cli/render-review.ts';
import { renderTechnique, renderTechniqueList } from '../../src/cli/render-techniques.ts';
import type { PrepPlan, Review } from '../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();

const heated: Review = {
  engine: 'local',
  language: 'en',
  checked: true,
  risk: { level: 'heated', score: 0.82 },
  flags: [
    {
      start: 4,
      end: 10,
      text: 'ALWAYS',
      kind: 'absolute',
      why: 'Absolutes turn one miss into a verdict on the person.',
      suggestion: 'Name the specific time instead.',
      ruleId: 'en.lexicon.absolute.x',
      count: 1,
    },
    {
      start: 20,
      end: 30,
      text: 'sick of it',
      kind: 'insult',
      why: 'Contempt makes people defend.',
      suggestion: null,
      ruleId: 'en.lexicon.insult.x',
      count: 1,
    },
  ],
  rewrites: [
    {
      technique: 'contrasting',
      text: 'I am not blaming you.\nI do want the next one on time.',
      why: 'Rules out blame.',
    },
    { technique: 'some-model-technique', text: 'Could we talk about Friday?', why: 'Opens a conversation.' },
  ],
  cues: ['Wait ten minutes before sending.', 'Ask one open question.'],
};

const calm: Review = {
  engine: 'local',
  language: 'en',
  checked: true,
  risk: { level: 'calm', score: 0.05 },
  flags: [],
  rewrites: [],
  cues: [],
};

const plan: PrepPlan = {
  engine: 'local',
  language: 'en',
  situation: 'discount',
  goal: 'Keep the project profitable and the client happy.',
  theirPosition: 'They want 30% off.',
  theirInterests: ['Staying within budget'],
  commonGround: ['Both want the launch on time'],
  concessions: ['Phase the payment'],
  nonNegotiables: ['The day rate'],
  opening: "I don't want this to feel like a no; I do want a price that works for both of us.",
  questionsToAsk: ['What budget are you working with?'],
  options: ['A smaller first phase'],
  ifItHeatsUp: ['Name the shared goal again.'],
  takeABreak: 'If voices rise, suggest picking it up tomorrow.',
  followUp: ['Send a summary the same day.'],
  questions: ['What is the budget ceiling?'],
};

describe('renderReview', () => {
  const text = renderReview(heated, { paint: plain, techniques });

  it('opens with the risk level and score', () => {
    expect(riskLabel(heated)).toBe('Heated (0.82)');
    expect(text.split('\n')[0]).toContain('Heated (0.82)');
  });

  it('quotes every flagged phrase with why it may hurt and the suggestion when there is one', () => {
    expect(text).toContain('Phrases that may hurt');
    expect(text).toContain('"ALWAYS" (absolute)');
    expect(text).toContain('Why: Absolutes turn one miss into a verdict on the person.');
    expect(text).toContain('Instead: Name the specific time instead.');
    expect(text).toContain('"sick of it" (insult)');
  });

  it("labels each rewrite with the technique's name and keeps multi-line rewrites indented", () => {
    expect(text).toContain('Rewrites');
    expect(text).toContain(`1. ${techniques.get('contrasting').name}`);
    expect(text).toContain('     I am not blaming you.\n     I do want the next one on time.');
    expect(text).toContain('Why: Rules out blame.');
  });

  it('falls back to the id for a technique Parley does not ship', () => {
    expect(text).toContain('2. some-model-technique');
  });

  it('lists the next moves', () => {
    expect(text).toContain('Next moves');
    expect(text).toContain('- Wait ten minutes before sending.');
  });

  it('says a calm draft reads well and shows no empty sections', () => {
    const out = renderReview(calm, { paint: plain, techniques });
    expect(out).toContain('Calm (0.05)');
    expect(out).toContain('reads well');
    expect(out).not.toContain('Phrases that may hurt');
    expect(out).not.toContain('Rewrites');
    expect(out).not.toContain('Next moves');
  });

  it('adds a quiet note when the offline coach stood in for the model', () => {
    const out = renderReview(calm, { paint: plain, techniques, notices: ['fallback', 'fallback'] });
    expect(out.match(/offline coach answered/g)).toHaveLength(1);
  });

  it('notes that the offline coach is rough outside English and Polish', () => {
    const out = renderReview({ ...calm, language: 'de' }, { paint: plain, techniques });
    expect(out).toContain('English and Polish');
  });

  it('speaks Polish around a Polish review', () => {
    const out = renderReview({ ...heated, language: 'pl' }, { paint: plain, techniques });
    expect(out.split('\n')[0]).toContain('Gorąco (0.82)');
    expect(out).toContain('Zwroty, które mogą zranić');
    expect(out).toContain('"ALWAYS" (uogólnienie)');
    expect(out).toContain('Nowe wersje');
    expect(out).toContain('Następne kroki');
    expect(out).not.toContain('Phrases that may hurt');
  });

  it('is plain text without colour and uses ANSI styles with colour', () => {
    expect(text).not.toContain('\u001b[');
    expect(renderReview(heated, { paint: painter(true), techniques })).toContain('\u001b[31m●');
  });
});

describe('renderPlan', () => {
  it('shows every section of a full plan under its heading', () => {
    const out = renderPlan(plan, plain);
    expect(out).toContain('Plan: Discount or price pushback');
    for (const section of planSections(plan)) expect(out).toContain(`\n${section.title}\n`);
    expect(out).toContain(`"${plan.opening}"`);
    expect(out).toContain('- Phase the payment');
  });

  it('uses Polish headings for a Polish plan', () => {
    const out = renderPlan({ ...plan, language: 'pl' }, plain);
    expect(out).toContain('Plan: Rabat lub nacisk na cenę');
    expect(out).toContain('\nPierwsze zdanie\n');
  });

  it('skips empty sections and says so when there is nothing yet', () => {
    const empty: PrepPlan = {
      ...plan,
      situation: 'other',
      goal: '',
      theirPosition: '',
      theirInterests: [],
      commonGround: [],
      concessions: [],
      nonNegotiables: [],
      opening: '',
      questionsToAsk: [],
      options: [],
      ifItHeatsUp: [],
      takeABreak: '',
      followUp: [],
      questions: [],
    };
    const out = renderPlan(empty, plain);
    expect(out).not.toContain('Goal');
    expect(out).toContain('no plan for this yet');
  });
});

describe('technique rendering', () => {
  it('lists every technique with id, name, summary and when', () => {
    const out = renderTechniqueList(techniques.all, plain);
    for (const t of techniques.all) {
      expect(out).toContain(`${t.id}  ${t.name}`);
      expect(out).toContain(t.summary);
      expect(out).toContain(`When: ${t.when}`);
    }
  });

  it('shows one technique in full', () => {
    const t = techniques.get('contrasting');
    const out = renderTechnique(t, plain);
    expect(out).toContain(t.name);
    expect(out).toContain(t.body);
  });
});
