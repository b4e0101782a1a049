import { describe, expect, it } from 'vitest';
import { preparePlan } from '../../../src/coach/local/prepare.ts';
import { PrepPlan, type Situation } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();

const REQUIRED_LISTS = [
  'theirInterests',
  'commonGround',
  'concessions',
  'nonNegotiables',
  'questionsToAsk',
  'options',
  'ifItHeatsUp',
  'followUp',
] as const;

function expectComplete(plan: PrepPlan): void {
  expect(PrepPlan.parse(plan)).toEqual(plan);
  expect(plan.engine).toBe('local');
  for (const field of ['goal', 'theirPosition', 'opening', 'takeABreak'] as const) {
    expect(plan[field].trim().length, field).toBeGreaterThan(20);
  }
  for (const field of REQUIRED_LISTS) {
    expect(plan[field].length, field).toBeGreaterThan(0);
    for (const item of plan[field]) expect(item.trim().length, field).toBeGreaterThan(5);
  }
  expect(plan.opening).not.toMatch(/\{[a-z]+\}/);
  expect(plan.takeABreak).not.toMatch(/\{[a-z]+\}/);
}

const ENGLISH: [Situation, string][] = [
  [
    'discount',
    'Our biggest client is pushing for another 30% discount on the renewal or they will go to a competitor.',
  ],
  ['overdue-invoice', 'A client has not paid our €12,000 invoice and it is now 45 days overdue.'],
  [
    'price-increase',
    'I have to tell a long-standing client that we are raising our prices by 12% from January.',
  ],
  ['missed-deadline', 'A contractor missed the deadline on Friday and the launch slipped.'],
  ['poor-work', 'I need to give feedback to a junior whose report was sloppy and full of errors.'],
  ['unresponsive-peer', 'A colleague in finance keeps ignoring my messages about the budget sign-off.'],
  ['apology', 'We had an outage on Monday and I need to apologise to our client.'],
  ['escalation', 'A peer went over my head to my manager instead of talking to me.'],
];

const POLISH: [Situation, string][] = [
  ['discount', 'Klient naciska na kolejne 30% rabatu, inaczej grozi odejściem do konkurencji.'],
  ['overdue-invoice', 'Klient nie zapłacił faktury na 8 000 zł, jest już 30 dni po terminie.'],
  ['price-increase', 'Muszę powiedzieć klientowi o podwyżce cen o 10% od stycznia.'],
  ['missed-deadline', 'Podwykonawca nie dotrzymał terminu i mamy tydzień poślizgu.'],
  ['unresponsive-peer', 'Kolega z innego zespołu nie odpowiada na moje wiadomości od dwóch tygodni.'],
  ['apology', 'Po wczorajszej awarii muszę przeprosić klienta.'],
];

describe('preparePlan in English', () => {
  it.each(ENGLISH)('builds a complete %s plan', (situation, text) => {
    const plan = preparePlan(text, {}, techniques);
    expect(plan.situation).toBe(situation);
    expect(plan.language).toBe('en');
    expectComplete(plan);
  });

  it('carries the figures from the situation into the plan', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    expect(plan.goal).toContain('another 30% off');
    expect(plan.theirPosition).toContain('30%');
    expect(plan.opening).toContain('30%');
    const invoice = preparePlan(ENGLISH[1]![1], {}, techniques);
    expect(invoice.goal).toContain('€12,000');
    expect(invoice.opening).toContain('45 days');
  });

  it('says "another" only when the ask comes on top of an earlier one', () => {
    expect(preparePlan('The client wants 30% off the renewal.', {}, techniques).goal).not.toContain(
      'another',
    );
  });

  it('names the invoice by its number and amount when the situation gives them', () => {
    const plan = preparePlan('Invoice INV-2041 for 12,400 PLN is 45 days overdue.', {}, techniques);
    expect(plan.opening).toContain('invoice INV-2041 for 12,400 PLN, which is now 45 days past due');
  });

  it('names the interests behind a discount demand, not only the demand', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    const interests = plan.theirInterests.join(' ').toLowerCase();
    expect(interests).toContain('budget');
    expect(interests).toContain('justify');
    expect(interests).toContain('competitor');
  });

  it('phrases concessions and non-negotiables as questions back to the user', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    expect(plan.concessions.every((c) => c.includes('?'))).toBe(true);
    expect(plan.nonNegotiables.some((c) => c.includes('?'))).toBe(true);
  });

  it('opens with a contrast taken from the contrasting technique', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    expect(plan.opening).toMatch(/I'm not saying .*; I am saying /);
  });

  it('uses the take-a-break phrasing and says when to pause', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    const pauses = techniques
      .get('take-a-break')
      .phrasing.en.filter((p) => p.role === 'pause')
      .map((p) => p.text);
    expect(pauses.some((p) => plan.takeABreak.includes(p))).toBe(true);
    expect(plan.takeABreak).toMatch(/voices rise/);
  });

  it('steers toward the person, not their manager, when a peer goes quiet', () => {
    const plan = preparePlan(ENGLISH[5]![1], {}, techniques);
    expect(plan.goal).toMatch(/directly/);
    expect(plan.nonNegotiables.join(' ')).toMatch(/Go to the person first/);
  });

  it('reminds the user to negotiate honestly when money is on the table', () => {
    const plan = preparePlan(ENGLISH[0]![1], {}, techniques);
    expect(plan.nonNegotiables.join(' ')).toMatch(/never manipulate/);
  });

  it('adjusts the wording to who the other side is', () => {
    const client = preparePlan(ENGLISH[3]![1], { context: 'client' }, techniques);
    const report = preparePlan(ENGLISH[3]![1], { context: 'report' }, techniques);
    expect(client.theirPosition).toMatch(/^The client may say/);
    expect(report.theirPosition).toMatch(/^Your report may say/);
    expect(client.commonGround).not.toEqual(report.commonGround);
    expect(report.ifItHeatsUp.join(' ')).toMatch(/one-to-one/);
  });

  it('asks what it still needs to know, and not for figures it was given', () => {
    const vague = preparePlan('The client wants a discount.', {}, techniques);
    expect(vague.questions.join(' ')).toMatch(/How big a discount/);
    const precise = preparePlan(ENGLISH[0]![1], {}, techniques);
    expect(precise.questions.join(' ')).not.toMatch(/How big a discount/);
    expect(precise.questions.length).toBeGreaterThan(0);
  });

  it('falls back to a general plan that asks questions when the situation is unclear', () => {
    const plan = preparePlan('I need to talk to my flatmate about the dishes.', {}, techniques);
    expect(plan.situation).toBe('other');
    expectComplete(plan);
    expect(plan.questions.length).toBeGreaterThanOrEqual(3);
    expect(plan.questions.every((q) => q.endsWith('?'))).toBe(true);
  });

  it('is deterministic', () => {
    expect(preparePlan(ENGLISH[0]![1], {}, techniques)).toEqual(preparePlan(ENGLISH[0]![1], {}, techniques));
  });
});

describe('preparePlan in Polish', () => {
  it.each(POLISH)('builds a complete %s plan in Polish', (situation, text) => {
    const plan = preparePlan(text, {}, techniques);
    expect(plan.situation).toBe(situation);
    expect(plan.language).toBe('pl');
    expectComplete(plan);
    expect(plan.goal).toMatch(/[ąćęłńóśźż]/);
    expect(plan.opening).toMatch(/nie mówię, że/);
  });

  it('carries "30%" into the Polish plan', () => {
    const plan = preparePlan(POLISH[0]![1], {}, techniques);
    expect(plan.goal).toContain('30%');
    expect(plan.theirPosition).toContain('30%');
    expect(plan.opening).toContain('30%');
  });

  it('carries the amount and how late it is into the Polish invoice plan', () => {
    const plan = preparePlan(POLISH[1]![1], {}, techniques);
    expect(plan.opening).toContain('8 000 zł');
    expect(plan.opening).toContain('30 dni');
  });

  it('lets an explicit language preference win over the text', () => {
    const english = preparePlan(POLISH[0]![1], { language: 'en' }, techniques);
    expect(english.language).toBe('en');
    expect(english.situation).toBe('discount');
    expect(english.goal).toContain('30%');
    const polish = preparePlan(ENGLISH[0]![1], { language: 'pl' }, techniques);
    expect(polish.language).toBe('pl');
    expect(polish.goal).toContain('30%');
  });
});
