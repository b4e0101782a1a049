/**
 * What every listener may use, passed in from createSlackApp (never created at import time).
 */
import type { Coach } from '../../coach/coach.ts';
import { HeatDetector } from '../../coach/heat.ts';
import type { ThreadHeat } from '../../coach/shared-heat.ts';
import type { TechniqueLibrary } from '../../coach/techniques.ts';
import type { Logger } from '../../log.ts';
import type { InstallationStoreWithClose } from '../../store/installations/store.ts';
import type { Store } from '../../store/store.ts';
import { FeedbackVotes } from '../feedback-votes.ts';
import { type ButtonState, type ButtonStateStore, MemoryButtonState, StateCache } from '../state.ts';
import { fairCoach } from './support/fair-coach.ts';

export interface ListenerDeps {
  coach: Coach;
  techniques: TechniqueLibrary;
  store: Store;
  logger: Logger;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Button state (drafts, reviews, plans): short-lived, in memory or sealed in Redis. */
  state: ButtonStateStore<ButtonState>;
  /** After this long without an answer, show "thinking…" first (Slack users notice ~1 s). */
  thinkingAfterMs: number;
  /** Users welcomed in the Messages tab by this process (see events/app-home-opened.ts). */
  welcomed: Set<string>;
  /** Thread heat in watched channels: one detector per app (or one shared by the fleet), numbers only. */
  heat: ThreadHeat;
  /** The last feedback vote per person and message, so a changed vote moves the count (per process). */
  feedbackVotes: FeedbackVotes;
  /**
   * Distributed mode: where user tokens live, so App Home's *Stop* can forget one. Null in
   * single-workspace mode, where Parley never holds a user token.
   */
  installations: Pick<InstallationStoreWithClose, 'deleteInstallation'> | null;
}

export const THINKING_AFTER_MS = 700;

export type ListenerDepsInput = Pick<ListenerDeps, 'coach' | 'techniques' | 'store' | 'logger' | 'clock'> &
  Partial<Pick<ListenerDeps, 'state' | 'thinkingAfterMs' | 'heat' | 'installations'>>;

export function createListenerDeps(input: ListenerDepsInput): ListenerDeps {
  return {
    ...input,
    coach: fairCoach(input.coach),
    state: input.state ?? new MemoryButtonState(new StateCache<ButtonState>({ clock: input.clock })),
    thinkingAfterMs: input.thinkingAfterMs ?? THINKING_AFTER_MS,
    welcomed: new Set(),
    heat: input.heat ?? new HeatDetector(),
    feedbackVotes: new FeedbackVotes(),
    installations: input.installations ?? null,
  };
}
