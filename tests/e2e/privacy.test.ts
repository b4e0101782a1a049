import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_DRAFT,
  ACTION_PRACTICE_END,
  ACTION_PRACTICE_START,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  BLOCK_DRAFT,
  SHORTCUT_COACH_MESSAGE,
  VIEW_COACH_DRAFT,
} from '../../src/slack/ids.ts';
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

/** Distinctive words that must never reach a log line, at any level. */
const MARKS = ['Quibblewick', 'Zanzibarite', 'Flummoxery', 'Grizzlethorpe', 'Snorkelvane', 'Wobblecrest'];

describe('privacy: no draft or message text in logs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ logLevel: 'debug' });
  });
  afterAll(async () => h?.close());

  it('keeps every text out of the debug logs through /coach, buttons, the modal, the shortcut and DMs', async () => {
    // /coach review and its buttons
    await postSlashCommand(h.target, {
      text: `You ALWAYS ignore ${MARKS[0]} and it is NOT ok!!!`,
      response_url: h.fake.responseUrl('review'),
    });
    const review = (await h.fake.waitForResponse('review')).body;
    const technique = optionValues(review, ACTION_TRY_TECHNIQUE)[0]!;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: selectAction(ACTION_TRY_TECHNIQUE, technique),
        response_url: h.fake.responseUrl('technique'),
      }),
    );
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_WARMER, elementValue(review, ACTION_TONE_WARMER)),
        response_url: h.fake.responseUrl('warmer'),
      }),
    );
    await h.fake.waitForResponse('technique');
    await h.fake.waitForResponse('warmer');

    // /coach prep
    await postSlashCommand(h.target, {
      text: `prep my client ${MARKS[1]} wants 40% off`,
      response_url: h.fake.responseUrl('prep'),
    });
    await h.fake.waitForResponse('prep');

    // The modal
    await postInteraction(
      h.target,
      viewSubmissionPayload({
        callback_id: VIEW_COACH_DRAFT,
        values: {
          [BLOCK_DRAFT]: {
            [ACTION_DRAFT]: { type: 'plain_text_input', value: `Per my last email, ${MARKS[2]}` },
          },
        },
      }),
    );
    await h.fake.waitFor('chat.postMessage');

    // The shortcut, on your own message and on someone else's
    await postInteraction(
      h.target,
      messageShortcutPayload({
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0ALICE', text: `Whatever, ${MARKS[3]}, do it your way.` },
      }),
    );
    await postInteraction(
      h.target,
      messageShortcutPayload({
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BOB', text: `As I already explained, ${MARKS[4]} is your job.` },
      }),
    );
    await h.fake.waitFor('chat.postMessage', undefined, { count: 3 });

    // A DM: plan, follow-up, practice start, a practice turn, end
    const say = async (text: string, thread?: string) => {
      const stored = h.fake.addMessage('D0ALICE', {
        user: 'U0ALICE',
        text,
        ...(thread ? { thread_ts: thread } : {}),
      });
      await postEvent(h.target, {
        type: 'message',
        channel: 'D0ALICE',
        channel_type: 'im',
        user: 'U0ALICE',
        text,
        ts: stored.ts,
        ...(thread ? { thread_ts: thread } : {}),
      });
      return stored.ts;
    };
    const root = await say(`My colleague ${MARKS[5]} missed the deadline again`);
    const plan = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root);
    const planTs = h.fake.messages('D0ALICE').find((m) => m.metadata?.event_type === 'parley_plan')!.ts;
    await postInteraction(
      h.target,
      blockActionsPayload({
        channel: 'D0ALICE',
        action: buttonAction(ACTION_PRACTICE_START, elementValue(plan.args, ACTION_PRACTICE_START)),
        message: { ts: planTs, thread_ts: root },
        container: { type: 'message', is_ephemeral: false },
      }),
    );
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root, { count: 2 });
    await say(`I get it, ${MARKS[5]}, but the deadline matters`, root);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root, { count: 3 });
    await postInteraction(
      h.target,
      blockActionsPayload({
        channel: 'D0ALICE',
        action: buttonAction(ACTION_PRACTICE_END, '-'),
        message: { ts: planTs, thread_ts: root },
        container: { type: 'message', is_ephemeral: false },
      }),
    );
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root, { count: 4 });

    const logs = h.logs.join('\n');
    // Debug logging was really on (Bolt and the Web API client log at debug).
    expect(h.logs.some((l) => l.includes('"level":"debug"'))).toBe(true);
    for (const mark of MARKS) expect(logs).not.toContain(mark);
    expect(logs).not.toMatch(/ALWAYS|Per my last email|Whatever|deadline/);
  });
});
