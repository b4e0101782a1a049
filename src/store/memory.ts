/**
 * The in-memory store: for tests and for running without a database file. Same behaviour as the
 * SQLite store (tests/store runs one suite against both); values are copied in and out so callers
 * can never mutate what is stored.
 */
import { type ChannelWatch, DEFAULT_PREFERENCES, type Store, type UserPreferences } from './store.ts';

export class MemoryStore implements Store {
  readonly #preferences = new Map<string, UserPreferences>();
  readonly #watches = new Map<string, ChannelWatch>();
  readonly #counters = new Map<string, number>();

  async getPreferences(user: string): Promise<UserPreferences> {
    return { ...(this.#preferences.get(user) ?? DEFAULT_PREFERENCES) };
  }

  async setPreferences(user: string, changes: Partial<UserPreferences>): Promise<UserPreferences> {
    const next: UserPreferences = { ...(await this.getPreferences(user)) };
    if (changes.context !== undefined) next.context = changes.context;
    if (changes.language !== undefined) next.language = changes.language;
    this.#preferences.set(user, next);
    return { ...next };
  }

  async getWatch(channel: string): Promise<ChannelWatch | null> {
    const watch = this.#watches.get(channel);
    return watch ? { ...watch } : null;
  }

  async setWatch(watch: ChannelWatch): Promise<void> {
    this.#watches.set(watch.channel, { ...watch });
  }

  async increment(counter: string, key: string, by = 1): Promise<number> {
    const id = counterId(counter, key);
    const value = (this.#counters.get(id) ?? 0) + by;
    this.#counters.set(id, value);
    return value;
  }

  async getCounter(counter: string, key: string): Promise<number> {
    return this.#counters.get(counterId(counter, key)) ?? 0;
  }

  async close(): Promise<void> {}
}

// A separator that cannot appear in Slack ids or our counter names.
const counterId = (counter: string, key: string) => `${counter}\u0000${key}`;
