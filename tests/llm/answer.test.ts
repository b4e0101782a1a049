import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/coach/coach.ts';
import { Answer } from '../../src/coach/schemas.ts';
import { type Harness, harness } from './fixtures.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

const SITUATION = 'A client wants another 30% off the renewal and I cannot go that low';
const QUESTION = 'What do I say if they threaten to leave?';

describe('ModelCoach.answer against a fake OpenAI-compatible server', () => {
  it('answers the question in one strict structured call, with the question fenced', async () => {
    h = await harness();
    h.fake.enqueue({
      json: {
        language: 'en',
        text: 'Say: "I\'d be sorry to lose you. Before you decide, can we look at two options together?"',
        techniques: ['make-it-safe', 'no-such-technique'],
      },
    });
    const answer = await h.coach.answer({
      question: QUESTION,
      situation: SITUATION,
      plan: h.local.prepare(SITUATION),
      turns: [],
      topic: { kind: 'plan', field: 'ifItHeatsUp' },
    });
    expect(Answer.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({ engine: 'openai', language: 'en', techniques: ['make-it-safe'] });
    expect(answer.text).toContain('sorry to lose you');
    expect(h.fake.requests).toHaveLength(1);
    const body = h.fake.requests[0]!.body;
    expect(body.response_format?.json_schema?.name).toBe('Answer');
    const user = body.messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain(`<<<QUESTION\n${QUESTION}\nQUESTION>>>`);
    expect(user).toContain(`<<<SITUATION\n${SITUATION}\nSITUATION>>>`);
    expect(user).toContain('the plan\'s "ifItHeatsUp"');
  });

  it('falls back to the offline answer, with a notice, when the model breaks the schema', async () => {
    h = await harness();
    h.fake.enqueue({ json: { text: 42 } });
    const notices: Notice[] = [];
    const answer = await h.coach.answer({
      question: 'what is contrasting?',
      situation: '',
      turns: [],
      topic: { kind: 'technique', id: 'contrasting' },
      notify: (n) => notices.push(n),
    });
    expect(answer.engine).toBe('local');
    expect(answer.techniques).toEqual(['contrasting']);
    expect(notices).toEqual(['fallback']);
  });
});

describe('the offline answer', () => {
  it('answers a technique question with its card, and a plan question with that part of the plan', async () => {
    h = await harness();
    const card = h.local.answer({
      question: 'what is contrasting?',
      situation: '',
      turns: [],
      topic: { kind: 'technique', id: 'contrasting' },
    });
    expect(card.text).toContain(h.local.techniques.get('contrasting').summary);
    const plan = h.local.prepare(SITUATION);
    const section = h.local.answer({
      question: QUESTION,
      situation: SITUATION,
      plan,
      turns: [],
      topic: { kind: 'plan', field: 'ifItHeatsUp' },
    });
    expect(section.text).toBe(plan.ifItHeatsUp.map((line) => `• ${line}`).join('\n'));
  });

  it('answers in Polish from the Polish phrasing, and makes the plan again when it is not cached', async () => {
    h = await harness();
    const card = h.local.answer({
      question: 'Co to jest kontrastowanie?',
      situation: '',
      turns: [],
      topic: { kind: 'technique', id: 'contrasting' },
    });
    expect(card.language).toBe('pl');
    expect(card.text).toContain('Przykład');
    const situation = 'Klient chce kolejne 30% rabatu, a ja nie mogę zejść tak nisko';
    const opening = h.local.answer({
      question: 'Jak zacząć rozmowę?',
      situation,
      turns: [],
      topic: { kind: 'plan', field: 'opening' },
    });
    expect(opening.text).toBe(h.local.prepare(situation).opening);
  });
});
