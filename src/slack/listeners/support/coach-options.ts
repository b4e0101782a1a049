/**
 * Coach options for one request: the user's saved preferences (default context, reply language)
 * filled in where the request gave none, and a collector for the engine's quiet notices.
 */
import type { CoachOptions, Notice } from '../../../coach/coach.ts';
import type { Context } from '../../../coach/schemas.ts';
import { DEFAULT_PREFERENCES, type UserPreferences } from '../../../store/store.ts';
import type { ListenerDeps } from '../deps.ts';
import { logFault } from './fault.ts';

export interface RequestOptions {
  options: CoachOptions;
  preferences: UserPreferences;
  /** The notice to show, if the engine sent any ("rate-limited" wins over "fallback"). */
  notice(): Notice | null;
}

/** Preferences, or the defaults when the store is unavailable (a review should not fail on settings). */
export async function preferencesFor(deps: ListenerDeps, user: string): Promise<UserPreferences> {
  try {
    return await deps.store.getPreferences(user);
  } catch (error) {
    logFault(deps.logger, error, { surface: 'preferences', user });
    return { ...DEFAULT_PREFERENCES };
  }
}

export async function coachOptionsFor(
  deps: ListenerDeps,
  user: string,
  given: { context?: Context | null } = {},
): Promise<RequestOptions> {
  const preferences = await preferencesFor(deps, user);
  const notices = new Set<Notice>();
  return {
    preferences,
    options: {
      context: given.context ?? preferences.context,
      language: preferences.language,
      user,
      notify: (notice) => {
        notices.add(notice);
      },
    },
    notice: () =>
      notices.has('rate-limited') ? 'rate-limited' : notices.has('fallback') ? 'fallback' : null,
  };
}
