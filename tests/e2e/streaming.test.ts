/**
 * Long DM answers stream into the thread when the engine is the model: the app runs the model
 * engine on a worker thread against the fake OpenAI server (SSE) and talks to the fake Slack API.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CoachWorkers, startCoachWorkers } from '../../src/coach-worker.ts';
import {
  ACTION_PLAN_LESS,
  ACTION_PLAN_MORE,
  ACTION_PRACTICE_END,
  ACTION_PRACTICE_START,
} from '../../src/slack/ids.ts';
import { PLAN_LABELS } from '../../src/slack/views/plan.ts';
import { PRACTICE_LABELS, PRACTICE_STREAM_PREFIX } from '../../src/slack/views/practice.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.ts';
import { blockActionsPayload, buttonAction, postEvent, postInteraction } from '../helpers/slack-requests.ts';
import { config } from '../llm/fixtures.ts';
import { blocksOf, elementValue, type Harness, startHarness } from './harness.ts';

const DM = 'D0BEA';
const BEA = 'U0BEA';
type Json = Record<string, unknown>;
const metadataType = (args: Json) => (args.metadata as { event_type?: string } | undefined)?.event_type;

const MODEL_PLAN = {
  language: 'en',
  situation: 'overdue-invoice',
  goal: 'Get invoice 113 paid by Friday without losing the client.',
  theirPosition: 'They will say the budget is frozen until next quarter.',
  theirInterests: ['steady cash flow', 'not losing face with their finance team'],
  commonGround: ['both want to keep working together next year'],
  concessions: ['split the amount into two payments'],
  nonNegotiables: ['the full amount is paid'],
  opening: "I don't want to chase you; I do want us to settle invoice 113 calmly this week.",
  questionsToAsk: ['What would make a Friday payment possible?'],
  options: ['two instalments', 'a signed payment date'],
  ifItHeatsUp: ["Let's pause and pick this up tomorrow morning."],
  takeABreak: 'Offer a short call tomorrow at 10.',
  followUp: ['Confirm the agreed date in writing.'],
  questions: ['Can you offer instalments?'],
};

const FIRST_LINE =
  'Look, the budget for invoice 113 is frozen until next quarter and I cannot sign anything off before finance reopens it. What do you expect me to do?';
const SECOND_LINE =
  'Fine, two instalments might work, but Friday is not realistic for the first one: finance only pays on the last day of the month.';
const practiceReply = (text: string) => ({
  json: { language: 'en', move: 'push', stance: 'same', text, aside: null },
});
const payloadOf = (args: Json) =>
  (args.metadata as { event_payload?: Record<string, string> } | undefined)?.event_payload ?? {};

async function say(
  h: Harness,
  channel: string,
  user: string,
  text: string,
  threadTs?: string,
): Promise<string> {
  const stored = h.fake.addMessage(channel, { user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  const res = await postEvent(h.target, {
    type: 'message',
    channel,
    channel_type: 'im',
    user,
    text,
    ts: stored.ts,
    event_ts: stored.ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
  expect(res.status).toBe(200);
  return stored.ts;
}

/** Bea describes a situation in a DM, gets a plan, and presses "Practice this conversation". */
async function startPractice(
  h: Harness,
  situation: string,
  beforeClick = () => {},
): Promise<{ root: string }> {
  const root = await say(h, DM, BEA, situation);
  const planPost = await h.fake.waitFor('chat.postMessage');
  const planTs = h.fake.messages(DM).find((m) => metadataType(m as unknown as Json) === 'parley_plan')!.ts;
  h.fake.clearCalls();
  beforeClick();
  await postInteraction(
    h.target,
    blockActionsPayload({
      user: BEA,
      channel: DM,
      action: buttonAction(ACTION_PRACTICE_START, elementValue(planPost.args, ACTION_PRACTICE_START)),
      message: { ts: planTs, thread_ts: root },
      container: { type: 'message', is_ephemeral: false, channel_id: DM },
      response_url: h.fake.responseUrl('practice'),
    }),
  );
  return { root };
}

describe('DM plans stream into the thread with the model engine', () => {
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
    h = await startHarness({ coach: () => workers.coach, logLevel: 'debug' });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await workers?.close();
    await openai?.close();
  });
  afterEach(() => h.fake.clearCalls());

  it('streams the plan into the thread, then posts the practice button marked as a plan', async () => {
    const root = await say(h, DM, BEA, 'Invoice 113 is two months overdue and the client stopped answering.');
    const post = await h.fake.waitFor('chat.postMessage');

    const start = h.fake.callsTo('chat.startStream');
    expect(start).toHaveLength(1);
    expect(start[0]!.args).toMatchObject({ channel: DM, thread_ts: root, recipient_user_id: BEA });
    expect(h.fake.callsTo('chat.appendStream').length).toBeGreaterThan(0);
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(1);
    expect(openai.requests.at(-1)!.body.stream).toBe(true);

    const streamedTs = h.fake.messages(DM).find((m) => m.ts !== root && m.thread_ts === root)!.ts;
    const streamed = h.fake.streamedText(DM, streamedTs);
    // The short view streams (goal, opening, questions to ask); the rest is one click away.
    expect(streamed).toContain(`## ${PLAN_LABELS.en.title}`);
    expect(streamed).toContain('Get invoice 113 paid by Friday');
    expect(streamed).toContain(MODEL_PLAN.opening);
    expect(streamed).not.toContain('Confirm the agreed date in writing.');

    // The follow-up carries the buttons, the marker and a text fallback, but not the plan again.
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_plan');
    expect(post.args.text).toBe(PLAN_LABELS.en.fallbackText);
    expect(JSON.stringify(blocksOf(post.args))).not.toContain('Get invoice 113');

    // Show the whole plan fills the follow-up with the rest; Show less folds it back to buttons.
    const more = elementValue(post.args, ACTION_PLAN_MORE);
    const followUp = h.fake
      .messages(DM)
      .filter((m) => m.thread_ts === root)
      .at(-1)!;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: BEA,
        channel: DM,
        action: buttonAction(ACTION_PLAN_MORE, more),
        message: { ts: followUp.ts, thread_ts: root },
        container: { type: 'message', is_ephemeral: false, channel_id: DM, message_ts: followUp.ts },
        response_url: h.fake.responseUrl('more'),
      }),
    );
    const whole = (await h.fake.waitFor('chat.update')).args;
    expect(whole.ts).toBe(followUp.ts);
    expect(JSON.stringify(blocksOf(whole))).toContain('Confirm the agreed date in writing.');
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: BEA,
        channel: DM,
        action: buttonAction(ACTION_PLAN_LESS, elementValue(whole, ACTION_PLAN_LESS)),
        message: { ts: followUp.ts, thread_ts: root },
        container: { type: 'message', is_ephemeral: false, channel_id: DM, message_ts: followUp.ts },
        response_url: h.fake.responseUrl('less'),
      }),
    );
    const folded = (await h.fake.waitFor('chat.update', () => true, { count: 2 })).args;
    expect(JSON.stringify(blocksOf(folded))).not.toContain('Get invoice 113');
    elementValue(folded, ACTION_PLAN_MORE);

    // The button still works: a practice run starts in the same thread.
    const planTs = h.fake.messages(DM).find((m) => metadataType(m as unknown as Json) === 'parley_plan')!.ts;
    openai.enqueue(practiceReply('We simply have no budget left this quarter.'));
    h.fake.clearCalls();
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: BEA,
        channel: DM,
        action: buttonAction(ACTION_PRACTICE_START, elementValue(post.args, ACTION_PRACTICE_START)),
        message: { ts: planTs, thread_ts: root },
        container: { type: 'message', is_ephemeral: false, channel_id: DM },
        response_url: h.fake.responseUrl('practice'),
      }),
    );
    const practice = await h.fake.waitFor('chat.postMessage');
    expect(practice.args.thread_ts).toBe(root);
    expect(metadataType(practice.args)).toBe('parley_practice');
  });

  it('posts the whole plan as one message when Slack refuses to stream', async () => {
    h.fake.failNext('chat.startStream', 'unknown_method');
    const root = await say(h, DM, BEA, 'My manager keeps moving my deadline forward without asking.');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(h.fake.callsTo('chat.startStream')).toHaveLength(1);
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(0);
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_plan');
    expect(JSON.stringify(blocksOf(post.args))).toContain('Get invoice 113 paid by Friday');
    elementValue(post.args, ACTION_PRACTICE_START);
    const failure = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'plan stream failed');
    expect(failure).toMatchObject({ code: 'unknown_method', user: BEA });
  });

  it('posts the whole plan when the stream breaks half-way', async () => {
    h.fake.failNext('chat.appendStream', 'internal_error');
    const root = await say(h, DM, BEA, 'A teammate took credit for my work in the review meeting.');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(JSON.stringify(blocksOf(post.args))).toContain('Get invoice 113 paid by Friday');
    // The half-written message was closed, not left "writing…".
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(1);
  });

  /** A plan in a new DM thread, then the practice button pressed on it. */

  it("streams the counterpart's line into the thread, then posts End practice marked as a practice turn", async () => {
    openai.enqueue({ json: MODEL_PLAN }, practiceReply(FIRST_LINE));
    const { root } = await startPractice(h, 'Invoice 113 is two months overdue and finance keeps stalling.');
    const post = await h.fake.waitFor('chat.postMessage');

    expect(h.fake.callsTo('chat.startStream')).toHaveLength(1);
    expect(h.fake.callsTo('chat.startStream')[0]!.args).toMatchObject({ channel: DM, thread_ts: root });
    expect(h.fake.callsTo('chat.appendStream').length).toBeGreaterThan(0);
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(1);
    const streamedTs = h.fake.callsTo('chat.stopStream')[0]!.args.ts as string;
    expect(h.fake.streamedText(DM, streamedTs)).toBe(`${PRACTICE_STREAM_PREFIX}${FIRST_LINE}`);

    // The follow-up: the button, the hint and the marker with the whole line, not the line again.
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice');
    expect(payloadOf(post.args).line).toBe(FIRST_LINE);
    expect(post.args.text).toBe(PRACTICE_LABELS.en.replyHint);
    elementValue(post.args, ACTION_PRACTICE_END);
    expect(JSON.stringify(blocksOf(post.args))).not.toContain('budget');

    // The thread still reads as a practice run: the next reply is the next turn, streamed too.
    openai.enqueue(practiceReply(SECOND_LINE));
    h.fake.clearCalls();
    await say(h, DM, BEA, 'Could we split invoice 113 into two instalments?', root);
    const next = await h.fake.waitFor('chat.postMessage');
    const conversation = openai.requests.at(-1)!.body.messages.at(-1)!.content;
    expect(conversation).toContain(FIRST_LINE);
    expect(conversation).toContain('two instalments?');
    expect(metadataType(next.args)).toBe('parley_practice');
    expect(payloadOf(next.args).line).toBe(SECOND_LINE);
    const secondTs = h.fake.callsTo('chat.stopStream')[0]!.args.ts as string;
    expect(h.fake.streamedText(DM, secondTs)).toBe(`${PRACTICE_STREAM_PREFIX}${SECOND_LINE}`);
  });

  it('posts the practice line as one message when Slack refuses to stream', async () => {
    openai.enqueue({ json: MODEL_PLAN }, practiceReply(FIRST_LINE));
    const { root } = await startPractice(
      h,
      'Invoice 113 is overdue again and the client ignores my emails.',
      () => h.fake.failNext('chat.startStream', 'unknown_method'),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(h.fake.callsTo('chat.startStream')).toHaveLength(1);
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(0);
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice');
    expect(JSON.stringify(blocksOf(post.args))).toContain('frozen until next quarter');
    elementValue(post.args, ACTION_PRACTICE_END);
    const failure = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'practice stream failed');
    expect(failure).toMatchObject({ code: 'unknown_method', user: BEA });
  });

  it('posts the whole practice line when the stream breaks half-way, closing the streamed message', async () => {
    openai.enqueue({ json: MODEL_PLAN }, practiceReply(FIRST_LINE));
    const { root } = await startPractice(
      h,
      'Invoice 113 is still unpaid and finance blames the client.',
      () => h.fake.failNext('chat.appendStream', 'internal_error'),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice');
    expect(JSON.stringify(blocksOf(post.args))).toContain('frozen until next quarter');
    expect(h.fake.callsTo('chat.stopStream')).toHaveLength(1);
  });

  it('keeps situations and streamed plans out of the debug logs', () => {
    const logs = h.logs.join('\n');
    expect(logs).toContain('plan stream failed');
    expect(logs).toContain('practice stream failed');
    expect(logs).not.toMatch(/overdue|deadline|credit|invoice|Friday|instalments|budget|frozen/i);
  });
});

describe('DM plans with the offline engine', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('posts the plan as one message, without streaming', async () => {
    const root = await say(h, DM, BEA, 'A client wants another 30% off the renewal.');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_plan');
    expect(blocksOf(post.args).length).toBeGreaterThan(3);
    expect(h.fake.callsTo('chat.startStream')).toHaveLength(0);
  });

  it('posts each practice line as one message, without streaming', async () => {
    h.fake.clearCalls();
    const { root } = await startPractice(h, 'A client wants another 30% off the renewal, again.');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice');
    expect(String(post.args.text)).toMatch(/^Them: /);
    elementValue(post.args, ACTION_PRACTICE_END);
    expect(h.fake.callsTo('chat.startStream')).toHaveLength(0);
  });
});
