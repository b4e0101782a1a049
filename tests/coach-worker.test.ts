import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../src/coach/coach.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import {
  CoachBusyError,
  CoachTimeoutError,
  type CoachWorkers,
  callLimitMs,
  DEFAULT_CALL_LIMIT_MS,
  startCoachWorkers,
} from '../src/coach-worker.ts';
import { createLogger } from '../src/log.ts';
import { planSummaryToMarkdown, planToMarkdown } from '../src/slack/views/plan.ts';
import { CRASH_MARKER, HANG_MARKER, HANGING_COACH_MODULE } from './fakes/hanging-coach.ts';
import { type FakeOpenAI, startFakeOpenAI } from './fakes/openai-server.ts';
import { config } from './llm/fixtures.ts';

describe('coach worker threads', () => {
  let workers: CoachWorkers;
  const local = new LocalEngine();
  beforeAll(async () => {
    workers = await startCoachWorkers({
      engine: { kind: 'local', openai: null },
      logLevel: 'error',
      size: 1,
    });
  }, 60_000);
  afterAll(async () => workers?.close());

  it('answers exactly like the engine built on the main thread', async () => {
    const draft = 'You ALWAYS ignore my emails and it is NOT ok!!!';
    expect(await workers.coach.review(draft, { user: 'U1', context: 'peer' })).toEqual(
      local.review(draft, { user: 'U1', context: 'peer' }),
    );
    const plan = await workers.coach.prepare('A client wants another 30% off', { user: 'U1' });
    expect(plan).toEqual(local.prepare('A client wants another 30% off', { user: 'U1' }));
  });

  it('answers DM questions like the engine on the main thread, with the notify callback kept here', async () => {
    const notices: Notice[] = [];
    const input = {
      question: 'what is contrasting?',
      situation: '',
      turns: [],
      topic: { kind: 'technique' as const, id: 'contrasting' },
    };
    expect(await workers.coach.answer({ ...input, user: 'U1', notify: (n) => notices.push(n) })).toEqual(
      local.answer(input),
    );
    expect(notices).toEqual([]);
  });

  it('offers no prepareStream or practiceStream: the offline engine does not stream', () => {
    expect(workers.coach.prepareStream).toBeUndefined();
    expect(workers.coach.practiceStream).toBeUndefined();
  });

  it('takes options with a notify callback (functions stay on this thread)', async () => {
    const notices: Notice[] = [];
    const reading = await workers.coach.read('As I already explained, this is not my job.', {
      notify: (n) => notices.push(n),
    });
    expect(reading.engine).toBe('local');
    expect(notices).toEqual([]);
  });

  it('passes a requested technique through to the engine that reads the message', async () => {
    const message = 'As I already explained, this is not my job.';
    const reading = await workers.coach.read(message, { technique: 'take-a-break', notify: () => {} });
    expect(reading).toEqual(local.read(message, { technique: 'take-a-break' }));
    expect(reading.replies.map((r) => r.technique)).toEqual(['take-a-break']);
  });

  it('passes a failure back as its kind, without the message', async () => {
    const error = await workers.coach.review(undefined as unknown as string).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/Error$/);
    expect((error as Error).message).toBe('The coach failed in a worker thread');
  });

  it('refuses calls beyond the pending limit with CoachBusyError', async () => {
    const small = await startCoachWorkers({
      engine: { kind: 'local', openai: null },
      logLevel: 'error',
      size: 1,
      maxPending: 1,
      warm: false,
    });
    try {
      const first = small.coach.prepare('The vendor missed the deadline again');
      await expect(small.coach.prepare('another')).rejects.toBeInstanceOf(CoachBusyError);
      await expect(first).resolves.toMatchObject({ engine: 'local' });
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe('coach worker threads with a per-call time limit', () => {
  const SECRET = 'walrus-onyx-private-draft';
  const lines: string[] = [];
  let workers: CoachWorkers;
  const local = new LocalEngine();
  beforeAll(async () => {
    workers = await startCoachWorkers({
      engine: { kind: 'local', openai: null },
      logLevel: 'error',
      size: 2,
      // Generous so the ordinary calls finish long before it on a busy machine; the hung one never does.
      reviewTimeoutMs: 2_000,
      coachModule: HANGING_COACH_MODULE,
      logger: createLogger('debug', (line) => lines.push(line)),
    });
  }, 60_000);
  afterAll(async () => workers?.close());

  it('stops a hung call with CoachTimeoutError while other calls complete, and replaces its worker', async () => {
    let hungSettled = false;
    const hung = workers.coach.review(`${HANG_MARKER} ${SECRET}`, { user: 'U1' }).catch((e: Error) => e);
    void hung.finally(() => {
      hungSettled = true;
    });
    // Queued on the same worker (one user's calls share a worker), behind the hung call.
    const queued = workers.coach.review('Can we move the review to Friday?', { user: 'U1' });
    // No user: the least busy worker, the other one.
    const other = await workers.coach.review('You never answer my emails.');
    expect(other).toEqual(local.review('You never answer my emails.'));
    expect(hungSettled).toBe(false);

    const error = await hung;
    expect(error).toBeInstanceOf(CoachTimeoutError);
    expect((error as Error).message).not.toContain(SECRET);
    expect(await queued).toEqual(local.review('Can we move the review to Friday?', { user: 'U1' }));
    // The same user's next call goes to the fresh worker.
    expect(await workers.coach.review('Thanks for the update.', { user: 'U1' })).toEqual(
      local.review('Thanks for the update.', { user: 'U1' }),
    );

    const timedOut = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'coach call timed out');
    expect(timedOut).toEqual([expect.objectContaining({ method: 'review', kind: 'CoachTimeoutError' })]);
    expect(lines.join('')).not.toContain(SECRET);
  }, 60_000);

  it('replaces a worker that exits, so the calls after it are answered', async () => {
    const crashed = await workers.coach
      .review(`${CRASH_MARKER} ${SECRET}`, { user: 'U2' })
      .catch((e: Error) => e);
    expect((crashed as Error).name).toBe('CoachWorkerExited');
    // Sent at once, while the fresh worker is still starting: it waits in that worker's queue.
    expect(await workers.coach.review('Thanks for the update.', { user: 'U2' })).toEqual(
      local.review('Thanks for the update.', { user: 'U2' }),
    );
    expect(lines.join('')).not.toContain(SECRET);
  }, 60_000);

  it('gives model-engine calls the model timeout plus the offline limit', () => {
    expect(callLimitMs({ kind: 'local', openai: null })).toBe(DEFAULT_CALL_LIMIT_MS);
    expect(callLimitMs({ kind: 'local', openai: null }, 800)).toBe(800);
    expect(callLimitMs(config('http://127.0.0.1:1/v1'), 800)).toBe(
      config('http://127.0.0.1:1/v1').openai!.timeoutMs + 800,
    );
  });
});

describe('coach worker threads with the model engine', () => {
  const PLAN = {
    language: 'en',
    situation: 'overdue-invoice',
    goal: 'Get invoice 113 paid by Friday.',
    theirPosition: 'They say the budget is frozen.',
    theirInterests: ['cash flow'],
    commonGround: ['keep working together'],
    concessions: ['two payments'],
    nonNegotiables: ['the full amount'],
    opening: "I don't want to chase you; I do want us to settle this calmly.",
    questionsToAsk: ['What would make Friday possible?'],
    options: ['two instalments'],
    ifItHeatsUp: ["Let's pause and pick this up tomorrow."],
    takeABreak: 'Offer a call tomorrow at 10.',
    followUp: ['Confirm in writing.'],
    questions: ['Can you offer instalments?'],
  };
  let openai: FakeOpenAI;
  let workers: CoachWorkers;
  beforeAll(async () => {
    openai = await startFakeOpenAI({ json: PLAN });
    workers = await startCoachWorkers({
      engine: config(openai.url),
      logLevel: 'error',
      size: 1,
      warm: false,
    });
  }, 60_000);
  afterAll(async () => {
    await workers?.close();
    await openai?.close();
  });

  it('offers prepareStream, rendered in the worker and sent back as appended chunks', async () => {
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const plan = await workers.coach.prepareStream!(
      'Invoice 113 is overdue.',
      { user: 'U1', notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
      planToMarkdown,
    );
    expect(plan).toMatchObject({ engine: 'openai', goal: PLAN.goal });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(planToMarkdown(plan));
    expect(notices).toEqual([]);
  });

  it('streams the short view too, rendered in the worker', async () => {
    const chunks: string[] = [];
    const plan = await workers.coach.prepareStream!(
      'Invoice 114 is overdue.',
      { user: 'U2' },
      (c) => chunks.push(c),
      planSummaryToMarkdown,
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(planSummaryToMarkdown(plan));
  });

  it('gives another renderer the finished plan in one chunk', async () => {
    const chunks: string[] = [];
    const plan = await workers.coach.prepareStream!(
      'The vendor missed the deadline again.',
      {},
      (c) => chunks.push(c),
      (p) => `goal: ${p.goal}`,
    );
    expect(chunks).toEqual([`goal: ${plan.goal}`]);
  });

  it('keeps the call going when the listener throws', async () => {
    const plan = await workers.coach.prepareStream!(
      'A colleague keeps interrupting me in meetings.',
      {},
      () => {
        throw new Error('listener broke');
      },
      planToMarkdown,
    );
    expect(plan.engine).toBe('openai');
  });

  it('streams the offline plan, with its notice, when the model fails', async () => {
    openai.enqueue({ status: 400 });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const plan = await workers.coach.prepareStream!(
      'My manager moved my deadline again.',
      { notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
      planToMarkdown,
    );
    expect(plan.engine).toBe('local');
    expect(notices).toEqual(['fallback']);
    expect(chunks.join('')).toBe(planToMarkdown(plan));
  });

  it("offers practiceStream, sending the counterpart's words back as appended chunks", async () => {
    const line = 'Honestly, the budget is frozen until next quarter and there is nothing I can sign today.';
    openai.enqueue({ json: { language: 'en', move: 'push', stance: 'harder', text: line, aside: null } });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const reply = await workers.coach.practiceStream!(
      { situation: 'Invoice 113 is overdue.', turns: [], user: 'U1', notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
    );
    expect(reply).toMatchObject({ engine: 'openai', text: line });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(line);
    expect(notices).toEqual([]);
  });

  it('streams the offline practice line once, with its notice, when the model fails', async () => {
    openai.enqueue({ status: 500 });
    const chunks: string[] = [];
    const notices: Notice[] = [];
    const reply = await workers.coach.practiceStream!(
      { situation: 'My manager moved my deadline again.', turns: [], notify: (n) => notices.push(n) },
      (c) => chunks.push(c),
    );
    expect(reply.engine).toBe('local');
    expect(notices).toEqual(['fallback']);
    expect(chunks).toEqual([reply.text]);
  });
});
