/**
 * The in-memory store: for tests and for running without a database file. Same behaviour as the
 * SQLite and PostgreSQL stores (tests/store runs one suite against all three); values are copied
 * in and out so callers can never mutate what is stored.
 */
import {
  type ChannelWatch,
  DEFAULT_PREFERENCES,
  DEFAULT_TEAM,
  type TeamKey,
  type TeamStore,
  type UserPreferences,
} from './store.ts';

export class MemoryStore implements TeamStore {
  readonly #preferences = new Map<string, UserPreferences>();
  readonly #watches = new Map<string, ChannelWatch>();
  readonly #counters = new Map<string, number>();

  async getPreferences(team: TeamKey, user: string): Promise<UserPreferences> {
    return { ...(this.#preferences.get(keyOf(team, user)) ?? DEFAULT_PREFERENCES) };
  }

  async setPreferences(
    team: TeamKey,
    user: string,
    changes: Partial<UserPreferences>,
  ): Promise<UserPreferences> {
    const next: UserPreferences = { ...(await this.getPreferences(team, user)) };
    if (changes.context !== undefined) next.context = changes.context;
    if (changes.language !== undefined) next.language = changes.language;
    this.#preferences.set(keyOf(team, user), next);
    return { ...next };
  }

  async getWatch(team: TeamKey, channel: string): Promise<ChannelWatch | null> {
    const watch = this.#watches.get(keyOf(team, channel));
    return watch ? { ...watch } : null;
  }

  async setWatch(team: TeamKey, watch: ChannelWatch): Promise<void> {
    this.#watches.set(keyOf(team, watch.channel), { ...watch });
  }

  async increment(team: TeamKey, counter: string, key: string, by = 1): Promise<number> {
    const id = keyOf(team, counter, key);
    const value = (this.#counters.get(id) ?? 0) + by;
    this.#counters.set(id, value);
    return value;
  }

  async getCounter(team: TeamKey, counter: string, key: string): Promise<number> {
    return this.#counters.get(keyOf(team, counter, key)) ?? 0;
  }

  async adoptDefaultTeam(team: TeamKey): Promise<void> {
    const from = keyOf(DEFAULT_TEAM);
    const to = keyOf(team);
    if (from === to) return;
    for (const map of [this.#preferences, this.#watches, this.#counters] as Map<string, unknown>[]) {
      for (const [key, value] of [...map]) {
        if (!key.startsWith(from)) continue;
        const adopted = to + key.slice(from.length);
        if (!map.has(adopted)) map.set(adopted, value);
        map.delete(key);
      }
    }
  }

  async deleteTeam(team: TeamKey): Promise<void> {
    const prefix = keyOf(team);
    for (const map of [this.#preferences, this.#watches, this.#counters] as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    }
  }

  async close(): Promise<void> {}
}

// A separator that cannot appear in Slack ids or our counter names. The team parts come first
// and always end in a separator, so one team's prefix never matches another's.
const SEP = '\u0000';
const keyOf = (team: TeamKey, ...parts: string[]) =>
  [team.enterprise ?? '', team.team, ...parts].join(SEP) + (parts.length === 0 ? SEP : '');
