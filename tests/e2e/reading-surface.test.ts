/**
 * Reading someone else's message is its own surface (issue 11, item 3), over real HTTP: worded
 * from the reader's side, with replies that are Parley's suggestions; tone buttons reshape those
 * replies and never the sender's words; a message with nothing to coach gets one short line where
 * the user acted. The user's own message stays a review.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Rewrite } from '../../src/coach/schemas.ts';
import {
  ACTION_TONE_SHORTER,
  BLOCK_READING_ACTIONS,
  BLOCK_REVIEW_ACTIONS,
  SHORTCUT_COACH_MESSAGE,
} from '../../src/slack/ids.ts';
import { buildNothingToCoach, READING_LABELS } from '../../src/slack/views/reading.ts';
import { REVIEW_LABELS } from '../../src/slack/views/review.ts';
import { visibleText } from '../../src/slack/views/visible-text.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, startHarness } from './harness.ts';

const HEATED = 'As I already explained twice, this is NOT my problem. Figure it out yourself.';

describe('readings of someone else’s message over HTTP', () => {
  let h: Harness;
  const retoned: { draft: string; rewrite: Rewrite }[] = [];
  let reads = 0;

  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        read: async (message, options) => {
          reads += 1;
          return local.read(message, options);
        },
        retone: async (draft, rewrite, tone, options) => {
          retoned.push({ draft, rewrite });
          return local.retone(draft, rewrite, tone, options);
        },
      }),
    });
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    h.fake.clearCalls();
    retoned.length = 0;
    reads = 0;
  });

  const shortcut = (message: Record<string, unknown>, responseId: string) =>
    postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { text: '', ...message },
        response_url: h.fake.responseUrl(responseId),
      }),
    );

  it('speaks from the reader’s side and offers replies as Parley’s suggestions', async () => {
    await shortcut({ user: 'U0BOB', text: HEATED }, 'read');
    const post = await h.fake.waitFor('chat.postMessage');
    const text = visibleText(blocksOf(post.args));
    expect(blocksOf(post.args).some((b) => b.block_id === BLOCK_READING_ACTIONS)).toBe(true);
    expect(text).toContain(READING_LABELS.en.title);
    expect(text).toContain(READING_LABELS.en.needs);
    expect(text).toContain("Parley's suggestion");
    expect(text).not.toContain(REVIEW_LABELS.en.meaning.heated);
    expect(text).not.toMatch(/before you send it|your draft/i);
  });

  it('reshapes Parley’s replies with the tone buttons, never the message that was read', async () => {
    await shortcut({ user: 'U0BOB', text: HEATED }, 'tone');
    const post = await h.fake.waitFor('chat.postMessage', (c) =>
      JSON.stringify(c.args).includes(ACTION_TONE_SHORTER),
    );
    const ts = h.fake.messages('DU0ALICE').at(-1)!.ts;
    // Under load a "thinking…" note may be replaced first: wait for the update the click made.
    const before = h.fake.callsTo('chat.update').length;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_SHORTER, elementValue(post.args, ACTION_TONE_SHORTER)),
        channel: 'DU0ALICE',
        message: { ts },
        container: { type: 'message', is_ephemeral: false },
      }),
    );
    const update = await h.fake.waitFor(
      'chat.update',
      (c) => h.fake.callsTo('chat.update').indexOf(c) >= before,
    );
    expect(update.args.ts).toBe(ts);
    expect(retoned.length).toBeGreaterThan(0);
    for (const { draft, rewrite } of retoned) {
      expect(draft).toBe(rewrite.text);
      expect(draft).not.toContain('NOT my problem');
    }
    // The quote at the top is the only place the sender's words appear.
    const replies = visibleText(blocksOf(update.args)).split(READING_LABELS.en.bestReply)[1] ?? '';
    expect(replies).not.toBe('');
    expect(replies).not.toContain('NOT my problem');
  });

  it('answers a thank-you with one line where the user acted, and no DM', async () => {
    await shortcut({ user: 'U0BOB', text: 'Thanks so much for the help yesterday!' }, 'thanks');
    const { body } = await h.fake.waitForResponse('thanks');
    expect(body.text).toBe(buildNothingToCoach('calm').text);
    expect(body.response_type).toBe('ephemeral');
    expect(blocksOf(body)).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers an app’s alert with one line and never asks the coach', async () => {
    await shortcut(
      { bot_id: 'B0ALERTS', subtype: 'bot_message', text: 'ALERT: checkout is DOWN!!! Error rate 45%' },
      'bot',
    );
    const { body } = await h.fake.waitForResponse('bot');
    expect(body.text).toBe(buildNothingToCoach('automated').text);
    expect(reads).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a file with no text with one line', async () => {
    await shortcut({ user: 'U0BOB', subtype: 'file_share', files: [{ id: 'F0' }] }, 'file');
    const { body } = await h.fake.waitForResponse('file');
    expect(body.text).toBe(buildNothingToCoach('no-text').text);
    expect(reads).toBe(0);
  });

  it('keeps the user’s own message a review', async () => {
    await shortcut({ user: 'U0ALICE', text: HEATED }, 'own');
    const post = await h.fake.waitFor('chat.postMessage');
    const ids = blocksOf(post.args).map((b) => b.block_id);
    expect(ids).toContain(BLOCK_REVIEW_ACTIONS);
    expect(ids).not.toContain(BLOCK_READING_ACTIONS);
    expect(reads).toBe(0);
  });
});
