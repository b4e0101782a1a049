/**
 * A question in a DM thread with the model engine (on a worker thread, against the fake OpenAI
 * server): one structured call whose answer is the reply, not the plan again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CoachWorkers, startCoachWorkers } from '../../src/coach-worker.ts';
import { blockTextLength } from '../../src/slack/views/limits.ts';
import { PLAN_LABELS, PLAN_UI } from '../../src/slack/views/plan.ts';
import { REVIEW_LABELS } from '../../src/slack/views/review.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.ts';
import { postEvent } from '../helpers/slack-requests.ts';
import { config } from '../llm/fixtures.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

const DM = 'D0DEV';
const DEV = 'U0DEV';
type Json = Record<string, unknown>;
const metadataType = (args: Json) => (args.metadata as { event_type?: string } | undefined)?.event_type;

const MODEL_PLAN = {
  language: 'en',
  situation: 'discount',
  goal: 'Keep the renewal at no more than 10% off.',
  theirPosition: 'They will ask for 30% off.',
  theirInterests: ['a lower cost this year'],
  commonGround: ['both want the project to continue'],
  concessions: ['a two-year term at 10% off'],
  nonNegotiables: ['no more than 10% off'],
  opening: "I don't want to haggle; I do want a renewal that works for both of us.",
  questionsToAsk: ['What budget are you working with?', 'What matters most in the renewal?'],
  options: ['a longer term', 'fewer seats'],
  ifItHeatsUp: ["Let's take a step back."],
  takeABreak: 'Offer to continue tomorrow.',
  followUp: ['Send the offer in writing.'],
  questions: ['Is there a competitor quote?'],
};
const ANSWER = {
  language: 'en',
  text: 'Say: "I\'d be sorry to lose you. Before you decide, can we compare what the other quote includes?"',
  techniques: ['make-it-safe'],
};

async function say(h: Harness, text: string, threadTs?: string): Promise<string> {
  const stored = h.fake.addMessage(DM, { user: DEV, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  await postEvent(h.target, {
    type: 'message',
    channel: DM,
    channel_type: 'im',
    user: DEV,
    text,
    ts: stored.ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
  return stored.ts;
}

describe('DM questions answered by the model engine', () => {
  let openai: FakeOpenAI;
  let workers: CoachWorkers;
  let h: Harness;

  beforeAll(async () => {
    openai = await startFakeOpenAI({ json: MODEL_PLAN });
    workers = await startCoachWorkers({
      engine: config(openai.url),
      logLevel: 'error',
      size: 1,
      warm: false,
    });
    h = await startHarness({ coach: () => workers.coach });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await workers?.close();
    await openai?.close();
  });

  it("answers a question about the plan with one model call and the model's words", async () => {
    const root = await say(h, 'A client wants another 30% off the renewal and I cannot go that low');
    await h.fake.waitFor('chat.postMessage', (c) => metadataType(c.args) === 'parley_plan');
    const before = openai.requests.length;
    openai.enqueue({ json: ANSWER });
    h.fake.clearCalls();

    await say(h, 'What do I say if they threaten to leave?', root);
    const post = (await h.fake.waitFor('chat.postMessage')).args;
    expect(metadataType(post)).toBe('parley_answer');
    expect(post.thread_ts).toBe(root);
    const shown = JSON.stringify(blocksOf(post));
    expect(shown).toContain('sorry to lose you');
    expect(shown).toContain(REVIEW_LABELS.en.engine.openai);
    expect(shown).not.toContain(MODEL_PLAN.goal);

    expect(openai.requests.length).toBe(before + 1);
    const request = openai.requests.at(-1)!.body;
    expect(request.response_format?.json_schema?.name).toBe('Answer');
    const user = request.messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain('<<<QUESTION\nWhat do I say if they threaten to leave?\nQUESTION>>>');
    expect(user).toContain(MODEL_PLAN.goal);
  });

  it('says what a new detail changes, a few parts at most, though the model rewords the whole plan', async () => {
    const root = await say(h, 'A client wants another 30% off the renewal and I cannot go that low');
    await h.fake.waitFor('chat.postMessage', (c) => metadataType(c.args) === 'parley_plan');
    const reworded = Object.fromEntries(
      Object.entries(MODEL_PLAN).map(([k, v]) => [
        k,
        k === 'language' || k === 'situation'
          ? v
          : Array.isArray(v)
            ? v.map((x) => `${x} (now)`)
            : `${v} (now)`,
      ]),
    );
    openai.enqueue({ json: reworded });
    h.fake.clearCalls();

    await say(h, "They also said they'll go to a competitor", root);
    const post = (await h.fake.waitFor('chat.postMessage')).args;
    expect(metadataType(post)).toBe('parley_plan');
    const shown = JSON.stringify(blocksOf(post));
    expect(shown).toContain(PLAN_UI.en.changesTitle);
    expect(shown).toContain(`${MODEL_PLAN.ifItHeatsUp[0]} (now)`);
    expect(shown).not.toContain(PLAN_LABELS.en.followUp);
    expect(shown).toContain('more parts of the plan changed');
    expect(blockTextLength(blocksOf(post))).toBeLessThan(1_500);
  });
});
