/**
 * The coach on worker threads. The offline engine is CPU work; on the thread that serves Slack it
 * would delay acks (due within 3 s) whenever reviews pile up. Here every Coach call is posted to a
 * worker that builds its engine with createCoach (src/engine.ts), so the main thread only
 * parses requests, acks and renders.
 *
 * Messages carry the call's arguments (the draft included, in memory, between threads of this
 * process) and come back with the result or the error's kind only: never its message.
 *
 * Every call has a time limit, counted from when its worker starts it. A call past it is rejected
 * with CoachTimeoutError and its worker is terminated (nothing else stops synchronous work) and
 * replaced; the calls queued behind it are sent again, so one slow draft never holds up others.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Coach, CoachOptions, Notice } from './coach/coach.ts';
import type { PrepPlan } from './coach/schemas.ts';
import type { EngineConfig, LogLevel } from './config.ts';
import { type Logger, silentLogger } from './log.ts';
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

/**
 * A call ran past the pool's time limit: the worker running it was terminated and replaced. Users
 * get a kind "try a shorter version" note; the draft that took too long is never logged.
 */
export class CoachTimeoutError extends Error {
  constructor() {
    super('The coach took too long and was stopped');
    this.name = 'CoachTimeoutError';
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
  /** The worker is starting this call now (its time limit counts from here, not from the queue). */
  | { id: number; started: true }
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
  /**
   * File URL of a module whose `createCoach` (a CoachFactory) builds each worker's coach; default
   * src/engine.ts. Tests pass a stand-in engine (one that hangs) this way.
   */
  coachModule?: string;
}

export interface CoachWorkers {
  coach: Coach;
  close(): Promise<void>;
}

export interface CoachWorkerOptions extends WorkerSetup {
  /** Worker threads; default: one per spare core, 1–4. */
  size?: number;
  maxPending?: number;
  /**
   * How long one offline call may run before its worker is replaced (config: PARLEY_REVIEW_TIMEOUT_MS);
   * default DEFAULT_CALL_LIMIT_MS. With the model engine the model's own timeout is added: see callLimitMs.
   */
  reviewTimeoutMs?: number;
  /** Where timeouts are logged (by kind and method, never text); default silent. */
  logger?: Logger;
}

export const DEFAULT_CALL_LIMIT_MS = 5_000;

/**
 * The per-call limit. Model calls already end at OPENAI_TIMEOUT_MS (the client's deadline covers
 * streamed bodies too) and then the offline engine answers, so a model-engine call gets both.
 */
export function callLimitMs(engine: EngineConfig, reviewTimeoutMs: number = DEFAULT_CALL_LIMIT_MS): number {
  return engine.kind === 'openai' && engine.openai
    ? engine.openai.timeoutMs + reviewTimeoutMs
    : reviewTimeoutMs;
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
  id: number;
  method: CoachMethod;
  /** Kept so a call queued on a worker that is replaced can be sent again. */
  args: unknown[];
  user: string | null;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  notify?: (n: Notice) => void;
  /** A streaming method's listener; dropped after it throws once (the call itself goes on). */
  onChunk?: (chunk: string) => void;
  /** A chunk went out: sending the call again would repeat text the user has seen. */
  streamed: boolean;
  slot: Slot;
  /** Armed when the worker starts the call. */
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  streams: readonly StreamingMethod[];
  /** Terminated on purpose (a call timed out): its exit must not touch calls already moved away. */
  retired: boolean;
  /** Exited before it was ready: calls routed here fail at once. */
  dead: boolean;
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
  const limitMs = callLimitMs(options.engine, options.reviewTimeoutMs);
  const logger = options.logger ?? silentLogger;
  const setup: WorkerSetup = {
    engine: options.engine,
    logLevel: options.logLevel,
    warm: options.warm ?? true,
    ...(options.coachModule ? { coachModule: options.coachModule } : {}),
  };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closing = false;

  const slots: Slot[] = [];

  /** The call is no longer on its worker: forget it there. */
  const settle = (call: Pending) => {
    pending.delete(call.id);
    clearTimeout(call.timer);
    call.slot.inFlight -= 1;
  };

  const send = (call: Pending) => {
    if (call.slot.dead) return call.reject(new CoachWorkerError('CoachWorkerExited'));
    pending.set(call.id, call);
    call.slot.inFlight += 1;
    call.slot.worker.postMessage({
      id: call.id,
      method: call.method,
      args: call.args,
    } satisfies WorkerRequest);
  };

  /**
   * A fresh worker takes the old one's place at once (not when it is ready), so calls routed there
   * meanwhile wait in its queue instead of going to a dead thread.
   */
  const replace = (old: Slot) => {
    const index = slots.indexOf(old);
    if (index === -1) return;
    const { slot, ready } = spawn();
    slot.streams = old.streams;
    slots[index] = slot;
    ready.catch(() => {});
  };

  /**
   * A call ran past the limit. Only terminating the thread stops synchronous work, so the worker
   * goes; the calls it still held are sent again (they are pure), except streamed ones, whose
   * text the user has already seen part of.
   */
  const timeOut = (call: Pending) => {
    const old = call.slot;
    settle(call);
    logger.warn('coach call timed out', { method: call.method, kind: 'CoachTimeoutError', limitMs });
    call.reject(new CoachTimeoutError());
    old.retired = true;
    if (!closing) replace(old);
    for (const other of [...pending.values()]) {
      if (other.slot !== old) continue;
      settle(other);
      if (other.streamed) {
        other.reject(new CoachWorkerError('CoachWorkerExited'));
      } else {
        other.slot = slotFor(other.user);
        send(other);
      }
    }
    void old.worker.terminate();
  };

  /** Start a worker; `ready` settles once its engine is built (or it failed to start). */
  const spawn = (): { slot: Slot; ready: Promise<Slot> } => {
    const worker = new Worker(workerSource(), { eval: true, workerData: setup });
    const slot: Slot = { worker, inFlight: 0, streams: [], retired: false, dead: false };
    let wasReady = false;
    const ready = new Promise<Slot>((resolve, reject) => {
      worker.on('message', (message: WorkerResponse) => {
        if ('ready' in message) {
          wasReady = true;
          slot.streams = message.streams;
          return resolve(slot);
        }
        if (message.id === -1) return reject(new CoachWorkerError('CoachWorkerStartError'));
        const call = pending.get(message.id);
        // A late answer from a replaced worker: the call has moved on.
        if (!call || call.slot !== slot) return;
        if ('started' in message) {
          call.timer = setTimeout(() => timeOut(call), limitMs);
          call.timer.unref();
          return;
        }
        if ('chunk' in message) {
          call.streamed = true;
          try {
            call.onChunk?.(message.chunk);
          } catch {
            // Like the engine itself: a failing listener stops the stream, never the call.
            call.onChunk = undefined;
          }
          return;
        }
        settle(call);
        if (message.ok) {
          for (const notice of message.notices) call.notify?.(notice);
          call.resolve(message.value);
        } else {
          call.reject(new CoachWorkerError(message.kind));
        }
      });
      worker.on('error', () => reject(new CoachWorkerError('CoachWorkerCrashed')));
      worker.on('exit', () => {
        reject(new CoachWorkerError('CoachWorkerExited'));
        if (slot.retired) return;
        for (const call of [...pending.values()]) {
          if (call.slot !== slot) continue;
          settle(call);
          call.reject(new CoachWorkerError('CoachWorkerExited'));
        }
        // A crashed worker is replaced so later calls still work; one that never started would
        // only fail again, so its place refuses calls instead of respawning in a loop.
        if (!wasReady) slot.dead = true;
        else if (!closing) replace(slot);
      });
    });
    return { slot, ready };
  };

  slots.push(...(await Promise.all(Array.from({ length: size }, () => spawn().ready))));

  /**
   * One user's calls always go to the same worker, so per-user model limits (kept in each
   * worker's engine) still hold; calls without a user go to the least busy worker.
   */
  function slotFor(user: string | null): Slot {
    if (user) {
      let hash = 0;
      for (let i = 0; i < user.length; i++) hash = (hash * 31 + user.charCodeAt(i)) >>> 0;
      return slots[hash % slots.length]!;
    }
    return slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  const call =
    (method: CoachMethod, onChunk?: (chunk: string) => void) =>
    (...raw: unknown[]): Promise<never> => {
      if (pending.size >= maxPending) return Promise.reject(new CoachBusyError());
      const { args, notify } = splitNotify(method, raw);
      const user = (args[optionsIndex(method)] as CoachOptions | undefined)?.user ?? null;
      return new Promise((resolve, reject) => {
        send({
          id: nextId++,
          method,
          args,
          user,
          resolve: resolve as (v: unknown) => void,
          reject,
          notify,
          onChunk,
          streamed: false,
          slot: slotFor(user),
        });
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
