import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_READING_ACTIONS, BLOCK_REVIEW_ACTIONS, SHORTCUT_COACH_MESSAGE } from '../../src/slack/ids.ts';
import { buildNothingToCoach } from '../../src/slack/views/reading.ts';
import { messageShortcutPayload, postInteraction } from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

describe('the "Coach this message" shortcut over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('reviews your own message and sends the review as a DM', async () => {
    const res = await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0ALICE', text: 'Whatever. Do it your way, you always do.' },
      }),
    );
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0ALICE');
    expect(blocksOf(post.args).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });

  it("reads someone else's message: intent, impact and replies", async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BOB', text: 'As I already explained twice, this is NOT my problem.' },
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0ALICE');
    const ids = blocksOf(post.args).map((b) => b.block_id);
    expect(ids).not.toContain(BLOCK_REVIEW_ACTIONS);
    expect(ids).toContain(BLOCK_READING_ACTIONS);
  });

  it('explains in one line where the user acted when the message has no text to coach', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BOB', text: '', files: [{ id: 'F1' }] },
        response_url: h.fake.responseUrl('no-text'),
      }),
    );
    const { body } = await h.fake.waitForResponse('no-text');
    expect(body.text).toBe(buildNothingToCoach('no-text').text);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
