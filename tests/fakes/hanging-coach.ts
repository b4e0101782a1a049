/**
 * A stand-in engine for coach worker tests (passed as `coachModule`): the offline coach, except
 * that a draft starting with HANG_MARKER never finishes (it spins synchronously, as a runaway
 * regular expression would, so only terminating the worker can stop it) and one starting with
 * CRASH_MARKER ends its worker thread.
 */
import type { Coach } from '../../src/coach/coach.ts';
import type { CoachDeps } from '../../src/engine.ts';

export const HANG_MARKER = 'hang:';
export const CRASH_MARKER = 'crash:';

export const HANGING_COACH_MODULE = import.meta.url;

export function createCoach({ local }: CoachDeps): Coach {
  const coach = local.asCoach();
  return {
    ...coach,
    review: async (draft, options) => {
      if (draft.startsWith(HANG_MARKER)) for (;;);
      if (draft.startsWith(CRASH_MARKER)) process.exit(3);
      return coach.review(draft, options);
    },
  };
}
