/**
 * A DM conversation that holds together, over real HTTP against the fake Web API: every turn is
 * routed by what it asks for, and the thread is read back from Slack (conversations.replies).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_LESS,
  ACTION_PLAN_MORE,
  ACTION_PRACTICE_END,
  ACTION_PRACTICE_START,
  ACTION_WELCOME_PROMPT,
  BLOCK_REVIEW_ACTIONS,
} from '../../src/slack/ids.ts';
import { blockTextLength } from '../../src/slack/views/limits.ts';
import { PLAN_LABELS, PLAN_UI } from '../../src/slack/views/plan.ts';
import {
  blockActionsPayload,
  buttonAction,
  postEvent,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, findElement, type Harness, startHarness } from './harness.ts';

const DM = 'D0CARA';
const CARA = 'U0CARA';
type Json = Record<string, unknown>;
const metadataType = (args: Json) => (args.metadata as { event_type?: string } | undefined)?.event_type;
const shown = (args: Json) => JSON.stringify(blocksOf(args));
/** What a person reads: every text in the blocks (buttons included). */
const visible = (args: Json) => blockTextLength(blocksOf(args));

const SITUATION = 'A client wants another 30% off the renewal and I cannot go that low';

describe('a DM conversation routed turn by turn', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  async function say(text: string, threadTs?: string): Promise<string> {
    const stored = h.fake.addMessage(DM, { user: CARA, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
    const res = await postEvent(h.target, {
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: CARA,
      text,
      ts: stored.ts,
      event_ts: stored.ts,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    expect(res.status).toBe(200);
    return stored.ts;
  }

  /** Parley's next reply in the DM. */
  const reply = async () => (await h.fake.waitFor('chat.postMessage')).args;

  it('answers "hi" in an agent thread with a one-line welcome and Slack\'s suggested prompts', async () => {
    const root = await say('hi');
    const post = await reply();
    expect(metadataType(post)).toBe('parley_welcome');
    expect(post.thread_ts).toBe(root);
    const prompts = h.fake.callsTo('assistant.threads.setSuggestedPrompts');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.args).toMatchObject({ channel_id: DM, thread_ts: root });
    expect((prompts[0]!.args.prompts as unknown[]).length).toBeLessThanOrEqual(4);
    expect(findElement(post, ACTION_WELCOME_PROMPT)).toBeUndefined();
    expect(shown(post)).not.toContain(PLAN_LABELS.en.title);
    expect(visible(post)).toBeLessThan(300);
  });

  it('offers the prompts as buttons where Slack refuses suggested prompts (a plain DM), in Polish for "cześć"', async () => {
    h.fake.failNext('assistant.threads.setSuggestedPrompts', 'not_allowed');
    await say('hello!');
    const post = await reply();
    expect(elementValue(post, ACTION_WELCOME_PROMPT)).toBe('prompt_0');
    h.fake.clearCalls();
    await say('Cześć :wave:');
    const pl = await reply();
    expect(String(pl.text)).toContain('Cześć, tu Parley');
    const prompts = h.fake.callsTo('assistant.threads.setSuggestedPrompts')[0]!.args.prompts as {
      message: string;
    }[];
    expect(prompts[0]!.message).toContain('rabatu');
  });

  it('reviews "review this: …" in a new conversation instead of planning, and titles the thread', async () => {
    const root = await say('review this: We will NEVER give you 30% off, stop asking.');
    const post = await reply();
    expect(metadataType(post)).toBe('parley_review');
    expect(blocksOf(post).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(shown(post)).not.toContain(PLAN_LABELS.en.title);
    const title = h.fake.callsTo('assistant.threads.setTitle');
    expect(title).toHaveLength(1);
    expect(title[0]!.args).toMatchObject({ channel_id: DM, thread_ts: root, title: 'Draft review' });
  });

  it('reviews a pasted draft', async () => {
    await say('You ALWAYS miss the deadline and I am tired of covering for you.');
    const post = await reply();
    expect(metadataType(post)).toBe('parley_review');
  });

  it('answers "what is contrasting?" with the technique card', async () => {
    await say('what is contrasting?');
    const post = await reply();
    expect(metadataType(post)).toBe('parley_answer');
    expect(shown(post)).toContain('Contrasting');
    expect(shown(post)).toContain('First say what you do not mean');
  });

  describe('a plan, then questions and details in its thread', () => {
    let root = '';
    let plan: Json = {};

    it('opens with the goal, the opening line and two questions, under 1,500 characters', async () => {
      root = await say(SITUATION);
      plan = await reply();
      expect(metadataType(plan)).toBe('parley_plan');
      expect(visible(plan)).toBeLessThan(1_500);
      const text = shown(plan);
      expect(text).toContain(PLAN_LABELS.en.goal);
      expect(text).toContain(PLAN_LABELS.en.opening);
      expect(text).toContain(PLAN_LABELS.en.questionsToAsk);
      expect(text).not.toContain(PLAN_LABELS.en.ifItHeatsUp);
      elementValue(plan, ACTION_PRACTICE_START);
      elementValue(plan, ACTION_PLAN_MORE);
      // The title follows the plan (it names the kind of conversation the plan found).
      const title = await h.fake.waitFor('assistant.threads.setTitle');
      expect(title.args).toMatchObject({ thread_ts: root, title: 'Discount request' });
    });

    it('expands to the whole plan in place, and folds back', async () => {
      const planTs = h.fake.messages(DM).find((m) => m.metadata?.event_type === 'parley_plan')!.ts;
      const click = (actionId: string, value: string) =>
        postInteraction(
          h.target,
          blockActionsPayload({
            user: CARA,
            channel: DM,
            action: buttonAction(actionId, value),
            message: { ts: planTs, thread_ts: root },
            container: { type: 'message', is_ephemeral: false, channel_id: DM, message_ts: planTs },
            response_url: h.fake.responseUrl('plan-toggle'),
          }),
        );
      await click(ACTION_PLAN_MORE, elementValue(plan, ACTION_PLAN_MORE));
      const whole = (await h.fake.waitFor('chat.update')).args;
      expect(whole).toMatchObject({ channel: DM, ts: planTs });
      expect(shown(whole)).toContain(PLAN_LABELS.en.ifItHeatsUp);
      expect(metadataType(whole)).toBe('parley_plan');
      // Block ids change with the view, as Slack wants for updated messages.
      expect(blocksOf(whole).map((b) => b.block_id)).not.toContain('plan_actions');
      await click(ACTION_PLAN_LESS, elementValue(whole, ACTION_PLAN_LESS));
      const folded = (await h.fake.waitFor('chat.update', () => true, { count: 2 })).args;
      expect(shown(folded)).not.toContain(PLAN_LABELS.en.ifItHeatsUp);
      expect(h.fake.messages(DM).find((m) => m.ts === planTs)!.metadata?.event_type).toBe('parley_plan');
    });

    it('answers a question about the plan with that section, not the plan again', async () => {
      await say('what do I say if they threaten to leave?', root);
      const post = await reply();
      expect(metadataType(post)).toBe('parley_answer');
      expect(shown(post)).toContain(PLAN_LABELS.en.ifItHeatsUp);
      expect(shown(post)).not.toContain(PLAN_LABELS.en.goal);
      expect(shown(post)).toContain('threaten to leave');
    });

    it('answers "thanks" with one line, not a plan', async () => {
      await say('ok thanks', root);
      const post = await reply();
      expect(metadataType(post)).toBe('parley_ack');
      expect(shown(post)).not.toContain(PLAN_LABELS.en.title);
      expect(visible(post)).toBeLessThan(150);
    });

    it('says what a new detail changes instead of repeating the plan', async () => {
      await say('The renewal is worth €40,000 a year and they have been with us for five years', root);
      const post = await reply();
      expect(metadataType(post)).toBe('parley_plan');
      expect(shown(post)).toContain(PLAN_UI.en.changesTitle);
      expect(shown(post)).not.toContain(PLAN_LABELS.en.title);
      expect(visible(post)).toBeLessThan(visible(plan) + 600);
      // The detail became part of the situation read back from the thread; the question did not.
      const replies = h.fake.callsTo('conversations.replies');
      expect(replies.at(-1)!.args.ts).toBe(root);
    });

    it('says so when a detail changes nothing, pointing at the part of the plan that covers it', async () => {
      await say("They also said they'll go to a competitor", root);
      const post = await reply();
      expect(shown(post)).toContain(PLAN_UI.en.noChange);
      expect(shown(post)).toContain(PLAN_LABELS.en.ifItHeatsUp);
    });

    it('answers a question after a practice run, not with the plan a third time', async () => {
      const planMessage = h.fake
        .messages(DM)
        .filter((m) => m.metadata?.event_type === 'parley_plan')
        .at(-1)!;
      const practiceValue = elementValue(planMessage as unknown as Json, ACTION_PRACTICE_START);
      await postInteraction(
        h.target,
        blockActionsPayload({
          user: CARA,
          channel: DM,
          action: buttonAction(ACTION_PRACTICE_START, practiceValue),
          message: { ts: planMessage.ts, thread_ts: root },
          container: { type: 'message', is_ephemeral: false, channel_id: DM, message_ts: planMessage.ts },
          response_url: h.fake.responseUrl('practice'),
        }),
      );
      expect(metadataType(await reply())).toBe('parley_practice');
      h.fake.clearCalls();
      await say('I hear you. I cannot do 30%, but a two-year contract at 10% could work.', root);
      const turn = await reply();
      h.fake.clearCalls();
      await postInteraction(
        h.target,
        blockActionsPayload({
          user: CARA,
          channel: DM,
          action: buttonAction(ACTION_PRACTICE_END, 'x'),
          message: { ts: String(turn.ts ?? root), thread_ts: root },
          container: { type: 'message', is_ephemeral: false },
          response_url: h.fake.responseUrl('practice-end'),
        }),
      );
      expect(metadataType(await reply())).toBe('parley_practice_end');
      h.fake.clearCalls();
      await say('Was my offer too soft?', root);
      const post = await reply();
      expect(metadataType(post)).toBe('parley_answer');
      expect(shown(post)).not.toContain(PLAN_LABELS.en.title);
    });
  });

  it('expands a private /coach prep plan through its response_url', async () => {
    await postSlashCommand(h.target, { text: `prep ${SITUATION}`, response_url: h.fake.responseUrl('prep') });
    const short = (await h.fake.waitForResponse('prep')).body;
    expect(visible(short)).toBeLessThan(1_500);
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0ALICE',
        action: buttonAction(ACTION_PLAN_MORE, elementValue(short, ACTION_PLAN_MORE)),
        container: { type: 'message', is_ephemeral: true },
        response_url: h.fake.responseUrl('prep-more'),
      }),
    );
    const whole = (await h.fake.waitForResponse('prep-more')).body;
    expect(whole.replace_original).toBe(true);
    expect(shown(whole)).toContain(PLAN_LABELS.en.ifItHeatsUp);
  });

  it("says a plan button has expired rather than showing someone else's plan", async () => {
    await postSlashCommand(h.target, {
      text: `prep ${SITUATION}`,
      response_url: h.fake.responseUrl('prep-2'),
    });
    const short = (await h.fake.waitForResponse('prep-2')).body;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0MALLORY',
        action: buttonAction(ACTION_PLAN_MORE, elementValue(short, ACTION_PLAN_MORE)),
        container: { type: 'message', is_ephemeral: true },
        response_url: h.fake.responseUrl('prep-stolen'),
      }),
    );
    const answer = (await h.fake.waitForResponse('prep-stolen')).body;
    expect(shown(answer)).not.toContain(PLAN_LABELS.en.ifItHeatsUp);
    expect(answer.replace_original).toBe(false);
  });
});
