/**
 * The coach on worker threads. The offline engine is CPU work; on the thread that serves Slack it
 * would delay acks (due within 3 s) whenever reviews pile up. Here every Coach call is posted to a
 * worker that builds its engine with createCoach (src/engine.ts), so the main thread only
 * parses requests, acks and renders.
 *
 * Messages carry the call's arguments (the draft included, in memory, between threads of this
 * process) and come back with the result or the error's kind only: never its message.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Coach, CoachOptions, Notice } from './coach/coach.ts';
import type { PrepPlan } from './coach/schemas.ts';
import type { EngineConfig, LogLevel } from './config.ts';
import { planSummaryToMarkdown, planToMarkdown } from './slack/views/plan.ts';

/** More calls than this waiting on the workers and new ones are refused (users see "please wait"). */
export const MAX_PENDING_CALLS = 1_000;

/** Too many coach calls are waiting; answered with the rate-limited message. */
export class CoachBusyError extends Error {
  constructor() {
    super('Too many coach calls are waiting');
    this.name = 'CoachBusyError';
  }
}

/** A call failed inside a worker; `name` is the original error's kind. */
export class CoachWorkerError extends Error {
  constructor(kind: string) {
    super('The coach failed in a worker thread');
    this.name = kind || 'CoachWorkerError';
  }
}

export type CoachMethod = keyof Coach;

export interface WorkerRequest {
  id: number;
  method: CoachMethod;
  args: unknown[];
}

export type WorkerResponse =
  | { id: number; ok: true; value: unknown; notices: Notice[] }
  | { id: number; ok: false; kind: string }
  /** Part of a streamed answer (a streaming method), in order, before the call's result. */
  | { id: number; chunk: string }
  /** `streams`: the streaming methods the worker's engine implements (the model engine's). */
  | { ready: true; streams: StreamingMethod[] };

/** The optional Coach methods that hand out text while they work. */
export const STREAMING_METHODS = ['prepareStream', 'practiceStream'] as const;
export type StreamingMethod = (typeof STREAMING_METHODS)[number];

export interface WorkerSetup {
  engine: EngineConfig;
  logLevel: LogLevel;
  /** Run the engine once before answering "ready" (lexicons, indexes); default true. */
  warm?: boolean;
}

export interface CoachWorkers {
  coach: Coach;
  close(): Promise<void>;
}

export interface CoachWorkerOptions extends WorkerSetup {
  /** Worker threads; default: one per spare core, 1–4. */
  size?: number;
  maxPending?: number;
}

/** Functions cannot cross threads: options travel without `notify`, notices come back with the result. */
export function optionsIndex(method: CoachMethod): number {
  if (method === 'retone') return 3;
  return method === 'practice' || method === 'practiceStream' || method === 'debrief' || method === 'answer'
    ? 0
    : 1;
}

function splitNotify(
  method: CoachMethod,
  args: unknown[],
): { args: unknown[]; notify?: (n: Notice) => void } {
  const index = optionsIndex(method);
  const options = args[index] as CoachOptions | undefined;
  if (!options || typeof options !== 'object') return { args };
  const { notify, ...rest } = options;
  const copy = [...args];
  copy[index] = rest;
  return notify ? { args: copy, notify } : { args: copy };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  notify?: (n: Notice) => void;
  /** A streaming method's listener; dropped after it throws once (the call itself goes on). */
  onChunk?: (chunk: string) => void;
  slot: Slot;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  streams: readonly StreamingMethod[];
}

/** tsx's ESM API (its CommonJS build cannot register hooks from a worker). */
function tsxApiUrl(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

/** The worker entry, loaded through tsx so it can import TypeScript like the rest of Parley. */
function workerSource(): string {
  const entry = new URL('./coach-worker-entry.ts', import.meta.url).href;
  const tsx = tsxApiUrl();
  return `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(tsx)})
      .then((api) => { api.register(); return import(${JSON.stringify(entry)}); })
      .catch(() => parentPort.postMessage({ id: -1, ok: false, kind: 'CoachWorkerStartError' }));
  `;
}

/** The plan renderers a worker can stream with, by name: functions cannot cross threads, names can. */
export const PLAN_RENDERERS = { plan: planToMarkdown, summary: planSummaryToMarkdown } as const;
export type PlanRendererName = keyof typeof PLAN_RENDERERS;

/**
 * prepareStream across threads. Functions cannot cross, so the worker renders with the Slack
 * view's renderer itself (pure, and it escapes), named in the call: only the appended text comes back, not a
 * copy of the whole partial plan per streamed token, and the engine's own "the text only grows"
 * bookkeeping stays the one place that decides what a chunk is. Any other renderer gets the
 * finished plan in one chunk, rendered on this thread.
 */
function streamingPrepare(
  call: (method: CoachMethod, onChunk?: (chunk: string) => void) => (...raw: unknown[]) => Promise<never>,
): NonNullable<Coach['prepareStream']> {
  return async (situation, options, onMarkdown, toMarkdown) => {
    const renderer = (Object.keys(PLAN_RENDERERS) as PlanRendererName[]).find(
      (name) => PLAN_RENDERERS[name] === toMarkdown,
    );
    if (renderer) return call('prepareStream', onMarkdown)(situation, options, renderer);
    const plan: PrepPlan = await call('prepare')(situation, options);
    try {
      onMarkdown(toMarkdown(plan));
    } catch {
      // A failing listener must not cost the caller the plan.
    }
    return plan;
  };
}

export async function startCoachWorkers(options: CoachWorkerOptions): Promise<CoachWorkers> {
  const size = Math.min(4, Math.max(1, options.size ?? availableParallelism() - 1));
  const maxPending = options.maxPending ?? MAX_PENDING_CALLS;
  const setup: WorkerSetup = {
    engine: options.engine,
    logLevel: options.logLevel,
    warm: options.warm ?? true,
  };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closing = false;

  const slots: Slot[] = [];

  /** A crashed worker is replaced so later calls still work. */
  const replace = (dead: Slot) => {
    const index = slots.indexOf(dead);
    if (index === -1) return;
    spawn().then(
      (fresh) => {
        slots[index] = fresh;
      },
      () => {},
    );
  };

  const spawn = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerSource(), { eval: true, workerData: setup });
      const slot: Slot = { worker, inFlight: 0, streams: [] };
      worker.on('message', (message: WorkerResponse) => {
        if ('ready' in message) {
          slot.streams = message.streams;
          return resolve(slot);
        }
        const call = pending.get(message.id);
        if (message.id === -1) return reject(new CoachWorkerError('CoachWorkerStartError'));
        if (!call) return;
        if ('chunk' in message) {
          try {
            call.onChunk?.(message.chunk);
          } catch {
            // Like the engine itself: a failing listener stops the stream, never the call.
            call.onChunk = undefined;
          }
          return;
        }
        pending.delete(message.id);
        slot.inFlight -= 1;
        if (message.ok) {
          for (const notice of message.notices) call.notify?.(notice);
          call.resolve(message.value);
        } else {
          call.reject(new CoachWorkerError(message.kind));
        }
      });
      worker.on('error', () => reject(new CoachWorkerError('CoachWorkerCrashed')));
      worker.on('exit', () => {
        for (const [id, call] of pending) {
          if (call.slot !== slot) continue;
          pending.delete(id);
          call.reject(new CoachWorkerError('CoachWorkerExited'));
        }
        if (!closing) replace(slot);
      });
    });

  slots.push(...(await Promise.all(Array.from({ length: size }, spawn))));

  /**
   * One user's calls always go to the same worker, so per-user model limits (kept in each
   * worker's engine) still hold; calls without a user go to the least busy worker.
   */
  const slotFor = (user: string | null | undefined): Slot => {
    if (user) {
      let hash = 0;
      for (let i = 0; i < user.length; i++) hash = (hash * 31 + user.charCodeAt(i)) >>> 0;
      return slots[hash % slots.length]!;
    }
    return slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  };

  const call =
    (method: CoachMethod, onChunk?: (chunk: string) => void) =>
    (...raw: unknown[]): Promise<never> => {
      if (pending.size >= maxPending) return Promise.reject(new CoachBusyError());
      const { args, notify } = splitNotify(method, raw);
      const slot = slotFor((args[optionsIndex(method)] as CoachOptions | undefined)?.user);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, notify, onChunk, slot });
        slot.inFlight += 1;
        slot.worker.postMessage({ id, method, args } satisfies WorkerRequest);
      });
    };

  const coach = {
    review: call('review'),
    retone: call('retone'),
    prepare: call('prepare'),
    read: call('read'),
    practice: call('practice'),
    debrief: call('debrief'),
    answer: call('answer'),
  } as unknown as Coach;
  // Every worker builds the engine from the same settings, so they agree on streaming; still,
  // a method is offered only when every worker can answer it.
  const streams = (method: StreamingMethod) => slots.every((s) => s.streams.includes(method));
  if (streams('prepareStream')) coach.prepareStream = streamingPrepare(call);
  if (streams('practiceStream')) {
    coach.practiceStream = (input, onText) => call('practiceStream', onText)(input);
  }

  return {
    coach,
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
