/**
 * A stand-in engine for coach worker tests (passed as `coachModule`): the offline coach, except
 * that a draft starting with HANG_MARKER never finishes. It spins synchronously, as a runaway
 * regular expression would, so only terminating the worker can stop it.
 */
import type { Coach } from '../../src/coach/coach.ts';
import type { CoachDeps } from '../../src/engine.ts';

export const HANG_MARKER = 'hang:';

export const HANGING_COACH_MODULE = import.meta.url;

export function createCoach({ local }: CoachDeps): Coach {
  const coach = local.asCoach();
  return {
    ...coach,
    review: async (draft, options) => {
      if (draft.startsWith(HANG_MARKER)) for (;;);
      return coach.review(draft, options);
    },
  };
}
