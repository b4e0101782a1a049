/**
 * Three real Parley processes (`node --import tsx src/main.ts`, as `npm start` runs it) behind a
 * round-robin proxy, sharing one PostgreSQL schema and one Redis database made for this run, and
 * one fake Slack Web API: what a fleet behind a load balancer sees. Each request goes to the next
 * instance in turn, so consecutive requests of one case land on different processes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_EDIT_RECHECK,
  ACTION_TONE_SHORTER,
  BLOCK_DRAFT,
  BLOCK_REVIEW_ACTIONS,
} from '../../src/slack/ids.ts';
import { buildExpired } from '../../src/slack/views/messages.ts';
import { REMINDER_TEXT } from '../../src/slack/views/reminder.ts';
import { blocksOf, elementValue } from '../e2e/harness.ts';
import { type ApiCall, type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
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
import { type Instance, startInstances } from './instances.ts';
import { type RoundRobinProxy, startProxy } from './proxy.ts';
import { type FleetServices, openFleetServices, runKey } from './services.ts';

const FLEET_SIZE = 3;
/** Deadlines, not speed assertions: three processes share two busy cores. */
const START_MS = 60_000;
const WAIT = { timeoutMs: 15_000 };

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

describe('a fleet of three npm start processes behind a round-robin proxy', () => {
  let services: FleetServices;
  let fake: FakeSlackApi;
  let proxy: RoundRobinProxy;
  let fleet: Instance[] = [];
  let env: Record<string, string>;
  let target: SlackTarget;

  beforeAll(async () => {
    [services, fake] = await Promise.all([openFleetServices(), startFakeSlackApi()]);
    env = {
      PARLEY_ENGINE: 'local',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      // Debug, for "slack delivery repeated": the one sign that a retry was recognised and dropped.
      LOG_LEVEL: 'debug',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      // One key for the fleet, as a deployment shares it: any instance opens what another sealed.
      PARLEY_ENCRYPTION_KEY: runKey(),
    };
    fleet = await startInstances(FLEET_SIZE, env);
    proxy = await startProxy(fleet.map((i) => i.url));
    target = { url: `${proxy.url}/slack/events`, secret: TEST_SIGNING_SECRET };
  }, START_MS);

  afterAll(async () => {
    await Promise.all(fleet.map((i) => i.stop()));
    await proxy?.close();
    await fake?.close();
    await services?.close();
  }, START_MS);

  afterEach(() => fake.clearCalls());

  /** Sends one request through the proxy; returns which instance (index) it went to. */
  async function via<T>(send: () => Promise<T>): Promise<{ on: number; result: T }> {
    const on = proxy.next;
    return { on, result: await send() };
  }

  async function command(text: string, id: string, channel = 'C0GENERAL') {
    const { on, result } = await via(() =>
      postSlashCommand(target, { text, channel_id: channel, response_url: fake.responseUrl(id) }),
    );
    expect(result.status).toBe(200);
    return { on, body: (await fake.waitForResponse(id, WAIT)).body };
  }

  async function watch(channel: string) {
    const { body } = await command('watch on', `watch-${channel}-${Date.now()}`, channel);
    expect(JSON.stringify(body)).toContain('Parley is now watching this channel.');
  }

  async function say(channel: string, user: string, text: string, at: string, thread?: string) {
    const { on, result } = await via(() =>
      postEvent(target, {
        type: 'message',
        channel,
        channel_type: 'channel',
        user,
        text,
        ts: at,
        event_ts: at,
        ...(thread ? { thread_ts: thread } : {}),
      }),
    );
    expect(result.status).toBe(200);
    return on;
  }

  /** The heated exchange in `root`'s thread, message time from `start` seconds, 40 s apart. */
  async function heat(channel: string, root: string, start: number) {
    const landed = new Set<number>();
    for (const [i, [user, text]] of HEATED.entries())
      landed.add(await say(channel, user, text, ts(start + 40 * (i + 1)), root));
    return landed;
  }

  const remindersIn = (channel: string): ApiCall[] =>
    fake
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === channel && c.args.text === REMINDER_TEXT);

  /**
   * A heated thread in a channel of its own, through every instance: once its reminder is posted,
   * every instance has handled the messages sent before it (each handles its events in order).
   */
  async function barrier(channel: string, start: number) {
    await watch(channel);
    const root = ts(start);
    await say(channel, 'U0CAT', 'Heads up: the release moved to Friday.', root);
    await heat(channel, root, start);
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === channel && c.args.text === REMINDER_TEXT,
      WAIT,
    );
  }

  it('reports every instance live on /healthz and ready on /readyz', async () => {
    for (const instance of fleet) {
      expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
      await expect
        .poll(async () => (await fetch(`${instance.url}/readyz`)).status, { timeout: WAIT.timeoutMs })
        .toBe(200);
    }
  });

  it('sees `/coach watch on` made on one instance at once on the others', async () => {
    const on = await command('watch on', 'watch-on', 'C0FLEET');
    expect(JSON.stringify(on.body)).toContain('Parley is now watching this channel.');
    const seen = [
      await command('watch', 'status-1', 'C0FLEET'),
      await command('watch', 'status-2', 'C0FLEET'),
    ];
    expect(new Set([on.on, ...seen.map((s) => s.on)]).size).toBe(FLEET_SIZE);
    for (const status of seen)
      expect(JSON.stringify(status.body)).toContain('Parley is watching this channel.');
  });

  let made: Record<string, unknown>;
  it("answers a review's buttons on the other instances", async () => {
    const review = await command(DRAFT, 'review');
    made = review.body;
    const shorter = await via(() =>
      postInteraction(
        target,
        blockActionsPayload({
          action: buttonAction(ACTION_TONE_SHORTER, elementValue(made, ACTION_TONE_SHORTER)),
          response_url: fake.responseUrl('shorter'),
        }),
      ),
    );
    const { body } = await fake.waitForResponse('shorter', WAIT);
    expect(body.replace_original).toBe(true);
    expect(body.text).not.toBe(buildExpired().text);
    expect(blocksOf(body).some((block) => block.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);

    const edit = await via(() =>
      postInteraction(
        target,
        blockActionsPayload({
          action: buttonAction(ACTION_EDIT_RECHECK, elementValue(made, ACTION_EDIT_RECHECK)),
          response_url: fake.responseUrl('edit'),
          trigger_id: 'trigger-fleet-edit',
        }),
      ),
    );
    expect(new Set([review.on, shorter.on, edit.on]).size).toBe(FLEET_SIZE);
    const call = await fake.waitFor('views.open', undefined, WAIT);
    const view = call.args.view as { blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(view.blocks.find((block) => block.block_id === BLOCK_DRAFT)?.element.initial_value).toBe(DRAFT);
  });

  const thread = ts(0);
  it('posts exactly one reminder in a heated thread whose messages go to every instance', async () => {
    await say('C0FLEET', 'U0CAT', 'Heads up: the release moved to Friday.', thread);
    const landed = await heat('C0FLEET', thread, 0);
    expect(landed.size).toBe(FLEET_SIZE);
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0FLEET' && c.args.text === REMINDER_TEXT,
      WAIT,
    );
    await barrier('C0SENTINEL', 1_000);
    const reminders = remindersIn('C0FLEET');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.args.thread_ts).toBe(thread);
  });

  it('runs a retried event once when the retry reaches another instance', async () => {
    const text = 'A client wants another 30% off the renewal';
    const stored = fake.addMessage('D0ALICE', { user: 'U0ALICE', text });
    const raw = JSON.stringify(
      eventEnvelope({
        type: 'message',
        channel: 'D0ALICE',
        channel_type: 'im',
        user: 'U0ALICE',
        text,
        ts: stored.ts,
        event_ts: stored.ts,
      }),
    );
    const sent = Math.floor(Date.now() / 1000);
    const first = await via(() => postSigned(target, raw, 'application/json', { timestamp: sent }));
    expect(first.result.status).toBe(200);
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === stored.ts, WAIT);
    const retry = await via(() =>
      postSigned(target, raw, 'application/json', { timestamp: sent - 1, headers: retryHeaders(1) }),
    );
    expect(retry.result.status).toBe(200);
    expect(retry.on).not.toBe(first.on);
    const other = fleet[retry.on]!;
    await expect
      .poll(() => other.lines().some((l) => l.msg === 'slack delivery repeated' && l.retry === 1), {
        timeout: WAIT.timeoutMs,
      })
      .toBe(true);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === stored.ts)).toHaveLength(1);
  });

  it(
    'posts no second reminder after every instance restarts in the middle of the cooldown',
    async () => {
      const codes = await Promise.all(fleet.map((i) => i.stop()));
      expect(codes).toEqual(fleet.map(() => 0));
      fleet = await startInstances(FLEET_SIZE, env);
      proxy.backends = fleet.map((i) => i.url);

      // The thread heats on: without the shared cooldown, this would remind again.
      const landed = await heat('C0FLEET', thread, HEATED.length * 40);
      expect(landed.size).toBe(FLEET_SIZE);
      await barrier('C0AFTER', 2_000);
      expect(remindersIn('C0FLEET')).toHaveLength(0);

      // Button state outlived the processes too: the review made before the restart still answers.
      await postInteraction(
        target,
        blockActionsPayload({
          action: buttonAction(ACTION_TONE_SHORTER, elementValue(made, ACTION_TONE_SHORTER)),
          response_url: fake.responseUrl('shorter-after-restart'),
        }),
      );
      const { body } = await fake.waitForResponse('shorter-after-restart', WAIT);
      expect(body.text).not.toBe(buildExpired().text);
      expect(blocksOf(body).some((block) => block.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    },
    START_MS,
  );
});
