import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_DRAFT, BLOCK_DRAFT, SHORTCUT_COACH_MESSAGE, VIEW_COACH_DRAFT } from '../../src/slack/ids.ts';
import { buildError, buildUsage } from '../../src/slack/views/messages.ts';
import {
  messageShortcutPayload,
  postEvent,
  postInteraction,
  postSlashCommand,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

/** An engine fault whose message echoes the draft, as real ones can. */
class EngineBroke extends Error {
  constructor(text: string) {
    super(`model choked on: ${text}`);
    this.name = 'EngineBroke';
  }
}

const SECRET = 'zebra-quartz-confidential-draft';

describe('faults over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        review: async (draft) => {
          throw new EngineBroke(draft);
        },
        prepare: async (situation) => {
          throw new EngineBroke(situation);
        },
      }),
    });
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  const faultLines = () =>
    h.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'slack handler failed');

  it('answers an engine error on /coach with the error message and logs only its kind and ids', async () => {
    await postSlashCommand(h.target, {
      text: `Please stop ${SECRET}`,
      user_id: 'U0FAULT',
      channel_id: 'C0FAULT',
      response_url: h.fake.responseUrl('engine'),
    });
    const { body } = await h.fake.waitForResponse('engine');
    expect(body.text).toBe(buildError().text);
    const line = faultLines().find((l) => l.user === 'U0FAULT');
    expect(line).toMatchObject({
      kind: 'EngineBroke',
      surface: 'command',
      team: 'T0FAKE',
      channel: 'C0FAULT',
    });
    expect(h.logs.join('')).not.toContain(SECRET);
  });

  it('sends the error as a DM when a modal review fails', async () => {
    await postInteraction(
      h.target,
      viewSubmissionPayload({
        user: 'U0MODALFAULT',
        callback_id: VIEW_COACH_DRAFT,
        values: { [BLOCK_DRAFT]: { [ACTION_DRAFT]: { type: 'plain_text_input', value: SECRET } } },
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.text).toBe(buildError().text);
  });

  it('answers in the thread when a DM plan fails', async () => {
    const stored = h.fake.addMessage('D0FAULT', { user: 'U0DMFAULT', text: SECRET });
    await postEvent(h.target, {
      type: 'message',
      channel: 'D0FAULT',
      channel_type: 'im',
      user: 'U0DMFAULT',
      text: SECRET,
      ts: stored.ts,
    });
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(stored.ts);
    expect(post.args.text).toBe(buildError().text);
  });

  it('survives a failing Slack call: the fault is logged with its Slack code and the next request works', async () => {
    h.fake.failNext('conversations.open', 'channel_not_found', 2);
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0SLACKFAULT',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BOB', text: SECRET },
      }),
    );
    await h.fake.waitFor('conversations.open', undefined, { count: 2 });
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('after') });
    expect((await h.fake.waitForResponse('after')).body.text).toBe(buildUsage().text);
    const line = faultLines().find((l) => l.user === 'U0SLACKFAULT');
    expect(line).toMatchObject({ code: 'channel_not_found', surface: 'shortcut.coach_message' });
  });

  it('survives a response_url that refuses the reply', async () => {
    h.fake.failResponse('gone', 404);
    h.fake.failResponse('gone', 404);
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('gone') });
    await h.fake.waitForResponse('gone');
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('still-up') });
    expect((await h.fake.waitForResponse('still-up')).body.text).toBe(buildUsage().text);
  });
});
