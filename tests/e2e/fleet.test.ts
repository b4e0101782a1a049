/**
 * Two Parley instances in one test process, sharing one Redis (under this file's own prefix) and
 * one settings store, against the fake Slack Web API, driven over real HTTP: what a load balancer
 * spreading Slack's requests over a fleet would do. A third instance points at a Redis that is
 * not there, for the outage behaviour.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Coach } from '../../src/coach/coach.ts';
import type { HeatReading } from '../../src/coach/heat.ts';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import type { ThreadHeat } from '../../src/coach/shared-heat.ts';
import { createSealer } from '../../src/crypto/sealed.ts';
import { createLogger } from '../../src/log.ts';
import { connectRedis, type SharedRedis } from '../../src/redis/connection.ts';
import { sharedState } from '../../src/redis/shared-state.ts';
import { createSlackApp, EVENTS_PATH, READY_PATH, type SlackApp } from '../../src/slack/app.ts';
import {
  ACTION_EDIT_RECHECK,
  ACTION_TONE_SHORTER,
  BLOCK_DRAFT,
  BLOCK_REVIEW_ACTIONS,
} from '../../src/slack/ids.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { buildExpired } from '../../src/slack/views/messages.ts';
import { REMINDER_TEXT } from '../../src/slack/views/reminder.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { type ApiCall, type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
import {
  cleanUp,
  closedRedisUrl,
  requireRedis,
  TEST_REDIS_URL,
  testPrefix,
  whenReady,
} from '../helpers/redis.ts';
import {
  blockActionsPayload,
  buttonAction,
  eventEnvelope,
  postEvent,
  postInteraction,
  postSigned,
  postSlashCommand,
  retryHeaders,
  type SlackTarget,
  TEST_SIGNING_SECRET,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, TEST_TEAM } from './harness.ts';

const DRAFT = 'You never send the report on time. Fix it NOW or I will tell your boss.';
const HEATED: [string, string][] = [
  ['U0ANA', 'The deploy broke prod again. Who merged this without tests?'],
  ['U0BEN', 'I did, it was urgent. The tests were flaky anyway.'],
  ['U0ANA', 'Why do you always skip the checks? You never listen.'],
  ['U0BEN', "Seriously? You're blaming me for your own broken pipeline?!"],
  ['U0ANA', 'This is ridiculous. Stop making excuses and own it.'],
  ['U0BEN', "You're unbelievable. I'm not taking the fall for your mess."],
  ['U0ANA', 'Are you kidding me? Read the logs before you accuse anyone.'],
  ['U0BEN', 'WHATEVER. This is a joke.'],
];
const BASE = 1_700_000_000;
const ts = (seconds: number) => `${BASE + seconds}.000100`;
const json = (line: string) => JSON.parse(line) as Record<string, unknown>;

interface Instance {
  slack: SlackApp;
  target: SlackTarget;
  baseUrl: string;
  logs: string[];
  redis: SharedRedis;
}

describe('a fleet of two instances sharing Redis, over HTTP', () => {
  const prefix = testPrefix('fleet');
  const sealer = createSealer(randomBytes(32));
  const local = new LocalEngine();
  // Keyed by the request's workspace, as main.ts does; set-up calls act for the test workspace.
  const store = requestStore(new MemoryStore(), TEST_TEAM);
  let fake: FakeSlackApi;
  let a: Instance;
  let b: Instance;
  let down: Instance;
  let prepares = 0;
  /** Every reading the outage instance's detector gave, to know its events were all handled. */
  const pausedReadings: HeatReading[] = [];

  const coach: Coach = {
    ...local.asCoach(),
    prepare: async (situation, options) => {
      prepares += 1;
      return local.asCoach().prepare(situation, options);
    },
  };

  async function start(url: string, wrapHeat?: (heat: ThreadHeat) => ThreadHeat): Promise<Instance> {
    const logs: string[] = [];
    const logger = createLogger('debug', (line) => logs.push(line));
    const redis = connectRedis({ url, prefix, logger });
    const shared = sharedState(redis, sealer);
    const slack = createSlackApp({
      ...shared,
      listeners: {
        ...shared.listeners,
        // The review itself, never a "thinking…" placeholder first, is the response these tests read.
        thinkingAfterMs: 60_000,
        heat: wrapHeat ? wrapHeat(shared.listeners.heat) : shared.listeners.heat,
      },
      slack: {
        botToken: 'xoxb-test-token',
        mode: 'http',
        signingSecret: TEST_SIGNING_SECRET,
        appToken: null,
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      coach,
      techniques: local.techniques,
      store,
      logger,
      logLevel: 'debug',
    });
    const { port } = await slack.start();
    const baseUrl = `http://127.0.0.1:${port}`;
    return {
      slack,
      baseUrl,
      target: { url: `${baseUrl}${EVENTS_PATH}`, secret: TEST_SIGNING_SECRET },
      logs,
      redis,
    };
  }

  beforeAll(async () => {
    await requireRedis();
    fake = await startFakeSlackApi();
    a = await start(TEST_REDIS_URL);
    b = await start(TEST_REDIS_URL);
    await Promise.all([whenReady(a.redis), whenReady(b.redis)]);
    down = await start(await closedRedisUrl(), (heat) => ({
      observe: async (message, settings) => {
        const reading = await heat.observe(message, settings);
        pausedReadings.push(reading);
        return reading;
      },
      forgetChannel: (channel) => heat.forgetChannel(channel),
    }));
  });
  afterAll(async () => {
    for (const instance of [a, b, down]) {
      await instance?.slack.stop();
    }
    if (a) await cleanUp(a.redis);
    for (const instance of [a, b, down]) await instance?.redis.close();
    await fake?.close();
  });
  afterEach(() => fake.clearCalls());

  async function watch(channel: string) {
    await store.setWatch({
      channel,
      enabled: true,
      sensitivity: 'medium',
      cooldownMinutes: 30,
      sensitivityOffset: 0,
    });
  }

  async function say(on: Instance, channel: string, user: string, text: string, at: string, thread?: string) {
    const res = await postEvent(on.target, {
      type: 'message',
      channel,
      channel_type: 'channel',
      user,
      text,
      ts: at,
      event_ts: at,
      ...(thread ? { thread_ts: thread } : {}),
    });
    expect(res.status).toBe(200);
  }

  /** A heated thread whose messages go to the given instances in turn. */
  async function heatedThread(on: Instance[], channel: string, start: number) {
    const root = ts(start);
    await say(on[0]!, channel, 'U0CAT', 'Heads up: the release moved to Friday.', root);
    for (const [i, [user, text]] of HEATED.entries())
      await say(on[(i + 1) % on.length]!, channel, user, text, ts(start + 40 * (i + 1)), root);
    return root;
  }

  const remindersIn = (channel: string): ApiCall[] =>
    fake
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === channel && c.args.text === REMINDER_TEXT);

  async function review(on: Instance, id: string) {
    expect(
      (await postSlashCommand(on.target, { text: DRAFT, response_url: fake.responseUrl(id) })).status,
    ).toBe(200);
    return (await fake.waitForResponse(id)).body;
  }

  it('answers a button on B for a review made on A', async () => {
    const made = await review(a, 'made-on-a');
    await postInteraction(
      b.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_SHORTER, elementValue(made, ACTION_TONE_SHORTER)),
        response_url: fake.responseUrl('shorter-on-b'),
      }),
    );
    const { body } = await fake.waitForResponse('shorter-on-b');
    expect(body.replace_original).toBe(true);
    expect(blocksOf(body).some((block) => block.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);

    await postInteraction(
      b.target,
      blockActionsPayload({
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(made, ACTION_EDIT_RECHECK)),
        response_url: fake.responseUrl('edit-on-b'),
        trigger_id: 'trigger-edit-on-b',
      }),
    );
    const call = await fake.waitFor('views.open');
    const view = call.args.view as { blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(view.blocks.find((block) => block.block_id === BLOCK_DRAFT)?.element.initial_value).toBe(DRAFT);
  });

  it('keeps the draft out of Redis in clear text', async () => {
    await review(b, 'sealed');
    const keys: string[] = [];
    for await (const batch of a.redis.client.scanIterator({ MATCH: `${prefix}state:*`, COUNT: 500 }))
      keys.push(...batch);
    expect(keys.length).toBeGreaterThan(0);
    const values = await Promise.all(keys.map((key) => a.redis.client.get(key)));
    expect(values.join('\n')).not.toContain('report on time');
  });

  it('posts exactly one reminder in a heated thread whose messages alternate between A and B', async () => {
    await watch('C0FLEET');
    const root = await heatedThread([a, b], 'C0FLEET', 0);
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0FLEET' && c.args.text === REMINDER_TEXT,
    );
    // A second heated thread elsewhere, on both instances: once it is reminded, the first is done too.
    await watch('C0SENTINEL');
    await heatedThread([b, a], 'C0SENTINEL', 1_000);
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0SENTINEL' && c.args.text === REMINDER_TEXT,
    );
    const reminders = remindersIn('C0FLEET');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.args.thread_ts).toBe(root);
  });

  it('runs a retried event once when the retry reaches B after A got it', async () => {
    prepares = 0;
    const dm = (text: string) => {
      const stored = fake.addMessage('D0ALICE', { user: 'U0ALICE', text });
      const envelope = eventEnvelope({
        type: 'message',
        channel: 'D0ALICE',
        channel_type: 'im',
        user: 'U0ALICE',
        text,
        ts: stored.ts,
        event_ts: stored.ts,
      });
      return { raw: JSON.stringify(envelope), ts: stored.ts };
    };
    const first = dm('A client wants another 30% off the renewal');
    const sent = Math.floor(Date.now() / 1000);
    expect((await postSigned(a.target, first.raw, 'application/json', { timestamp: sent })).status).toBe(200);
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === first.ts);
    const retry = await postSigned(b.target, first.raw, 'application/json', {
      timestamp: sent - 1,
      headers: retryHeaders(1),
    });
    expect(retry.status).toBe(200);
    // A later DM on B: once it is planned, B has handled the retry before it.
    const barrier = dm('The vendor missed the second deadline this month');
    expect((await postSigned(b.target, barrier.raw, 'application/json')).status).toBe(200);
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === barrier.ts);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === first.ts)).toHaveLength(1);
    expect(prepares).toBe(2);
    expect(b.logs.map(json).some((l) => l.msg === 'slack delivery repeated' && l.retry === 1)).toBe(true);
  });

  it('reports ready on /readyz while Redis answers', async () => {
    const res = await fetch(`${a.baseUrl}${READY_PATH}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, checks: { redis: 'up' }, down: [] });
  });

  describe('when Redis is unreachable', () => {
    it('still acks and reviews; its buttons say the review expired', async () => {
      const made = await review(down, 'made-while-down');
      expect(blocksOf(made).some((block) => block.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
      await postInteraction(
        down.target,
        blockActionsPayload({
          action: buttonAction(ACTION_TONE_SHORTER, elementValue(made, ACTION_TONE_SHORTER)),
          response_url: fake.responseUrl('shorter-while-down'),
        }),
      );
      const { body } = await fake.waitForResponse('shorter-while-down');
      expect(body.text).toBe(buildExpired().text);
    });

    it('pauses reminders: a heated thread gets none', async () => {
      await watch('C0DOWN');
      pausedReadings.length = 0;
      await heatedThread([down], 'C0DOWN', 2_000);
      await expect.poll(() => pausedReadings.length, { timeout: 5_000 }).toBe(HEATED.length + 1);
      expect(pausedReadings.every((r) => !r.remind && r.why.includes('paused'))).toBe(true);
      expect(remindersIn('C0DOWN')).toHaveLength(0);
    });

    it('says so on /readyz with 503, naming Redis', async () => {
      const res = await fetch(`${down.baseUrl}${READY_PATH}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, checks: { redis: 'down' }, down: ['redis'] });
    });

    it('logs the outage once (within the minute), by kind, with no text', async () => {
      const outages = down.logs.map(json).filter((l) => l.msg === 'redis unreachable');
      expect(outages).toHaveLength(1);
      expect(outages[0]).toMatchObject({ level: 'warn', kind: expect.any(String) });
      const all = down.logs.join('\n');
      expect(all).not.toContain('report on time');
      expect(all).not.toContain('ridiculous');
    });
  });
});
