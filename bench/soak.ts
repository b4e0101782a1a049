/**
 * Memory under a long flood: signed `message` events over loopback HTTP to Parley in HTTP mode
 * (its own child process, against the fake Slack Web API), in watched channels, across many more
 * threads than the heat detector may track. Every SAMPLE_EVERY events the child reports its RSS,
 * its heap, its heap after a full GC and the threads it tracks, so the table shows whether memory
 * levels off once the thread cap is reached. Bounded twice: EVENTS events or TIME_CAP_MS,
 * whichever comes first; the output says what ran. 127.0.0.1 only.
 *
 * Run alone: `npx tsx bench/soak.ts` (prints its section), or `npx tsx bench/run.ts soak`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_HEAT_OPTIONS } from '../src/coach/heat.ts';
import { startFakeSlackApi } from '../tests/fakes/slack-api.ts';
import { postSigned } from './post-signed.ts';
import { type Section, table } from './section.ts';

const SERVE_FLAG = '--parley-soak-serve';
const SECRET = 'soak-signing-secret';
const EVENTS = 200_000;
const THREADS = 50_000;
const CHANNELS = 50;
/** Messages per thread, sent one after another across a block of threads (see eventAt). */
const PER_THREAD = EVENTS / THREADS;
/** Threads that take their messages in turn before the next block starts. */
const BLOCK = 1_000;
const CONCURRENCY = 20;
const SAMPLE_EVERY = 20_000;
// Long enough for all 200,000 on a quiet 2-core machine (~1,700 events/s); a loaded one stops early and says so.
const TIME_CAP_MS = 300_000;
const REQUEST_TIMEOUT_MS = 10_000;
const START_TIMEOUT_MS = 120_000;
const SAMPLE_TIMEOUT_MS = 30_000;
/** After the last event, the child gets this long to finish its handlers before the last sample. */
const SETTLE_MS = 2_000;
const MB = 1024 * 1024;
/** Heap after GC may move this much once the thread cap is reached and still count as level. */
const LEVEL_MB = 2;

/** Everyday channel messages, calm to heated (written for this benchmark, as in bench/slack.ts). */
const TEXTS = [
  'Seeing 500s on checkout since 14:02, rolling back now',
  'Can you check the replica lag?',
  'Thanks! That fixed it.',
  'Why do you always skip the checks? You never listen.',
  "Seriously? You're blaming me for your own broken pipeline?!",
  'This is ridiculous. Stop making excuses and own it.',
  'LGTM, merging after CI is green',
  'Could we move the review to tomorrow? I am out today.',
  'Znowu się spóźniasz z raportem. Mam tego dość!',
  'Dziękuję za szybką odpowiedź, czy możemy porozmawiać jutro o terminie?',
];

interface Sample {
  rss: number;
  heapUsed: number;
  heapAfterGc: number;
  threads: number;
  reminderChannels: number;
  logLines: number;
}

// --- The app (child process) ----------------------------------------------------------------

async function serve(apiUrl: string): Promise<void> {
  const { HeatDetector } = await import('../src/coach/heat.ts');
  const { TechniqueLibrary } = await import('../src/coach/techniques.ts');
  const { startCoachWorkers } = await import('../src/coach-worker.ts');
  const { createLogger } = await import('../src/log.ts');
  const { createSlackApp } = await import('../src/slack/app.ts');
  const { MemoryStore } = await import('../src/store/memory.ts');
  const { requestStore } = await import('../src/slack/team-scope.ts');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the soak child needs --expose-gc');
  // As main.ts builds it: coach workers, the info-level JSON logger (into a sink that only counts,
  // so the formatting is paid but the bench output stays clean).
  const workers = await startCoachWorkers({ engine: { kind: 'local', openai: null }, logLevel: 'info' });
  let logLines = 0;
  const logger = createLogger('info', () => {
    logLines += 1;
  });
  // The events come from T0FAKE: set up that workspace's channels.
  const store = requestStore(new MemoryStore(), { team: 'T0FAKE', enterprise: null });
  for (let c = 0; c < CHANNELS; c++) {
    await store.setWatch({
      channel: channelOf(c),
      enabled: true,
      sensitivity: 'medium',
      cooldownMinutes: 30,
      sensitivityOffset: 0,
    });
  }
  // The app's own detector with its defaults; passed in only so its size can be reported
  // (SlackAppOptions.listeners does not list `heat`, though createListenerDeps accepts it).
  const heat = new HeatDetector();
  const slack = createSlackApp({
    slack: {
      botToken: 'xoxb-soak',
      mode: 'http',
      signingSecret: SECRET,
      appToken: null,
      apiUrl,
      port: 0,
      host: '127.0.0.1',
    },
    coach: workers.coach,
    techniques: TechniqueLibrary.load(),
    store,
    logger,
    logLevel: 'info',
    listeners: { heat },
  });
  const { port } = await slack.start();
  process.on('message', (m) => {
    if ((m as { type?: string }).type !== 'sample') return;
    const before = process.memoryUsage();
    gc();
    const sample: Sample = {
      rss: before.rss,
      heapUsed: before.heapUsed,
      heapAfterGc: process.memoryUsage().heapUsed,
      threads: heat.size,
      reminderChannels: heat.channelsWithReminders,
      logLines,
    };
    process.send?.({ type: 'sample', sample });
  });
  process.send?.({ type: 'ready', port });
  process.on('disconnect', () => process.exit(0));
}

async function spawnApp(apiUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, apiUrl], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the soak app did not start')), START_TIMEOUT_MS);
    child.on('message', (m) => {
      const message = m as { type?: string; port?: number };
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message.port!);
    });
    child.once('exit', (code) => reject(new Error(`the soak app exited (${code})`)));
  });
  return { child, port };
}

function sampleOf(child: ChildProcess): Promise<Sample | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', on);
      resolve(null);
    }, SAMPLE_TIMEOUT_MS);
    const on = (m: unknown) => {
      const message = m as { type?: string; sample?: Sample };
      if (message.type !== 'sample') return;
      clearTimeout(timer);
      child.off('message', on);
      resolve(message.sample!);
    };
    child.on('message', on);
    child.send({ type: 'sample' });
  });
}

// --- The load (this process plays Slack) ------------------------------------------------------

function channelOf(c: number): string {
  return `C0SOAK${String(c).padStart(3, '0')}`;
}

/**
 * Event i: blocks of BLOCK threads take their PER_THREAD messages in turn (thread 0, 1, … 999,
 * then 0 again), so every thread fills a window and then goes quiet while new ones start, as
 * busy channels do. All replies in threads; two people per thread.
 */
function eventAt(i: number, startSeconds: number): { id: string; body: string } {
  const block = Math.floor(i / (BLOCK * PER_THREAD));
  const within = i % (BLOCK * PER_THREAD);
  const thread = block * BLOCK + (within % BLOCK);
  const turn = Math.floor(within / BLOCK);
  const seconds = startSeconds + Math.floor(i / 1_000);
  const ts = `${seconds}.${String(i % 1_000_000).padStart(6, '0')}`;
  const root = `${startSeconds - 3_600 + Math.floor(thread / 1_000)}.${String(thread % 1_000_000).padStart(6, '0')}`;
  const id = `EvSoak${i}`;
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    api_app_id: 'A0PARLEY',
    type: 'event_callback',
    // Distinct per event: a de-duplicating app must not drop any, and must not keep them all.
    event_id: id,
    event_time: seconds,
    authorizations: [{ team_id: 'T0FAKE', user_id: 'U0PARLEY', is_bot: true }],
    event: {
      type: 'message',
      channel: channelOf(thread % CHANNELS),
      channel_type: 'channel',
      user: `U0P${(thread + turn) % 2 === 0 ? thread % 997 : 997 + (thread % 991)}`,
      text: TEXTS[(thread + turn) % TEXTS.length],
      ts,
      event_ts: ts,
      thread_ts: root,
    },
  });
  return { id, body };
}

function post(agent: Agent, port: number, body: string): Promise<boolean> {
  return postSigned({
    agent,
    port,
    secret: SECRET,
    body,
    contentType: 'application/json',
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
}

interface Row {
  events: number;
  seconds: number;
  /** Events per second since the previous row (the whole run's average for the row at rest). */
  rate: number;
  sample: Sample | null;
  /** Taken after the load stopped. */
  rest?: boolean;
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);
const fmt = (n: number) => n.toLocaleString('en-US');

export async function run(): Promise<Section> {
  const fake = await startFakeSlackApi();
  let child: ChildProcess | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const app = await spawnApp(fake.apiUrl);
    child = app.child;
    const startSeconds = Math.floor(Date.now() / 1000);
    // Warm up: connections, Bolt's first auth.test, the JIT; then the baseline sample.
    for (let i = 0; i < 20; i++) await post(agent, app.port, eventAt(EVENTS + i, startSeconds).body);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rows: Row[] = [{ events: 0, seconds: 0, rate: 0, sample: await sampleOf(child) }];

    const started = performance.now();
    const deadline = started + TIME_CAP_MS;
    let next = 0;
    let done = 0;
    let failed = 0;
    let lastMark = { at: started, events: 0 };
    // One sample at a time, taken while the load keeps running (the GC inside it pauses the app briefly).
    let sampling: Promise<void> = Promise.resolve();
    const mark = (events: number) => {
      const now = performance.now();
      const rate = ((events - lastMark.events) / (now - lastMark.at)) * 1000;
      lastMark = { at: now, events };
      sampling = sampling.then(async () => {
        rows.push({ events, seconds: (now - started) / 1000, rate, sample: await sampleOf(child!) });
      });
    };
    const worker = async () => {
      while (next < EVENTS && performance.now() < deadline) {
        const i = next++;
        if (!(await post(agent, app.port, eventAt(i, startSeconds).body))) failed += 1;
        done += 1;
        if (done % SAMPLE_EVERY === 0) mark(done);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const sentSeconds = (performance.now() - started) / 1000;
    await sampling;
    // The last row: once the load stops and the handlers finish, what is still held.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    rows.push({
      events: done,
      seconds: sentSeconds,
      rate: done / sentSeconds,
      sample: await sampleOf(child),
      rest: true,
    });

    const reminders = fake.callsTo('chat.postMessage').length;
    return {
      title: 'Soak: memory under a long flood of channel messages',
      markdown: describe(rows, done, failed, sentSeconds, reminders),
    };
  } finally {
    agent.destroy();
    child?.kill();
    await fake.close();
  }
}

function describe(rows: Row[], done: number, failed: number, seconds: number, reminders: number): string {
  const cap = DEFAULT_HEAT_OPTIONS.maxThreads;
  const stopped =
    done < EVENTS
      ? `stopped by the ${TIME_CAP_MS / 1000} s time cap after ${fmt(done)} events`
      : `all ${fmt(done)} events sent`;
  const body = table(
    ['Events', 'Time (s)', 'Events/s', 'Threads tracked', 'RSS (MB)', 'Heap used (MB)', 'Heap after GC (MB)'],
    rows.map((r) => [
      r.rest ? `${fmt(r.events)} (at rest)` : fmt(r.events),
      r.seconds.toFixed(1),
      r.events === 0 ? '' : fmt(Math.round(r.rate)),
      r.sample ? fmt(r.sample.threads) : 'n/a',
      r.sample ? mb(r.sample.rss) : 'n/a',
      r.sample ? mb(r.sample.heapUsed) : 'n/a',
      r.sample ? mb(r.sample.heapAfterGc) : 'n/a',
    ]),
  );
  const sampled = rows.filter((r) => r.sample);
  const most = Math.max(...sampled.map((r) => r.sample!.threads));
  const lines = [
    `Signed \`message\` events over loopback HTTP, ${CONCURRENCY} concurrent keep-alive connections, to Parley in HTTP mode in its own process (coach workers, info-level logger, in-memory store), against the fake Slack Web API. Target: ${fmt(EVENTS)} events across ${fmt(THREADS)} threads (${PER_THREAD} messages each) in ${CHANNELS} watched channels, each event with its own event_id; bounded by count and by a ${TIME_CAP_MS / 1000} s time cap. This run: **${stopped}** in ${seconds.toFixed(1)} s, ${fmt(failed)} errors, ${fmt(reminders)} reminders posted (the hourly cap per channel bounds them). A sample every ${fmt(SAMPLE_EVERY)} events, taken under load; the last row ${SETTLE_MS / 1000} s after the load stopped.`,
    '',
    body,
    '',
    `- Threads tracked never exceeded the detector's cap of ${fmt(cap)}: ${most <= cap ? 'yes' : 'NO'} (most seen: ${fmt(most)}).`,
    ...levelling(sampled, cap),
    '',
    '"Heap after GC" is what the main thread still holds after a full collection: the figure a leak would move. "Heap used" is read just before that collection and saws up and down. With the channels unwatched (no analyzer) it stays near 30 MB, and the analyzer alone in a loop promotes nothing, so what piles up is short-lived request objects promoted to the old generation while the analyzer churns the young one; each full collection takes them back. RSS includes the coach worker threads and what V8 and the allocator keep after such a peak, so it rises in the first seconds and then stays.',
  ];
  return lines.join('\n');
}

/** Whether memory levels off once the detector holds its cap of threads. */
function levelling(sampled: Row[], cap: number): string[] {
  const base = sampled[0];
  const atCap = sampled.find((r) => r.sample!.threads >= cap);
  const last = sampled.at(-1);
  if (!base || !atCap || !last || last === atCap)
    return ['- The run ended before the thread cap was reached, so levelling off under it is not shown.'];
  const underLoad = sampled.filter((r) => !r.rest && r.events >= atCap.events);
  const lastLoad = underLoad.at(-1) ?? atCap;
  const heap = lastLoad.sample!.heapAfterGc - atCap.sample!.heapAfterGc;
  const perThread =
    (atCap.sample!.heapAfterGc - base.sample!.heapAfterGc) / (atCap.sample!.threads - base.sample!.threads);
  const peak = Math.max(...underLoad.map((r) => r.sample!.rss));
  return [
    `- Heap after GC from the first sample at the cap (${fmt(atCap.events)} events) to the last under load (${fmt(lastLoad.events)}): ${heap >= 0 ? '+' : ''}${mb(heap)} MB → ${Math.abs(heap) <= LEVEL_MB * MB ? 'levels off' : 'STILL GROWING'} (allowed: ±${LEVEL_MB} MB); at rest ${mb(last.sample!.heapAfterGc)} MB. Filling the detector to its cap cost about ${fmt(Math.round(perThread))} bytes per tracked thread.`,
    `- RSS at the cap ${mb(atCap.sample!.rss)} MB, highest under load after it ${mb(peak)} MB, at rest ${mb(last.sample!.rss)} MB.`,
    `- At rest the detector held reminder windows for ${fmt(last.sample!.reminderChannels)} channels, and the logger had written ${fmt(last.sample!.logLines)} lines (one per reminder, plus start-up).`,
  ];
}

// Child-process role: `bench/soak.ts --parley-soak-serve <apiUrl>`.
if (process.argv[2] === SERVE_FLAG) {
  await serve(process.argv[3]!);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown.trim()}\n`);
}
