/** A draft of only zero-width characters or NULs gets the empty-draft reply, never a calm review. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHORTCUT_COACH_MESSAGE } from '../../src/slack/ids.ts';
import { buildEmptyDraft } from '../../src/slack/views/messages.ts';
import { buildNothingToCoach } from '../../src/slack/views/reading.ts';
import { messageShortcutPayload, postInteraction, postSlashCommand } from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

const INVISIBLE = '\u200B\u200C\u200D\u2060\uFEFF\u0000';

describe('blank drafts over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('answers /coach with only invisible characters like an empty draft', async () => {
    await postSlashCommand(h.target, { text: INVISIBLE, response_url: h.fake.responseUrl('blank') });
    const { body } = await h.fake.waitForResponse('blank');
    expect(body.text).toBe(buildEmptyDraft().text);
  });

  it('answers "Coach this message" on an invisible message like an empty one', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0BLANK',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BLANK', text: `\u200B \u2060\n${INVISIBLE}` },
        response_url: h.fake.responseUrl('blank-shortcut'),
      }),
    );
    // One short line where the user acted: a message with no text has nothing to coach.
    const { body } = await h.fake.waitForResponse('blank-shortcut');
    expect(body.text).toBe(buildNothingToCoach('no-text').text);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
