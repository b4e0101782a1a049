/**
 * A one-line progress counter for `review --jsonl` on an interactive stderr. The total is unknown
 * (lines stream in), so it counts what is done. Redraws are throttled; nothing is drawn when piped.
 */
import type { Output } from './io.ts';

const CLEAR_LINE = '\r\x1b[2K';

export interface Progress {
  /** Count one finished line and redraw (at most every `intervalMs`). */
  tick(failed: boolean): void;
  /** Erase the bar (before writing results to the same terminal). */
  clear(): void;
  /** Erase the bar and print a one-line summary. */
  finish(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  intervalMs?: number;
  now?: () => number;
}

export function createProgress(
  stderr: Output,
  { enabled, intervalMs = 80, now = () => Date.now() }: ProgressOptions,
): Progress {
  let done = 0;
  let failed = 0;
  let visible = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const label = () =>
    `${done} ${done === 1 ? 'line' : 'lines'} done${failed > 0 ? `, ${failed} with errors` : ''}`;
  const draw = () => {
    stderr.write(`${CLEAR_LINE}Reviewing… ${label()}`);
    visible = true;
    lastDraw = now();
  };
  return {
    tick(lineFailed) {
      done += 1;
      if (lineFailed) failed += 1;
      if (enabled && now() - lastDraw >= intervalMs) draw();
    },
    clear() {
      if (visible) stderr.write(CLEAR_LINE);
      visible = false;
    },
    finish() {
      if (!enabled) return;
      const errors = failed > 0 ? ` (${failed} with errors)` : '';
      stderr.write(`${CLEAR_LINE}Reviewed ${done} ${done === 1 ? 'line' : 'lines'}${errors}.\n`);
      visible = false;
    },
  };
}
