/**
 * Slack ack latency: signed `/coach <draft>` requests over loopback HTTP at 50 concurrent
 * connections, Parley vs a bare Bolt app that only acks, in the same run (alternating rounds so
 * machine noise hits both). Then `/coach` → review delivered to the response_url, with the offline
 * engine. Each app runs in its own child process, like a real deployment; this process plays Slack
 * (the load, the fake Web API and the response_url receiver). 127.0.0.1 only; every loop is bounded.
 *
 * Run: `npx tsx bench/run.ts slack` (prints only).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildRateLimited, THINKING_TEXT } from '../src/slack/views/messages.ts';
import { type FakeSlackApi, type ResponseCall, startFakeSlackApi } from '../tests/fakes/slack-api.ts';
import { slashCommandBody } from '../tests/helpers/slack-requests.ts';
import { postSigned } from './post-signed.ts';
import { type Section, table } from './section.ts';

const SERVE_FLAG = '--parley-bench-serve';
const SECRET = 'bench-signing-secret';
const ACK_REQUESTS = 2_000;
const ACK_ROUNDS = 8;
const CONCURRENCY = 50;
const REPLY_REQUESTS = { one: 100, ten: 200 };
const WARMUP_REQUESTS = 100;
const ACK_DEADLINE_MS = 3_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Longest wait for Parley to finish the reviews of one round before the next starts. */
const DRAIN_DEADLINE_MS = 180_000;

/** Everyday drafts, calm to heated, English and Polish (written for this benchmark). */
const DRAFTS = [
  'You ALWAYS miss deadlines and I am sick of covering for you!!!',
  'Per my last email, the invoice is overdue. Please pay it today.',
  'Thanks for the update. Can we talk tomorrow about the timeline?',
  'This is the third time the build broke. Who approved this?',
  'I am sorry if you felt ignored, but I was busy.',
  'We cannot give another 30% discount. That is final.',
  'Could you send me the figures by Friday? I want to check them before the call.',
  'Whatever. Do it your way, you never listen anyway.',
  'Fix it NOW or I will escalate to your manager.',
  'I appreciate the effort on the report; two sections need more data before we share it.',
  'Znowu się spóźniasz z raportem. Mam tego dość!',
  'Dziękuję za szybką odpowiedź, czy możemy porozmawiać jutro o terminie?',
];

type Kind = 'parley' | 'bare';

// --- The servers (child processes) -------------------------------------------------------

async function serve(kind: Kind, apiUrl: string): Promise<void> {
  const { App, LogLevel } = await import('@slack/bolt');
  let port: number;
  if (kind === 'bare') {
    const app = new App({
      token: 'xoxb-bench',
      signingSecret: SECRET,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: apiUrl },
    });
    app.command('/coach', async ({ ack }) => {
      await ack();
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
    port = (server.address() as import('node:net').AddressInfo).port;
  } else {
    const { TechniqueLibrary } = await import('../src/coach/techniques.ts');
    const { startCoachWorkers } = await import('../src/coach-worker.ts');
    const { silentLogger } = await import('../src/log.ts');
    const { createSlackApp } = await import('../src/slack/app.ts');
    const { MemoryStore } = await import('../src/store/memory.ts');
    const { requestStore } = await import('../src/slack/team-scope.ts');
    // As main.ts does: the offline engine on worker threads, warmed before the first request.
    const workers = await startCoachWorkers({ engine: { kind: 'local', openai: null }, logLevel: 'error' });
    const slack = createSlackApp({
      slack: {
        botToken: 'xoxb-bench',
        mode: 'http',
        signingSecret: SECRET,
        appToken: null,
        apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      coach: workers.coach,
      techniques: TechniqueLibrary.load(),
      store: requestStore(new MemoryStore()),
      logger: silentLogger,
      logLevel: 'error',
    });
    port = (await slack.start()).port!;
  }
  process.send?.({ port });
  process.on('disconnect', () => process.exit(0));
}

async function spawnServer(kind: Kind, apiUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, kind, apiUrl], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start`)), 120_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve((m as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
  return { child, port };
}

// --- The load (this process) ---------------------------------------------------------------

interface Sent {
  id: string;
  startedAt: number;
  ackMs: number;
  ok: boolean;
}

function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

function postCommand(
  agent: Agent,
  port: number,
  fake: FakeSlackApi,
  id: string,
  text: string,
): Promise<Sent> {
  const body = slashCommandBody({ text, response_url: fake.responseUrl(id), user_id: 'U0BENCH' });
  const startedAt = performance.now();
  return postSigned({
    agent,
    port,
    secret: SECRET,
    body,
    contentType: 'application/x-www-form-urlencoded',
    timeoutMs: REQUEST_TIMEOUT_MS,
  }).then((ok) => ({ id, startedAt, ackMs: performance.now() - startedAt, ok }));
}

/** Closed-loop load: `concurrency` clients, each sending its next request when the last one is done. */
async function closedLoop(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<Sent>,
): Promise<Sent[]> {
  const results: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      results.push(await send(i));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Final replies (not the "thinking…" note) by response id, as they arrive. */
function replyTracker(fake: FakeSlackApi) {
  const final = new Map<string, ResponseCall>();
  const waiters = new Map<string, (r: ResponseCall) => void>();
  let busy = 0;
  fake.onResponse((r) => {
    if (r.body.text === THINKING_TEXT.review) return;
    if (r.body.text === buildRateLimited().text) busy += 1;
    final.set(r.id, r);
    waiters.get(r.id)?.(r);
    waiters.delete(r.id);
  });
  return {
    final,
    get busy() {
      return busy;
    },
    wait(id: string, deadlineMs: number): Promise<ResponseCall | null> {
      const seen = final.get(id);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(id);
          resolve(null);
        }, deadlineMs);
        waiters.set(id, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
  };
}

async function drained(replies: ReturnType<typeof replyTracker>, ids: readonly string[]): Promise<boolean> {
  const deadline = performance.now() + DRAIN_DEADLINE_MS;
  for (const id of ids) {
    const left = deadline - performance.now();
    if (left <= 0 || !(await replies.wait(id, left))) return false;
  }
  return true;
}

export async function run(): Promise<Section> {
  const fake = await startFakeSlackApi();
  const servers: ChildProcess[] = [];
  const agents: Agent[] = [];
  try {
    const parley = await spawnServer('parley', fake.apiUrl);
    servers.push(parley.child);
    const bare = await spawnServer('bare', fake.apiUrl);
    servers.push(bare.child);
    const replies = replyTracker(fake);
    const agentFor = () => {
      const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
      agents.push(agent);
      return agent;
    };
    const agentsByKind = { parley: agentFor(), bare: agentFor() };
    const ports = { parley: parley.port, bare: bare.port };
    const draft = (i: number) => DRAFTS[i % DRAFTS.length]!;

    // Warm both: connections, Bolt's first auth.test, JIT.
    for (const kind of ['bare', 'parley'] as const) {
      const warm = await closedLoop(WARMUP_REQUESTS, 10, (i) =>
        postCommand(agentsByKind[kind], ports[kind], fake, `warm-${kind}-${i}`, draft(i)),
      );
      if (kind === 'parley')
        await drained(
          replies,
          warm.map((s) => s.id),
        );
    }

    // Ack latency, alternating rounds.
    const acks: Record<Kind, Sent[]> = { parley: [], bare: [] };
    // p99 of each app in each round: rounds are paired in time, so their ratios cancel out
    // what the shared machine happened to be doing then.
    const roundRatios: number[] = [];
    let allDrained = true;
    const perRound = ACK_REQUESTS / ACK_ROUNDS;
    for (let round = 0; round < ACK_ROUNDS; round++) {
      for (const kind of (round % 2 === 0 ? ['bare', 'parley'] : ['parley', 'bare']) as Kind[]) {
        const sent = await closedLoop(perRound, CONCURRENCY, (i) =>
          postCommand(agentsByKind[kind], ports[kind], fake, `ack-${kind}-${round}-${i}`, draft(i)),
        );
        acks[kind].push(...sent);
        if (kind === (round % 2 === 0 ? 'parley' : 'bare')) {
          const p = (k: Kind) =>
            percentile(
              acks[k].slice(-perRound).map((x) => x.ackMs),
              0.99,
            );
          roundRatios.push(p('parley') / p('bare'));
        }
        // Let Parley finish this round's reviews so the next round starts from the same state.
        if (kind === 'parley')
          allDrained =
            (await drained(
              replies,
              sent.map((s) => s.id),
            )) && allDrained;
      }
    }
    const busyDuringAcks = replies.busy;

    // /coach → the review at the response_url.
    const replyRun = async (total: number, concurrency: number, prefix: string) => {
      const latencies: number[] = [];
      let missing = 0;
      await closedLoop(total, concurrency, async (i) => {
        const sent = await postCommand(agentsByKind.parley, ports.parley, fake, `${prefix}-${i}`, draft(i));
        const reply = await replies.wait(sent.id, 30_000);
        if (reply) latencies.push(reply.receivedAt - sent.startedAt);
        else missing += 1;
        return sent;
      });
      return { latencies, missing };
    };
    const one = await replyRun(REPLY_REQUESTS.one, 1, 'reply-1');
    const ten = await replyRun(REPLY_REQUESTS.ten, 10, 'reply-10');

    const row = (name: string, sent: Sent[]) => {
      const times = sent.map((s) => s.ackMs);
      return [
        name,
        sent.length,
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.99)),
        ms(Math.max(...times)),
        sent.filter((s) => !s.ok).length,
      ];
    };
    const p99 = (kind: Kind) =>
      percentile(
        acks[kind].map((s) => s.ackMs),
        0.99,
      );
    const ratio = p99('parley') / p99('bare');
    const sortedRatios = [...roundRatios].sort((a, b) => a - b);
    const medianRatio = percentile(sortedRatios, 0.5);
    const all = [...acks.parley, ...acks.bare];
    const slowest = Math.max(...all.map((s) => s.ackMs));
    const errors = all.filter((s) => !s.ok).length;

    const markdown = [
      `Signed \`/coach <draft>\` requests over loopback HTTP, ${CONCURRENCY} concurrent keep-alive connections, ${ACK_REQUESTS} requests per app in ${ACK_ROUNDS} alternating rounds. Each app runs in its own process; Parley reviews every draft with the offline engine (on a worker thread, as \`npm start\` runs it) after acking it.`,
      '',
      table(
        ['App', 'Requests', 'Ack p50 (ms)', 'Ack p99 (ms)', 'Ack max (ms)', 'Errors'],
        [row('Parley', acks.parley), row('Bare Bolt app (ack only)', acks.bare)],
      ),
      '',
      `- **p99 ratio Parley / bare, median of ${roundRatios.length} paired rounds: ${medianRatio.toFixed(2)}×** (range ${sortedRatios[0]!.toFixed(2)}–${sortedRatios.at(-1)!.toFixed(2)}×; target ≤ 1.5×). Pooled over all rounds: ${ratio.toFixed(2)}×.`,
      `- Slowest ack: ${ms(slowest)} ms (Slack's limit: ${ACK_DEADLINE_MS} ms) → ${slowest < ACK_DEADLINE_MS ? 'every ack in time' : 'SOME ACKS LATE'}; errors: ${errors}.`,
      `- Every review of the ack rounds reached the response_url: ${allDrained ? 'yes' : 'NO (deadline passed)'}; "coach busy" replies: ${busyDuringAcks}.`,
      '',
      '`/coach` → review delivered to the response_url (offline engine):',
      '',
      table(
        ['Load', 'Requests', 'Reply p50 (ms)', 'Reply p99 (ms)', 'Missing'],
        [
          [
            '1 user at a time',
            REPLY_REQUESTS.one,
            ms(percentile(one.latencies, 0.5)),
            ms(percentile(one.latencies, 0.99)),
            one.missing,
          ],
          [
            '10 users at once',
            REPLY_REQUESTS.ten,
            ms(percentile(ten.latencies, 0.5)),
            ms(percentile(ten.latencies, 0.99)),
            ten.missing,
          ],
        ],
      ),
      '',
      'Reviews run on coach worker threads, so the thread that acks Slack never waits behind a review.',
    ].join('\n');
    return { title: 'Slack: ack latency and reply time', markdown };
  } finally {
    for (const agent of agents) agent.destroy();
    for (const child of servers) child.kill();
    await fake.close();
  }
}

// Child-process role: `bench/slack.ts --parley-bench-serve <parley|bare> <apiUrl>`.
if (process.argv[2] === SERVE_FLAG) {
  await serve(process.argv[3] as Kind, process.argv[4]!);
}
