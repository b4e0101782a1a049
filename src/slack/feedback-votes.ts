/**
 * The last vote each person gave each message, so a toggle from up to down moves the count
 * instead of adding a second vote. Slack's feedback buttons send every change without the current
 * state, so Parley has to remember it. For now this memory is per process (and capped): after a
 * restart, or on another instance, a changed vote counts as a new one. Keys hold ids only.
 */
import type { Vote } from './views/feedback.ts';

export const MAX_REMEMBERED_VOTES = 20_000;

export class FeedbackVotes {
  readonly #votes = new Map<string, Vote>();

  constructor(private readonly maxEntries: number = MAX_REMEMBERED_VOTES) {}

  /** Record `vote`; returns the vote it replaces (null for a first vote). */
  cast(key: string, vote: Vote): Vote | null {
    const previous = this.#votes.get(key) ?? null;
    this.#votes.delete(key);
    this.#votes.set(key, vote);
    while (this.#votes.size > this.maxEntries) this.#votes.delete(this.#votes.keys().next().value as string);
    return previous;
  }
}

/** `team:user:channel:message`: one vote per person and message. */
export function voteKey(team: string, user: string, channel: string, messageTs: string): string {
  return [team, user, channel, messageTs].join(':');
}
