/**
 * Inside a coach worker thread: build the engine with createCoach (which loads the model engine
 * and its SDK only when a model is configured), warm it, then answer calls. Errors go back as
 * their kind only.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { CoachOptions, Notice, PracticeInput } from './coach/coach.ts';
import { LocalEngine } from './coach/local/engine.ts';
import {
  optionsIndex,
  PLAN_RENDERERS,
  type PlanRendererName,
  STREAMING_METHODS,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerSetup,
} from './coach-worker.ts';
import type { CoachFactory } from './engine.ts';
import { createLogger, errorKind } from './log.ts';

const port = parentPort;
if (port) {
  // Reviews can wait a few milliseconds; acks cannot. On Linux a nice value set from a thread
  // applies to that thread only, so this lowers the worker below the thread that acks Slack.
  try {
    setPriority(10);
  } catch {
    // Not permitted or not supported here: run at normal priority.
  }
  const setup = workerData as WorkerSetup;
  const logger = createLogger(setup.logLevel);
  const local = new LocalEngine();
  // First use builds lexicons and indexes: do it before the first real call (tests may skip it).
  if (setup.warm !== false) {
    const sample = 'You always miss deadlines. Can we talk tomorrow about the plan?';
    local.review(sample);
    local.read(sample);
    local.prepare(sample);
  }
  const factory = (await import(setup.coachModule ?? './engine.ts')) as { createCoach: CoachFactory };
  const coach = await factory.createCoach({ config: setup.engine, local, logger });

  port.on('message', async ({ id, method, args }: WorkerRequest) => {
    const notices: Notice[] = [];
    const withNotify = args.map((arg, i) =>
      i === optionsIndex(method) && arg && typeof arg === 'object'
        ? { ...arg, notify: (n: Notice) => notices.push(n) }
        : arg,
    );
    const sendChunk = (chunk: string) => port.postMessage({ id, chunk } satisfies WorkerResponse);
    // The main thread times the call from here: a call waiting behind another has not started.
    port.postMessage({ id, started: true } satisfies WorkerResponse);
    let reply: WorkerResponse;
    try {
      const value =
        method === 'prepareStream' && coach.prepareStream
          ? await coach.prepareStream(
              withNotify[0] as string,
              (withNotify[1] ?? {}) as CoachOptions,
              sendChunk,
              // The main thread's renderer cannot cross threads, its name does; see streamingPrepare there.
              PLAN_RENDERERS[withNotify[2] as PlanRendererName] ?? PLAN_RENDERERS.plan,
            )
          : method === 'practiceStream' && coach.practiceStream
            ? await coach.practiceStream(withNotify[0] as PracticeInput, sendChunk)
            : await (coach[method] as (...a: unknown[]) => Promise<unknown>)(...withNotify);
      reply = { id, ok: true, value, notices };
    } catch (error) {
      reply = { id, ok: false, kind: errorKind(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({
    ready: true,
    streams: STREAMING_METHODS.filter((m) => typeof coach[m] === 'function'),
  } satisfies WorkerResponse);
}
