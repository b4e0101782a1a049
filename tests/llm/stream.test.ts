import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/coach/coach.ts';
import { PracticeReply, PrepPlan } from '../../src/coach/schemas.ts';
import { partialPlan } from '../../src/llm/model-coach.ts';
import { type Harness, harness } from './fixtures.ts';

const PLAN = {
  language: 'en',
  situation: 'overdue-invoice',
  goal: 'Get invoice 113 paid by Friday.',
  theirPosition: 'They say the budget is frozen.',
  theirInterests: ['cash flow', 'not losing face'],
  commonGround: ['keep working together'],
  concessions: ['split into two payments?'],
  nonNegotiables: ['the full amount'],
  opening: "I don't want to chase you; I do want us to settle this calmly.",
  questionsToAsk: ['What would make Friday possible?'],
  options: ['two instalments'],
  ifItHeatsUp: ["Let's pause and pick this up tomorrow."],
  takeABreak: 'Offer a call tomorrow at 10.',
  followUp: ['Confirm in writing.'],
  questions: ['Can you offer instalments?'],
};

/** A tiny stand-in for the Slack view's planToMarkdown: one line per non-empty field, in order. */
const toMarkdown = (plan: PrepPlan) =>
  Object.entries(plan)
    .filter(([k]) => !['engine', 'language', 'situation'].includes(k))
    .filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== ''))
    .map(([k, v]) => `**${k}** ${Array.isArray(v) ? v.join('; ') : v}\n`)
    .join('');

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

describe('ModelCoach.prepareStream', () => {
  it('streams the plan as appended Markdown chunks and resolves to the validated plan', async () => {
    h = await harness();
    h.fake.enqueue({ json: PLAN });
    const chunks: string[] = [];
    const plan = await h.coach.prepareStream(
      'Invoice 113 is overdue.',
      {},
      (c) => chunks.push(c),
      toMarkdown,
    );
    expect(PrepPlan.parse(plan)).toMatchObject({ engine: 'openai', situation: 'overdue-invoice' });
    expect(h.fake.requests[0]!.body.stream).toBe(true);
    expect(h.fake.requests[0]!.body.response_format?.json_schema?.strict).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(toMarkdown(plan));
  });

  it('falls back to the offline plan on a failure and streams it once', async () => {
    h = await harness();
    h.fake.enqueue({ status: 500 });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const plan = await h.coach.prepareStream(
      'Invoice 113 is overdue.',
      { notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
      toMarkdown,
    );
    expect(plan.engine).toBe('local');
    expect(notices).toEqual(['fallback']);
    expect(chunks.join('')).toBe(toMarkdown(plan));
  });

  it('falls back when the streamed JSON breaks the schema, logging the kind', async () => {
    h = await harness();
    h.fake.enqueue({ json: { ...PLAN, situation: 'world-peace' } });
    const plan = await h.coach.prepareStream('Invoice 113 is overdue.', {}, () => {}, toMarkdown);
    expect(plan.engine).toBe('local');
    expect(h.logger.lines.at(-1)?.fields).toMatchObject({ kind: 'schema', method: 'prepare' });
  });

  it('keeps the plan when the Markdown listener throws', async () => {
    h = await harness();
    h.fake.enqueue({ json: PLAN });
    const plan = await h.coach.prepareStream(
      'Invoice 113 is overdue.',
      {},
      () => {
        throw new Error('slack said no');
      },
      toMarkdown,
    );
    expect(plan.engine).toBe('openai');
    expect(h.logger.lines.map((l) => l.message)).toContain('plan stream listener failed');
  });
});

const LINE =
  "Look, I hear you, but our budget is frozen until next quarter and I can't sign anything off before finance reopens it. What exactly do you expect me to do?";
const REPLY = { language: 'en', move: 'push', stance: 'harder', text: LINE, aside: null };
const PRACTICE = {
  situation: 'Asking a client to pay an overdue invoice.',
  turns: [{ role: 'user' as const, text: 'Invoice 113 is two months overdue.' }],
};

describe('ModelCoach.practiceStream', () => {
  it("streams the counterpart's words as appended text and resolves to the validated reply", async () => {
    h = await harness();
    h.fake.enqueue({ json: REPLY });
    const chunks: string[] = [];
    const reply = await h.coach.practiceStream(PRACTICE, (c) => chunks.push(c));
    expect(PracticeReply.parse(reply)).toMatchObject({ engine: 'openai', move: 'push', text: LINE });
    expect(h.fake.requests[0]!.body.stream).toBe(true);
    expect(h.fake.requests[0]!.body.response_format?.json_schema?.name).toBe('PracticeReply');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(LINE);
  });

  it('answers from the cache like practice, handing out the whole line once', async () => {
    h = await harness();
    h.fake.enqueue({ json: REPLY });
    const first = await h.coach.practice(PRACTICE);
    const chunks: string[] = [];
    const again = await h.coach.practiceStream(PRACTICE, (c) => chunks.push(c));
    expect(again).toEqual(first);
    expect(h.fake.requests).toHaveLength(1);
    expect(chunks).toEqual([LINE]);
  });

  it('falls back to the offline reply on a failure and sends its text once', async () => {
    h = await harness();
    h.fake.enqueue({ status: 500 });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const reply = await h.coach.practiceStream({ ...PRACTICE, notify: (n) => notices.push(n) }, (c) =>
      chunks.push(c),
    );
    expect(reply.engine).toBe('local');
    expect(notices).toEqual(['fallback']);
    expect(chunks).toEqual([reply.text]);
  });

  it('falls back when the streamed JSON breaks the schema, without re-sending a line', async () => {
    h = await harness();
    h.fake.enqueue({ json: { ...REPLY, stance: 'furious' } });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const reply = await h.coach.practiceStream({ ...PRACTICE, notify: (n) => notices.push(n) }, (c) =>
      chunks.push(c),
    );
    expect(reply.engine).toBe('local');
    expect(notices).toEqual(['fallback']);
    expect(h.logger.lines.at(-1)?.fields).toMatchObject({ kind: 'schema', method: 'practice' });
    // What was streamed is never taken back or repeated; the caller sees it differs from the reply.
    expect(chunks.join('')).not.toContain(reply.text);
  });

  it('answers offline with a notice once the user reached the model limit', async () => {
    h = await harness({ userLimit: 1 });
    h.fake.enqueue({ json: REPLY });
    await h.coach.practice({ ...PRACTICE, user: 'U1' });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const reply = await h.coach.practiceStream(
      { ...PRACTICE, turns: [], user: 'U1', notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
    );
    expect(reply.engine).toBe('local');
    expect(notices).toEqual(['rate-limited']);
    expect(chunks).toEqual([reply.text]);
  });

  it('keeps the reply when the text listener throws', async () => {
    h = await harness();
    h.fake.enqueue({ json: REPLY });
    const reply = await h.coach.practiceStream(PRACTICE, () => {
      throw new Error('slack said no');
    });
    expect(reply).toMatchObject({ engine: 'openai', text: LINE });
    expect(h.logger.lines.map((l) => l.message)).toContain('practice stream listener failed');
  });
});

describe('partialPlan', () => {
  it('keeps only the fields the model has finished', () => {
    const plan = partialPlan({ situation: 'discount', goal: 'Keep the pri' }, 'en');
    expect(plan.situation).toBe('discount');
    expect(plan.goal).toBe('');
    expect(plan.theirInterests).toEqual([]);
    expect(PrepPlan.safeParse(plan).success).toBe(true);
  });
});
