/**
 * A fleet under load: a simulated 50,000-person workspace with 2,000 watched channels sends
 * channel messages at a fixed rate for a fixed time through a round-robin proxy, to three real
 * `npm start` processes sharing PostgreSQL and Redis, then to one process in today's embedded
 * mode (SQLite, state in memory, no Redis), side by side. A known number of heated threads is
 * planted among calm traffic, each in a channel of its own, so the reminders expected are known.
 * This process plays Slack (the load, the fake Web API); 127.0.0.1 only; every loop is bounded in
 * count and time, and it stops by itself.
 *
 * Run: `npx tsx bench/fleet.ts` (60 s per setup; `--quick` for 10 s), or `npx tsx bench/run.ts fleet`.
 * Redis commands are counted server-wide (INFO commandstats): run it while nothing else uses Redis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { silentLogger } from '../src/log.ts';
import { REMINDER_TEXT } from '../src/slack/views/reminder.ts';
import { openStore } from '../src/store/open.ts';
import type { TeamKey } from '../src/store/store.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../tests/fakes/slack-api.ts';
import { type Instance, residentBytes, startInstances } from '../tests/fleet/instances.ts';
import { type RoundRobinProxy, startProxy } from '../tests/fleet/proxy.ts';
import { openFleetServices, redisCommandCalls, runKey } from '../tests/fleet/services.ts';
import {
  eventEnvelope,
  signedHeaders,
  TEST_SIGNING_SECRET,
  TEST_TEAM_ID,
} from '../tests/helpers/slack-requests.ts';
import { type Section, table } from './section.ts';

/** Seconds of load per setup (the full run); `--quick` runs QUICK_SECONDS to check it works. */
export const DURATION_SECONDS = 60;
export const QUICK_SECONDS = 10;
const RATE_PER_SECOND = 300;
const PEOPLE = 50_000;
const WATCHED_CHANNELS = 2_000;
/** Calm threads per channel that background replies go to (besides top-level messages). */
const THREADS_PER_CHANNEL = 5;
/** One planted heated thread starts every this many seconds of load. */
const HEATED_EVERY_SECONDS = 2;
/** A planted thread sends one message this often (the whole exchange in ~4.5 s of load). */
const HEATED_STEP_MS = 500;
/** Calm events sent (at the rate) before measuring, so first-connection costs are not counted. */
const WARMUP_SECONDS = 1;
/** The sender never has more than this many requests open; beyond it a send is counted as shed. */
const MAX_IN_FLIGHT = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** After the last send: how long reminders may take to arrive before they are counted. */
const DRAIN_MS = 15_000;
const TEAM: TeamKey = { team: TEST_TEAM_ID, enterprise: null };

const CALM = [
  'Thanks, the figures look right to me.',
  'I will send the notes after lunch.',
  'Can we move the sync to 3pm tomorrow?',
  'Good catch, I updated the doc.',
  'Sounds good, let us ship it on Thursday.',
  'Here is the link to the dashboard.',
  'Nice work on the release notes!',
  'I am out on Friday, Sam covers for me.',
];
const HEATED = [
  'The deploy broke prod again. Who merged this without tests?',
  'I did, it was urgent. The tests were flaky anyway.',
  'Why do you always skip the checks? You never listen.',
  "Seriously? You're blaming me for your own broken pipeline?!",
  'This is ridiculous. Stop making excuses and own it.',
  "You're unbelievable. I'm not taking the fall for your mess.",
  'Are you kidding me? Read the logs before you accuse anyone.',
  'WHATEVER. This is a joke.',
];

interface Setup {
  name: string;
  instances: number;
  shared: boolean;
}

interface Result {
  setup: Setup;
  sent: number;
  acked: number;
  failed: number;
  shed: number;
  seconds: number;
  p50: number;
  p99: number;
  redisPerEvent: number | null;
  remindersPlanted: number;
  remindersPlantedExpected: number;
  remindersElsewhere: number;
  rssMb: number[];
}

/** A small deterministic generator, so both setups get the same traffic. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const channelId = (i: number) => `C${String(i).padStart(6, '0')}`;
const userId = (i: number) => `U${String(i).padStart(6, '0')}`;
/** Planted threads live in channels of their own, after the background ones. */
const heatedChannel = (k: number) => channelId(WATCHED_CHANNELS + k);

interface Message {
  channel: string;
  user: string;
  text: string;
  ts: string;
  thread?: string;
  heated?: number;
}

/** The traffic: calm messages at the rate, with planted threads' messages in their place. */
function* traffic(seconds: number, plant: boolean): Generator<{ atMs: number; message: Message }> {
  const next = random(plant ? 7 : 11);
  const total = seconds * RATE_PER_SECOND;
  const planted = plant ? plantedCount(seconds) : 0;
  const now = Math.floor(Date.now() / 1000);
  // Which send slot each planted message takes: thread k starts at k·HEATED_EVERY_SECONDS.
  const plantedAt = new Map<number, Message>();
  for (let k = 0; k < planted; k += 1) {
    const channel = heatedChannel(k);
    const base = 1_700_000_000 + k * 1_000;
    const root = `${base}.000100`;
    // The first free send slot at or after `ms` (threads overlap; the count check keeps all inside).
    const slot = (ms: number) => {
      let s = Math.floor((ms / 1000) * RATE_PER_SECOND);
      while (plantedAt.has(s)) s += 1;
      return s;
    };
    const startMs = k * HEATED_EVERY_SECONDS * 1000;
    plantedAt.set(slot(startMs), {
      channel,
      user: userId(k * 3),
      text: 'Heads up: the release moved.',
      ts: root,
      heated: k,
    });
    HEATED.forEach((text, i) => {
      plantedAt.set(slot(startMs + (i + 1) * HEATED_STEP_MS), {
        channel,
        user: userId(k * 3 + 1 + (i % 2)),
        text,
        // Message time 40 s apart, as a real argument paces.
        ts: `${base + 40 * (i + 1)}.000100`,
        thread: root,
        heated: k,
      });
    });
  }
  for (let n = 0; n < total; n += 1) {
    const atMs = (n / RATE_PER_SECOND) * 1000;
    const mine = plantedAt.get(n);
    if (mine) {
      yield { atMs, message: mine };
      continue;
    }
    const c = Math.floor(next() * WATCHED_CHANNELS);
    const t = Math.floor(next() * (THREADS_PER_CHANNEL + 1));
    yield {
      atMs,
      message: {
        channel: channelId(c),
        user: userId(Math.floor(next() * PEOPLE)),
        text: CALM[Math.floor(next() * CALM.length)]!,
        ts: `${now + Math.floor(atMs / 1000)}.${String(n).padStart(6, '0')}`,
        ...(t < THREADS_PER_CHANNEL ? { thread: `${now - 3_600 + c}.${String(t).padStart(6, '0')}` } : {}),
      },
    };
  }
}

/** Planted threads whose whole exchange fits in the run. */
function plantedCount(seconds: number): number {
  const exchangeMs = (HEATED.length + 1) * HEATED_STEP_MS;
  return Math.max(0, Math.floor((seconds * 1000 - exchangeMs) / (HEATED_EVERY_SECONDS * 1000)) + 1);
}

async function seedWatches(location: { databaseUrl: string | null; databasePath: string }, seconds: number) {
  const store = await openStore(location, { logger: silentLogger });
  try {
    const channels = WATCHED_CHANNELS + plantedCount(seconds);
    for (let i = 0; i < channels; i += 1)
      await store.setWatch(TEAM, {
        channel: channelId(i),
        enabled: true,
        sensitivity: 'medium',
        cooldownMinutes: 30,
        sensitivityOffset: 0,
      });
  } finally {
    await store.close();
  }
}

function postEvent(agent: Agent, url: URL, message: Message): Promise<number> {
  const raw = JSON.stringify(
    eventEnvelope({
      type: 'message',
      channel: message.channel,
      channel_type: 'channel',
      user: message.user,
      text: message.text,
      ts: message.ts,
      event_ts: message.ts,
      ...(message.thread ? { thread_ts: message.thread } : {}),
    }),
  );
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: signedHeaders(TEST_SIGNING_SECRET, raw, 'application/json'),
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(raw);
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Sends the traffic on schedule; resolves when every request has its answer (or timed out). */
async function load(proxy: RoundRobinProxy, seconds: number, plant = true) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL('/slack/events', proxy.url);
  const latencies: number[] = [];
  let sent = 0;
  let acked = 0;
  let failed = 0;
  let shed = 0;
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (const { atMs, message } of traffic(seconds, plant)) {
    const wait = atMs - (performance.now() - started);
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= MAX_IN_FLIGHT) {
      shed += 1;
      continue;
    }
    sent += 1;
    inFlight += 1;
    const t0 = performance.now();
    pending.push(
      postEvent(agent, url, message).then((status) => {
        inFlight -= 1;
        if (status === 200) {
          acked += 1;
          latencies.push(performance.now() - t0);
        } else failed += 1;
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent,
    acked,
    failed,
    shed,
    seconds: elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

async function until(condition: () => boolean, deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

async function runSetup(setup: Setup, seconds: number): Promise<Result> {
  const fake: FakeSlackApi = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-fleet-'));
  const services = setup.shared ? await openFleetServices() : null;
  const location = { databaseUrl: services?.databaseUrl ?? null, databasePath: join(dir, 'parley.db') };
  let fleet: Instance[] = [];
  let proxy: RoundRobinProxy | undefined;
  try {
    await seedWatches(location, seconds);
    fleet = await startInstances(setup.instances, {
      PARLEY_ENGINE: 'local',
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      // Info, not less: the port and readiness are read from the "parley started" and "parley ready" lines.
      LOG_LEVEL: 'info',
      ...(services
        ? {
            DATABASE_URL: services.databaseUrl,
            REDIS_URL: services.redisUrl,
            PARLEY_ENCRYPTION_KEY: runKey(),
          }
        : { DATABASE_PATH: location.databasePath }),
    });
    proxy = await startProxy(fleet.map((i) => i.url));
    await load(proxy, WARMUP_SECONDS, false);
    const before = services ? await redisCommandCalls() : 0;
    const sent = await load(proxy, seconds);
    const expected = plantedCount(seconds);
    const planted = new Set(Array.from({ length: expected }, (_, k) => heatedChannel(k)));
    const reminders = () => fake.callsTo('chat.postMessage').filter((c) => c.args.text === REMINDER_TEXT);
    await until(
      () => reminders().filter((c) => planted.has(String(c.args.channel))).length >= expected,
      DRAIN_MS,
    );
    const after = services ? await redisCommandCalls() : 0;
    const all = reminders();
    const inPlanted = all.filter((c) => planted.has(String(c.args.channel))).length;
    return {
      setup,
      ...sent,
      // The two INFO calls themselves are not the app's.
      redisPerEvent: services ? (after - before - 2) / Math.max(1, sent.acked) : null,
      remindersPlanted: inPlanted,
      remindersPlantedExpected: expected,
      remindersElsewhere: all.length - inPlanted,
      rssMb: fleet.map((i) => (residentBytes(i.child.pid ?? 0) ?? 0) / 2 ** 20),
    };
  } finally {
    await Promise.all(fleet.map((i) => i.stop()));
    await proxy?.close();
    await fake.close();
    await services?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const SETUPS: Setup[] = [
  { name: 'three instances, PostgreSQL + Redis', instances: 3, shared: true },
  { name: 'one instance, SQLite, no Redis (embedded default)', instances: 1, shared: false },
];

export async function run(options: { quick?: boolean } = {}): Promise<Section> {
  const seconds = options.quick ? QUICK_SECONDS : DURATION_SECONDS;
  const results: Result[] = [];
  for (const setup of SETUPS) {
    process.stderr.write(`bench fleet: ${setup.name}, ${seconds} s at ${RATE_PER_SECOND}/s…\n`);
    results.push(await runSetup(setup, seconds));
  }
  const f = (n: number, digits = 1) => n.toFixed(digits);
  const rows: [string, (r: Result) => string][] = [
    [
      'events sent (acked / failed / shed by the sender)',
      (r) => `${r.sent} (${r.acked} / ${r.failed} / ${r.shed})`,
    ],
    ['events acked per second', (r) => f(r.acked / r.seconds)],
    ['ack latency p50 / p99 (ms, as the sender sees it)', (r) => `${f(r.p50)} / ${f(r.p99)}`],
    [
      'Redis commands per event (INFO commandstats)',
      (r) => (r.redisPerEvent === null ? '—' : f(r.redisPerEvent, 2)),
    ],
    [
      'reminders in planted threads / expected',
      (r) => `${r.remindersPlanted} / ${r.remindersPlantedExpected}`,
    ],
    ['reminders in calm threads', (r) => String(r.remindersElsewhere)],
    ['resident memory per instance at the end (MB)', (r) => r.rssMb.map((m) => f(m, 0)).join(', ')],
  ];
  const markdown = [
    `${PEOPLE.toLocaleString('en')} people, ${WATCHED_CHANNELS.toLocaleString('en')} watched channels (${THREADS_PER_CHANNEL} calm threads each, plus top-level messages), ` +
      `${RATE_PER_SECOND} channel messages per second for ${seconds} s, through a round-robin proxy in the sending process; ` +
      `one heated thread planted every ${HEATED_EVERY_SECONDS} s, each in a channel of its own (each should get exactly one reminder). ` +
      'Every instance is a real `npm start` process with the offline engine; the same traffic goes to both setups.',
    '',
    table(
      ['', ...results.map((r) => r.setup.name)],
      rows.map(([label, cell]) => [label, ...results.map(cell)]),
    ),
    '',
    'Acked per second is bounded by the offered rate; handling runs after the ack, and the reminders show it finished. ' +
      'Redis commands count each command inside MULTI and each script call as one; they are server-wide, so the run needs a Redis nobody else is using. ' +
      'Resident memory is read from /proc (main.ts has no heap endpoint) and includes the coach worker threads.',
  ].join('\n');
  return { title: `Fleet under load (${seconds} s per setup)`, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await run({ quick: process.argv.includes('--quick') });
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
