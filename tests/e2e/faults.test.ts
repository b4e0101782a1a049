import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_DRAFT,
  ACTION_PRACTICE_END,
  ACTION_PRACTICE_START,
  ACTION_TONE_DIRECT,
  ACTION_TRY_TECHNIQUE,
  ACTION_WELCOME_PROMPT,
  BLOCK_DRAFT,
  SHORTCUT_COACH_MESSAGE,
  VIEW_COACH_DRAFT,
} from '../../src/slack/ids.ts';
import { buildError, buildUsage, welcomePromptValue } from '../../src/slack/views/messages.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postEvent,
  postInteraction,
  postSlashCommand,
  selectAction,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';
import { elementValue, type Harness, optionValues, startHarness } from './harness.ts';

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
        // Heated, so there is something to coach and a DM to open.
        message: { user: 'U0BOB', text: `${SECRET}: you never listen. This is NOT my problem.` },
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

describe('button faults over HTTP', () => {
  let h: Harness;
  let review: Record<string, unknown>;
  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        review: async (draft, options) => {
          if (options?.technique) throw new EngineBroke(draft);
          return local.review(draft, options);
        },
        retone: async (draft) => {
          throw new EngineBroke(draft);
        },
        prepare: async (situation) => {
          throw new EngineBroke(situation);
        },
        practice: async (input) => {
          throw new EngineBroke(input.situation);
        },
        debrief: async (input) => {
          throw new EngineBroke(input.situation);
        },
      }),
    });
    await postSlashCommand(h.target, {
      text: `You NEVER listen, ${SECRET}`,
      response_url: h.fake.responseUrl('review'),
    });
    review = (await h.fake.waitForResponse('review')).body;
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('answers a failed "Try another technique" with the error message, leaving the review in place', async () => {
    const value = optionValues(review, ACTION_TRY_TECHNIQUE)[0]!;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: selectAction(ACTION_TRY_TECHNIQUE, value),
        response_url: h.fake.responseUrl('t'),
      }),
    );
    const { body } = await h.fake.waitForResponse('t');
    expect(body.text).toBe(buildError().text);
    expect(body.replace_original).toBe(false);
  });

  it('answers a failed tone change with the error message', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_DIRECT, elementValue(review, ACTION_TONE_DIRECT)),
        response_url: h.fake.responseUrl('tone'),
      }),
    );
    expect((await h.fake.waitForResponse('tone')).body.text).toBe(buildError().text);
  });

  it('answers failed practice starts and ends in the thread', async () => {
    const where = {
      channel: 'D0P',
      message: { ts: '1700000000.000500', thread_ts: '1700000000.000400' },
      container: { type: 'message', is_ephemeral: false },
    };
    h.fake.addMessage('D0P', { ts: '1700000000.000400', user: 'U0ALICE', text: SECRET });
    await postInteraction(
      h.target,
      blockActionsPayload({ ...where, action: buttonAction(ACTION_PRACTICE_START, '-') }),
    );
    const start = await h.fake.waitFor('chat.postMessage');
    expect(start.args).toMatchObject({ thread_ts: '1700000000.000400', text: buildError().text });
    await postInteraction(
      h.target,
      blockActionsPayload({ ...where, action: buttonAction(ACTION_PRACTICE_END, '-') }),
    );
    await h.fake.waitFor('chat.postMessage', undefined, { count: 2 });
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.text)).toEqual([
      buildError().text,
      buildError().text,
    ]);
  });

  it('answers an expired practice start from a private plan kindly', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_PRACTICE_START, 'gone'),
        response_url: h.fake.responseUrl('practice-expired'),
      }),
    );
    expect(String((await h.fake.waitForResponse('practice-expired')).body.text)).toMatch(/expired/i);
  });

  it('answers a failed welcome prompt in the DM', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        channel: 'D0W',
        action: buttonAction(ACTION_WELCOME_PROMPT, welcomePromptValue(1)),
        container: { type: 'message', is_ephemeral: false },
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'D0W', text: buildError().text });
  });

  it('logs a failed Home tab publish by kind and code, without crashing', async () => {
    h.fake.failNext('views.publish', 'not_enabled');
    await postEvent(h.target, {
      type: 'app_home_opened',
      user: 'U0HOMEFAULT',
      channel: 'DU0HOMEFAULT',
      tab: 'home',
    });
    await h.fake.waitFor('views.publish');
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('alive') });
    await h.fake.waitForResponse('alive');
    const line = h.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'slack handler failed' && l.user === 'U0HOMEFAULT');
    expect(line).toMatchObject({ code: 'not_enabled', surface: 'event.app_home_opened.home' });
    expect(h.logs.join('')).not.toContain(SECRET);
  });
});
