/**
 * What the Slack app does when something throws outside every handler. After that the process's
 * state is unknown (a reply half sent, a reminder half scheduled, a listener that never ran), so
 * it does not carry on: the fault is logged by kind only (its message can echo a draft), the app
 * stops taking requests, workers and store close within a bound, and the process exits 1 so its
 * supervisor (systemd, a Docker restart policy) starts a clean one.
 *
 * Unhandled rejections are treated the same way. That is Node's own default since v15
 * (--unhandled-rejections=throw), and for the same reason: a rejection nobody handled is a fault
 * nobody handled, and logging it while carrying on would hide exactly the bugs that leave state
 * broken.
 */
import { errorKind, type Logger } from './log.ts';

/** Longest a shutdown may take before the process exits anyway. */
export const STOP_WITHIN_MS = 5_000;

export type Fault = 'uncaught exception' | 'unhandled rejection';

export interface GuardDeps {
  logger: Logger;
  /** Stop taking requests, then close workers, store and Redis (whatever has been built so far). */
  stop: () => Promise<void>;
  /** Default process.exit. */
  exit?: (code: number) => void;
  stopWithinMs?: number;
}

/** Run `stop`, but give up waiting after `ms`; its failure is logged by kind, never thrown. */
export async function stopWithin(logger: Logger, stop: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    // Kept referenced: if stopping hangs with nothing else scheduled, this still ends the wait.
    timer = setTimeout(() => {
      logger.warn('shutdown took too long', { limitMs: ms });
      resolve();
    }, ms);
  });
  try {
    await Promise.race([
      stop().catch((error: unknown) => {
        logger.warn('shutdown step failed', { kind: errorKind(error) });
      }),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The handler for both faults; only the first one shuts down, later ones are logged. */
export function faultHandler(deps: GuardDeps): (fault: Fault, error: unknown) => Promise<void> {
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  return async (fault, error) => {
    deps.logger.error(fault, { kind: errorKind(error) });
    if (stopping) return;
    stopping = true;
    await stopWithin(deps.logger, deps.stop, deps.stopWithinMs ?? STOP_WITHIN_MS);
    deps.logger.info('parley stopped after a fault; exiting for a restart', { code: 1 });
    exit(1);
  };
}

/** Install the handler on the process (or on a stand-in emitter in tests). */
export function guardProcess(deps: GuardDeps, target: Pick<NodeJS.EventEmitter, 'on'> = process): void {
  const handle = faultHandler(deps);
  target.on('uncaughtException', (error: unknown) => void handle('uncaught exception', error));
  target.on('unhandledRejection', (reason: unknown) => void handle('unhandled rejection', reason));
}
