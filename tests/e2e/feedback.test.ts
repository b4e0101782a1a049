/**
 * Thumbs up / down on reviews and plans over real HTTP: Slack's feedback_buttons, counted per
 * surface and engine for the workspace (last write wins per person and message), shown in App Home.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_FEEDBACK, BLOCK_FEEDBACK } from '../../src/slack/ids.ts';
import {
  blockActionsPayload,
  postEvent,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

type Json = Record<string, unknown>;
const TEAM = 'T0FAKE';
const DRAFT = 'You NEVER answer my emails and frankly I am done waiting for you.';

/** The feedback_buttons element of a message, if it has one. */
function feedbackButtons(message: Json): Json | undefined {
  const block = blocksOf(message).find((b) => b.type === 'context_actions');
  return (block?.elements as Json[] | undefined)?.find((e) => e.type === 'feedback_buttons');
}

const buttonValue = (element: Json, which: 'positive_button' | 'negative_button') =>
  (element[which] as { value: string }).value;

describe('feedback on reviews and plans over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  /** A thumbs click on message `ts` in `channel`, as Slack sends it. */
  const vote = (user: string, value: string, ts: string, channel = 'C0GENERAL') =>
    postInteraction(
      h.target,
      blockActionsPayload({
        user,
        channel,
        action: { type: 'feedback_buttons', action_id: ACTION_FEEDBACK, block_id: BLOCK_FEEDBACK, value },
        container: { type: 'message', is_ephemeral: true, channel_id: channel, message_ts: ts },
        response_url: h.fake.responseUrl(`vote-${ts}`),
      }),
    );
  const count = (name: string) => h.store.getCounter(name, TEAM);

  /** Wait until the counter reads `expected` (votes are counted after the ack). */
  async function settles(name: string, expected: number): Promise<void> {
    for (let i = 0; i < 400 && (await count(name)) !== expected; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(await count(name)).toBe(expected);
  }

  let review: Json = {};

  it('puts thumbs up / down under a review, naming only the surface, the engine and the vote', async () => {
    await postSlashCommand(h.target, { text: DRAFT, response_url: h.fake.responseUrl('review') });
    review = (await h.fake.waitForResponse('review')).body;
    const buttons = feedbackButtons(review);
    expect(buttons).toMatchObject({ action_id: ACTION_FEEDBACK });
    expect(buttonValue(buttons!, 'positive_button')).toBe('review.local.up');
    expect(buttonValue(buttons!, 'negative_button')).toBe('review.local.down');
  });

  it('counts a vote once per person and message, and moves it when the person changes their mind', async () => {
    const up = buttonValue(feedbackButtons(review)!, 'positive_button');
    const down = buttonValue(feedbackButtons(review)!, 'negative_button');
    expect((await vote('U0ALICE', up, '1700000000.000500')).status).toBe(200);
    await settles('feedback.review.local.up', 1);
    await vote('U0ALICE', up, '1700000000.000500');
    await vote('U0ALICE', down, '1700000000.000500');
    await settles('feedback.review.local.down', 1);
    await settles('feedback.review.local.up', 0);
    await vote('U0BOB', up, '1700000000.000500');
    await vote('U0ALICE', up, '1700000000.000600');
    await settles('feedback.review.local.up', 2);
    expect(await count('feedback.review.local.down')).toBe(1);
  });

  it('ignores a value Parley never wrote', async () => {
    await vote('U0MALLORY', 'review.local.up; DROP TABLE', '1700000000.000700');
    await vote('U0MALLORY', 'plan.gpt.up', '1700000000.000700');
    await vote('U0ALICE', 'plan.local.up', '1700000000.000800');
    await settles('feedback.plan.local.up', 1);
    expect(await count('feedback.review.local.up')).toBe(2);
  });

  it('puts them under a plan in a DM too', async () => {
    const stored = h.fake.addMessage('D0ALICE', {
      user: 'U0ALICE',
      text: 'My manager keeps moving my deadline forward',
    });
    await postEvent(h.target, {
      type: 'message',
      channel: 'D0ALICE',
      channel_type: 'im',
      user: 'U0ALICE',
      text: stored.text,
      ts: stored.ts,
    });
    const plan = (await h.fake.waitFor('chat.postMessage')).args;
    expect(buttonValue(feedbackButtons(plan)!, 'negative_button')).toBe('plan.local.down');
  });

  it('shows the workspace counts in App Home, and never any text', async () => {
    await postEvent(h.target, {
      type: 'app_home_opened',
      user: 'U0ALICE',
      channel: 'D0ALICE',
      tab: 'home',
      event_ts: '1',
    });
    const view = JSON.stringify((await h.fake.waitFor('views.publish')).args.view);
    expect(view).toContain('Reviews (offline coach): :thumbsup: 2 · :thumbsdown: 1');
    expect(view).toContain('Plans (offline coach): :thumbsup: 1 · :thumbsdown: 0');
    expect(h.logs.join('\n')).not.toContain('NEVER answer');
  });
});
