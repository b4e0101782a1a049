/**
 * Plans for situations the built-in plan library does not cover: the known gaps (a manager piling
 * on work, a report who keeps missing a deliverable, a boss handing the interesting work to someone
 * else, a pay rise) and situations nobody planned for (a landlord, a co-founder split, a neighbour).
 * Each plan must say back the user's own specifics and never fall back to "not clear yet".
 */
import { describe, expect, it } from 'vitest';
import { preparePlan } from '../../../src/coach/local/prepare.ts';
import { PrepPlan } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';
import { blockTextLength } from '../../../src/slack/views/limits.ts';
import { buildPlanSummary } from '../../../src/slack/views/plan.ts';

const techniques = TechniqueLibrary.load();
const plan = (text: string) => preparePlan(text, {}, techniques);
const all = (p: PrepPlan) => JSON.stringify(p);

function expectUsable(p: PrepPlan): void {
  expect(PrepPlan.parse(p)).toEqual(p);
  for (const field of ['goal', 'theirPosition', 'opening', 'takeABreak'] as const) {
    expect(p[field].length, field).toBeGreaterThan(20);
    expect(p[field], field).not.toMatch(/\{[A-Za-z]+\}/);
  }
  expect(all(p)).not.toMatch(/not clear yet|nie jest jeszcze jasne|\{[A-Za-z]+\}/i);
  for (const field of [
    'theirInterests',
    'commonGround',
    'concessions',
    'nonNegotiables',
    'questionsToAsk',
  ] as const)
    expect(p[field].length, field).toBeGreaterThan(0);
  expect(blockTextLength(buildPlanSummary(p, { stateId: 'x' }).blocks)).toBeLessThan(1_500);
}

describe('the known gaps, in English', () => {
  it('a manager piling on work gets a plan about priorities, with the manager as the other side', () => {
    const p = plan(
      "My manager keeps piling new projects on me and I'm already working weekends. I could hand the reporting over to Priya.",
    );
    expectUsable(p);
    expect(p.situation).not.toBe('price-increase');
    expect(p.goal).toMatch(/plate|priorit|list/i);
    expect(p.theirPosition).toMatch(/^Your manager/);
    // What the user can offer is said back in their own words.
    expect(p.concessions.join(' ')).toContain('I could hand the reporting over to Priya');
  });

  it('a report who keeps missing a deliverable gets a plan about the pattern, not one slip', () => {
    const p = plan('One of my analysts has missed the Monday sales forecast three times in a row.');
    expectUsable(p);
    expect(p.situation).toBe('missed-deadline');
    expect(p.goal).toMatch(/pattern/);
    expect(p.theirPosition).toMatch(/^Your report/);
    expect(p.ifItHeatsUp.join(' ')).toMatch(/role gives your words extra weight/);
  });

  it('a boss handing the interesting work to someone else names the colleague and asks for a path', () => {
    const p = plan(
      'My boss keeps handing the exciting client projects to Marcus and I get the maintenance tickets.',
    );
    expectUsable(p);
    expect(p.goal).toContain('Marcus');
    expect(p.questionsToAsk.join(' ')).toMatch(/decide who gets/);
    expect(p.nonNegotiables.join(' ')).toMatch(/not about what the other person gets/);
  });

  it('a raise with a boss is a pay conversation, with the figure carried over', () => {
    const p = plan('I want to ask my manager for a 12% raise; I have been leading the team since March.');
    expectUsable(p);
    expect(p.situation).not.toBe('price-increase');
    expect(p.opening).toContain('12%');
    expect(p.opening).toMatch(/my pay/);
    expect(all(p)).not.toMatch(/client/i);
  });
});

describe('the known gaps, in Polish', () => {
  it('"podwyżka" z szefem to podwyżka pensji, nie podwyżka cen dla klienta', () => {
    const p = plan('Chcę poprosić szefową o podwyżkę o 15%, bo od roku prowadzę projekt sama.');
    expectUsable(p);
    expect(p.language).toBe('pl');
    expect(p.situation).not.toBe('price-increase');
    expect(p.opening).toContain('15%');
    expect(p.opening).toMatch(/wynagrodzeni/);
    expect(all(p)).not.toMatch(/klient|cennik/i);
  });

  it('a client price increase in Polish stays a price increase', () => {
    expect(plan('Muszę powiedzieć klientowi o podwyżce cen o 7% od lutego.').situation).toBe(
      'price-increase',
    );
  });

  it('przełożony dokładający pracy', () => {
    const p = plan(
      'Mój kierownik dorzuca mi kolejne zadania, a ja i tak pracuję w weekendy. Mogę oddać wsparcie sprzedaży Tomkowi.',
    );
    expectUsable(p);
    expect(p.goal).toMatch(/listy/);
    expect(p.concessions.join(' ')).toContain('Mogę oddać wsparcie sprzedaży Tomkowi');
  });

  it('osoba z zespołu, która wciąż nie oddaje pracy na czas', () => {
    const p = plan('Stażystka w moim zespole po raz kolejny nie oddała analizy na czas.');
    expectUsable(p);
    expect(p.situation).toBe('missed-deadline');
    expect(p.goal).toMatch(/wzorzec/);
  });

  it('szef oddający ciekawe projekty komuś innemu', () => {
    const p = plan('Szef zawsze przydziela najciekawsze projekty Pawłowi, a ja dostaję tylko raporty.');
    expectUsable(p);
    expect(p.goal).toContain('Szef zawsze przydziela najciekawsze projekty Pawłowi');
  });
});

describe('situations the plan library does not know', () => {
  it('a landlord: who, what the user wants and what is at stake come back in their words', () => {
    const p = plan(
      "My landlord still hasn't fixed the boiler. I want him to get it repaired before December. I'm worried I'll have to break the lease otherwise.",
    );
    expectUsable(p);
    expect(p.situation).toBe('other');
    expect(p.goal).toMatch(/your landlord/);
    expect(p.goal).toContain('get it repaired before December');
    // The opening speaks to the landlord: "him" becomes "you".
    expect(p.opening).toContain("I'd like you to get it repaired before December");
    expect(p.nonNegotiables.join(' ')).toContain("I'm worried I'll have to break the lease otherwise");
    expect(p.commonGround.join(' ')).toMatch(/flat|tenancy/);
    // A landlord is not a colleague: no workplace advice.
    expect(all(p)).not.toMatch(/keep working together|colleague/);
  });

  it('a co-founder split: the ask and the offer are quoted, the questions only ask what is missing', () => {
    const p = plan(
      "My co-founder and I are splitting up. I want to keep the mobile app and the two customers I brought in. I'm willing to give up my board seat.",
    );
    expectUsable(p);
    expect(p.goal).toMatch(/your co-founder/);
    expect(p.goal).toContain('to keep the mobile app and the two customers you brought in');
    expect(p.concessions.join(' ')).toContain("I'm willing to give up my board seat");
    expect(p.questions.join(' ')).not.toMatch(/What could you offer in return/);
    expect(p.questions.join(' ')).toMatch(/What do you expect them to ask of you/);
  });

  it('a neighbour: the plan is about what the conversation is about', () => {
    const p = plan('I need to talk to my neighbour about his dog barking every night.');
    expectUsable(p);
    expect(p.goal).toContain('with your neighbour about his dog barking every night');
    expect(p.opening).toContain("I'd like to talk about his dog barking every night");
    expect(p.questions.join(' ')).toMatch(/What outcome would you call a success/);
  });

  it('nobody named: the story is quoted back and the plan asks who it is', () => {
    const p = plan('The parents committee voted against the school trip without asking anyone.');
    expectUsable(p);
    expect(p.goal).toContain('The parents committee voted against the school trip');
    expect(p.questions.join(' ')).toMatch(/Who is the other person/);
  });

  it('po polsku: sąsiadka, właściciel mieszkania, wspólnik', () => {
    const noise = plan('Muszę porozmawiać z sąsiadką o remoncie, który trwa od rana do nocy.');
    expectUsable(noise);
    expect(noise.goal).toContain('z sąsiadką o remoncie');
    expect(noise.opening).toContain('porozmawiać o remoncie');

    const flat = plan(
      'Właściciel mieszkania chce podnieść czynsz o 20%. Zależy mi, żeby został na obecnym poziomie do końca roku. Mogę podpisać umowę na dwa lata.',
    );
    expectUsable(flat);
    expect(flat.situation).not.toBe('price-increase');
    expect(flat.goal).toContain('żeby został na obecnym poziomie do końca roku');
    expect(flat.concessions.join(' ')).toContain('Mogę podpisać umowę na dwa lata');

    const split = plan(
      'Rozstaję się ze wspólnikiem. Chcę zatrzymać markę, a boję się, że stracimy klientów.',
    );
    expectUsable(split);
    expect(split.goal).toContain('ze wspólnikiem');
    expect(split.nonNegotiables.join(' ')).toContain('boję się, że stracimy klientów');
  });

  it('the explicit context still wins', () => {
    const p = preparePlan('I need to talk to my neighbour about the noise.', { context: 'peer' }, techniques);
    expect(p.ifItHeatsUp.join(' ')).toMatch(/between the two of you/);
  });

  it('an explicit language writes the plan in that language, with the same understanding', () => {
    const p = preparePlan('Chcę poprosić szefa o podwyżkę o 10%.', { language: 'en' }, techniques);
    expect(p.language).toBe('en');
    expect(p.opening).toContain('10%');
    expect(p.opening).toMatch(/my pay/);
  });
});
