import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_REVIEW_ACTIONS } from '../../src/slack/ids.ts';
import { COUNTER_REMINDERS_SENT } from '../../src/slack/reminder-ids.ts';
import { REMINDER_TEXT } from '../../src/slack/views/reminder.ts';
import { type ApiCall, FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../fakes/slack-api.ts';
import { INCIDENT_THREAD } from '../fixtures/incident-thread.ts';
import { postEvent, postSlashCommand } from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

const HEATED: [string, string][] = [
  ['U0ANA', 'The deploy broke prod again. Who merged this without tests?'],
  ['U0BEN', 'I did, it was urgent. The tests were flaky anyway.'],
  ['U0ANA', 'Why do you always skip the checks? You never listen.'],
  ['U0BEN', "Seriously? You're blaming me for your own broken pipeline?!"],
  ['U0ANA', 'This is ridiculous. Stop making excuses and own it.'],
  ['U0BEN', "You're unbelievable. I'm not taking the fall for your mess."],
];

const INCIDENT = INCIDENT_THREAD;

const BASE = 1_700_000_000;
const ts = (seconds: number) => `${BASE + seconds}.000100`;

describe('take-a-break reminders over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  async function watch(channel: string, cooldownMinutes = 30) {
    await h.store.setWatch({
      channel,
      enabled: true,
      sensitivity: 'medium',
      cooldownMinutes,
      sensitivityOffset: 0,
    });
  }

  /** A person (or bot) writes in a channel: Slack stores it and delivers the event. */
  async function say(channel: string, user: string, text: string, at: string, thread?: string, extra = {}) {
    const res = await postEvent(h.target, {
      type: 'message',
      channel,
      channel_type: 'channel',
      user,
      text,
      ts: at,
      event_ts: at,
      ...(thread ? { thread_ts: thread } : {}),
      ...extra,
    });
    expect(res.status).toBe(200);
  }

  /** Replies to a root message, one every 40 s from `start` seconds. */
  async function heatedThread(channel: string, start: number, messages = HEATED) {
    const root = ts(start);
    await say(channel, 'U0CAT', 'Heads up: the release moved to Friday.', root);
    for (const [i, [user, text]] of messages.entries())
      await say(channel, user, text, ts(start + 40 * (i + 1)), root);
    return root;
  }

  const remindersIn = (channel: string): ApiCall[] =>
    h.fake
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === channel && c.args.text === REMINDER_TEXT);

  /** Waits for a reminder in a separate watched channel: every earlier event has been handled by then. */
  async function sentinel(channel: string, start = 0) {
    await watch(channel);
    await heatedThread(channel, start);
    await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === channel && c.args.text === REMINDER_TEXT,
    );
  }

  it('posts exactly one reminder, in the heated thread, naming and quoting nobody', async () => {
    await watch('C0HOT');
    const root = await heatedThread('C0HOT', 0);
    const call = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0HOT');
    await sentinel('C0SENT1');
    expect(remindersIn('C0HOT')).toHaveLength(1);
    expect(call.args.thread_ts).toBe(root);
    const shown = JSON.stringify({ text: call.args.text, blocks: blocksOf(call.args) });
    expect(shown).not.toMatch(/<@|<!|U0ANA|U0BEN/);
    for (const [, text] of HEATED) {
      for (const word of text.split(/\W+/).filter((w) => w.length >= 7)) expect(shown).not.toContain(word);
    }
    expect(await h.store.getCounter(COUNTER_REMINDERS_SENT, 'C0HOT')).toBe(1);
  });

  it('answers a heated exchange of top-level messages in the channel, never under one speaker', async () => {
    await watch('C0TOP');
    for (const [i, [user, text]] of HEATED.entries()) await say('C0TOP', user, text, ts(40 * i));
    const call = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0TOP');
    expect(call.args.thread_ts).toBeUndefined();
    expect(h.fake.messages('C0TOP').at(-1)?.thread_ts).toBeUndefined();
  });

  it('posts nothing for a calm, busy incident thread with five people', async () => {
    await watch('C0CALM');
    const root = ts(0);
    await say('C0CALM', 'U0P0', 'Incident: checkout errors', root);
    for (const [i, text] of INCIDENT.entries())
      await say('C0CALM', `U0P${i % 5}`, text, ts(10 + i * 10), root);
    await sentinel('C0SENT2');
    expect(remindersIn('C0CALM')).toHaveLength(0);
  });

  it('posts nothing in a channel that did not opt in', async () => {
    await heatedThread('C0NOWATCH', 0);
    await h.store.setWatch({
      channel: 'C0OFF',
      enabled: false,
      sensitivity: 'high',
      cooldownMinutes: 30,
      sensitivityOffset: 0,
    });
    await heatedThread('C0OFF', 0);
    await sentinel('C0SENT3');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NOWATCH')).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0OFF')).toHaveLength(0);
  });

  it('respects the cooldown within a thread and the hourly cap per channel', async () => {
    await watch('C0BUSY');
    // The same thread keeps going: one reminder within the cooldown.
    const root = await heatedThread('C0BUSY', 0);
    for (const [i, [user, text]] of HEATED.entries()) await say('C0BUSY', user, text, ts(400 + 40 * i), root);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0BUSY');
    // Four more heated threads within the hour: only two more reminders (three per hour).
    for (const n of [1, 2, 3, 4]) await heatedThread('C0BUSY', n * 600);
    await sentinel('C0SENT4');
    const reminders = remindersIn('C0BUSY');
    expect(reminders).toHaveLength(3);
    expect(new Set(reminders.map((c) => c.args.thread_ts)).size).toBe(3);
  });

  it('caps a burst of old-stamped heated threads by its own clock, not by their timestamps', async () => {
    await watch('C0BURST');
    // Five heated threads stamped two hours apart (a backlog, a replay) all arrive now: by their
    // stamps each sits in its own hour, by the server's clock they share one.
    for (const n of [0, 1, 2, 3, 4]) await heatedThread('C0BURST', n * 7_200);
    await sentinel('C0SENT6');
    const reminders = remindersIn('C0BURST');
    expect(reminders).toHaveLength(3);
    expect(new Set(reminders.map((c) => c.args.thread_ts)).size).toBe(3);
    expect(await h.store.getCounter(COUNTER_REMINDERS_SENT, 'C0BURST')).toBe(3);
  });

  it("ignores bots, Parley's own messages and edits", async () => {
    await watch('C0BOTS');
    const root = ts(0);
    await say('C0BOTS', 'U0ANA', 'Start of thread', root);
    for (const [i, [, text]] of HEATED.entries()) {
      const at = ts(40 * (i + 1));
      if (i % 3 === 0) await say('C0BOTS', 'U0ANA', text, at, root);
      else if (i % 3 === 1) await say('C0BOTS', FAKE_BOT_USER_ID, text, at, root);
      else await say('C0BOTS', 'U0OTHERBOT', text, at, root, { bot_id: 'B0OTHER' });
      await say('C0BOTS', 'U0BEN', text, ts(40 * (i + 1) + 5), root, { subtype: 'message_changed' });
    }
    await sentinel('C0SENT5');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0BOTS')).toHaveLength(0);
  });

  it('turns watching on with a public note and off again with /coach watch', async () => {
    await postSlashCommand(h.target, {
      text: 'watch on sensitivity high cooldown 45m',
      channel_id: 'C0NEW',
      response_url: h.fake.responseUrl('watch-on'),
    });
    const reply = (await h.fake.waitForResponse('watch-on')).body;
    expect(reply.response_type).toBe('ephemeral');
    const note = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0NEW');
    expect(note.args.thread_ts).toBeUndefined();
    expect(String(note.args.text)).toMatch(/watching this channel/i);
    expect(JSON.stringify(note.args.blocks)).toMatch(/never quotes or names anyone/);
    expect(JSON.stringify(note.args.blocks)).toContain('watch off');
    expect(await h.store.getWatch('C0NEW')).toMatchObject({
      enabled: true,
      sensitivity: 'high',
      cooldownMinutes: 45,
    });

    await postSlashCommand(h.target, {
      text: 'watch status',
      channel_id: 'C0NEW',
      response_url: h.fake.responseUrl('status'),
    });
    expect(String((await h.fake.waitForResponse('status')).body.text)).toMatch(/is watching/);

    await postSlashCommand(h.target, {
      text: 'watch off',
      channel_id: 'C0NEW',
      response_url: h.fake.responseUrl('off'),
    });
    await h.fake.waitForResponse('off');
    expect((await h.store.getWatch('C0NEW'))?.enabled).toBe(false);
  });

  it('explains how to invite Parley when it is not in the channel', async () => {
    h.fake.failNext('conversations.info', 'channel_not_found');
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0PRIVATE',
      response_url: h.fake.responseUrl('invite'),
    });
    const { body } = await h.fake.waitForResponse('invite');
    expect(String(body.text)).toContain('/invite @Parley');
    expect(await h.store.getWatch('C0PRIVATE')).toBeNull();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0PRIVATE')).toHaveLength(0);
  });

  it('explains how to invite Parley into a public channel it can see but is not a member of', async () => {
    h.fake.setMember('C0OUTSIDE', false);
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0OUTSIDE',
      response_url: h.fake.responseUrl('outside'),
    });
    const { body } = await h.fake.waitForResponse('outside');
    expect(h.fake.callsTo('conversations.info').at(-1)!.args.channel).toBe('C0OUTSIDE');
    expect(String(body.text)).toContain('/invite @Parley');
    expect(await h.store.getWatch('C0OUTSIDE')).toBeNull();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0OUTSIDE')).toHaveLength(0);
  });

  it('answers a bad watch setting with the usage, and reviews a draft that merely starts with "watch"', async () => {
    await postSlashCommand(h.target, {
      text: 'watch on sensitivity extreme',
      channel_id: 'C0X',
      response_url: h.fake.responseUrl('bad'),
    });
    expect(String((await h.fake.waitForResponse('bad')).body.text)).toMatch(/low, medium or high/);
    await postSlashCommand(h.target, {
      text: 'watch yourself, you never check the numbers',
      channel_id: 'C0X',
      response_url: h.fake.responseUrl('draft'),
    });
    const { body } = await h.fake.waitForResponse('draft');
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(await h.store.getWatch('C0X')).toBeNull();
  });

  it('keeps no message text in its logs', async () => {
    await watch('C0LOGS');
    await heatedThread('C0LOGS', 0);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0LOGS');
    const logs = h.logs.join('\n');
    expect(logs).toContain('reminder posted');
    expect(logs).not.toMatch(/ridiculous|pipeline|excuses/);
  });
});

// Referenced so the import stays meaningful if the fake's bot id changes.
void FAKE_BOT_ID;
