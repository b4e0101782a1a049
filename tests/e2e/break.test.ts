import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_REVIEW_ACTIONS, VIEW_COACH_DRAFT } from '../../src/slack/ids.ts';
import {
  ACTION_BREAK_CANCEL,
  ACTION_REMINDER_BREAK,
  ACTION_REMINDER_COACH,
  ACTION_REMINDER_NOT_HELPFUL,
  COUNTER_NOT_HELPFUL,
} from '../../src/slack/reminder-ids.ts';
import { buildReminderAlreadyCounted } from '../../src/slack/views/reminder.ts';
import {
  blockActionsPayload,
  buttonAction,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, startHarness } from './harness.ts';

const ALICE = 'U0ALICE';
const DM = `D${ALICE}`;
const now = () => Math.floor(Date.now() / 1000);

/** A click on a reminder button, on Parley's message in a channel thread. */
const reminderClick = (h: Harness, actionId: string, responseId: string, channel = 'C0TEAM') =>
  postInteraction(
    h.target,
    blockActionsPayload({
      user: ALICE,
      action: buttonAction(actionId, 'reminder'),
      channel,
      trigger_id: `trigger-${responseId}`,
      response_url: h.fake.responseUrl(responseId),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: channel,
        message_ts: '1700000100.000200',
      },
      message: { ts: '1700000100.000200', thread_ts: '1700000000.000100', bot_id: 'B0PARLEY' },
    }),
  );

describe('breaks over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('schedules a DM about ten minutes out for /coach break 10m', async () => {
    const before = now();
    await postSlashCommand(h.target, {
      text: 'break 10m',
      user_id: ALICE,
      response_url: h.fake.responseUrl('b10'),
    });
    const call = await h.fake.waitFor('chat.scheduleMessage');
    expect(call.args.channel).toBe(DM);
    const postAt = Number(call.args.post_at);
    expect(postAt).toBeGreaterThanOrEqual(before + 600);
    expect(postAt).toBeLessThanOrEqual(now() + 600);
    expect(String(call.args.text)).toMatch(/fresh eyes/);
    const { body } = await h.fake.waitForResponse('b10');
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('10 minutes');
  });

  it('reads 1h30m as ninety minutes', async () => {
    const before = now();
    await postSlashCommand(h.target, {
      text: 'break 1h30m',
      user_id: ALICE,
      response_url: h.fake.responseUrl('b90'),
    });
    const call = await h.fake.waitFor('chat.scheduleMessage');
    expect(Number(call.args.post_at)).toBeGreaterThanOrEqual(before + 5400);
    expect(Number(call.args.post_at)).toBeLessThanOrEqual(now() + 5400);
  });

  it('refuses lengths outside 1 minute to 8 hours with a clear message', async () => {
    for (const [text, id] of [
      ['break 9h', 'b9h'],
      ['break 0m', 'b0'],
      ['break 10 parsecs', 'bx'],
    ] as const) {
      await postSlashCommand(h.target, { text, user_id: ALICE, response_url: h.fake.responseUrl(id) });
      const { body } = await h.fake.waitForResponse(id);
      expect(String(body.text)).toMatch(/1 minute to 8 hours|10m, 45m/);
    }
    expect(h.fake.callsTo('chat.scheduleMessage')).toHaveLength(0);
  });

  it('lists pending breaks with cancel buttons and cancels one', async () => {
    await postSlashCommand(h.target, {
      text: 'break 20m',
      user_id: ALICE,
      response_url: h.fake.responseUrl('b20'),
    });
    await h.fake.waitForResponse('b20');
    await postSlashCommand(h.target, {
      text: 'break',
      user_id: ALICE,
      response_url: h.fake.responseUrl('list'),
    });
    const list = (await h.fake.waitForResponse('list')).body;
    expect(h.fake.callsTo('chat.scheduledMessages.list')[0]?.args.channel).toBe(DM);
    const id = elementValue(list, ACTION_BREAK_CANCEL);

    await postInteraction(
      h.target,
      blockActionsPayload({
        user: ALICE,
        action: buttonAction(ACTION_BREAK_CANCEL, id),
        response_url: h.fake.responseUrl('cancel'),
      }),
    );
    const call = await h.fake.waitFor('chat.deleteScheduledMessage');
    expect(call.args).toMatchObject({ channel: DM, scheduled_message_id: id });
    const { body } = await h.fake.waitForResponse('cancel');
    expect(body.replace_original).toBe(true);
    expect(String(body.text)).toMatch(/cancelled/i);
    expect(JSON.stringify(body.blocks)).not.toContain(`"value":"${id}"`);
  });

  it('says so when a break was already gone', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: ALICE,
        action: buttonAction(ACTION_BREAK_CANCEL, 'Q999'),
        response_url: h.fake.responseUrl('gone'),
      }),
    );
    const { body } = await h.fake.waitForResponse('gone');
    expect(String(body.text)).toMatch(/already ended or was cancelled/);
  });

  it('reviews a draft that merely starts with "break"', async () => {
    await postSlashCommand(h.target, {
      text: 'break it to them gently: you never read the spec',
      user_id: ALICE,
      response_url: h.fake.responseUrl('draft'),
    });
    const { body } = await h.fake.waitForResponse('draft');
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(h.fake.callsTo('chat.scheduleMessage')).toHaveLength(0);
  });

  it('"Take a 10-min break" on a reminder schedules a DM to whoever clicked, ten minutes out', async () => {
    const before = now();
    await reminderClick(h, ACTION_REMINDER_BREAK, 'rb');
    const call = await h.fake.waitFor('chat.scheduleMessage');
    expect(call.args.channel).toBe(DM);
    expect(Number(call.args.post_at)).toBeGreaterThanOrEqual(before + 600);
    expect(Number(call.args.post_at)).toBeLessThanOrEqual(now() + 600);
    const { body } = await h.fake.waitForResponse('rb');
    expect(body.response_type).toBe('ephemeral');
    expect(body.replace_original).toBe(false);
  });

  it('"Coach my reply" opens the draft modal with the trigger_id', async () => {
    await reminderClick(h, ACTION_REMINDER_COACH, 'rc');
    const call = await h.fake.waitFor('views.open');
    expect(call.args.trigger_id).toBe('trigger-rc');
    expect((call.args.view as { callback_id?: string }).callback_id).toBe(VIEW_COACH_DRAFT);
  });

  it('"Not helpful" counts, makes the channel a little less sensitive and thanks the user', async () => {
    await h.store.setWatch({
      channel: 'C0TEAM',
      enabled: true,
      sensitivity: 'medium',
      cooldownMinutes: 30,
      sensitivityOffset: 0,
    });
    await reminderClick(h, ACTION_REMINDER_NOT_HELPFUL, 'nh');
    const { body } = await h.fake.waitForResponse('nh');
    expect(String(body.text)).toMatch(/thanks/i);
    expect(await h.store.getCounter(COUNTER_NOT_HELPFUL, 'C0TEAM')).toBe(1);
    expect((await h.store.getWatch('C0TEAM'))?.sensitivityOffset).toBeCloseTo(0.05);

    // The same person clicking again on the same reminder is told it already counts, not counted twice.
    await reminderClick(h, ACTION_REMINDER_NOT_HELPFUL, 'nh2');
    const again = (await h.fake.waitForResponse('nh2')).body;
    expect(again.text).toBe(buildReminderAlreadyCounted().text);
    expect(again.response_type).toBe('ephemeral');
    expect(await h.store.getCounter(COUNTER_NOT_HELPFUL, 'C0TEAM')).toBe(1);
    expect((await h.store.getWatch('C0TEAM'))?.sensitivityOffset).toBeCloseTo(0.05);
  });

  it('answers with an apology, not a stack trace, when Slack refuses to schedule', async () => {
    h.fake.failNext('chat.scheduleMessage', 'time_in_past');
    await reminderClick(h, ACTION_REMINDER_BREAK, 'fail');
    const { body } = await h.fake.waitForResponse('fail');
    expect(String(body.text)).toMatch(/sorry/i);
    expect(String(body.text)).not.toMatch(/time_in_past|Error/);
  });
});
