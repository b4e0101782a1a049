/**
 * The default settings store: one SQLite file (better-sqlite3), created with its folder on first
 * run, in WAL mode, migrated to the latest schema on open. Settings and counters only.
 * better-sqlite3 is synchronous; the async interface is for a future server database.
 * The file is checked before every use (sqlite-file.ts): a deleted file is recreated, and a
 * write that still cannot be saved rejects with StoreUnavailableError instead of vanishing.
 */
import type Database from 'better-sqlite3';
import type { Context } from '../coach/schemas.ts';
import { createLogger, type Logger } from '../log.ts';
import { SqliteFile } from './sqlite-file.ts';
import {
  type ChannelWatch,
  DEFAULT_PREFERENCES,
  type Sensitivity,
  type Store,
  type UserPreferences,
} from './store.ts';

interface PreferencesRow {
  context: string | null;
  language: string;
}

interface WatchRow {
  channel: string;
  enabled: number;
  sensitivity: string;
  cooldown_minutes: number;
  sensitivity_offset: number;
}

const SENSITIVITIES: readonly string[] = ['low', 'medium', 'high'];
const LANGUAGES: readonly string[] = ['auto', 'en', 'pl'];

export interface SqliteStoreOptions {
  /** Milliseconds since the epoch, for updated_at. */
  now?: () => number;
  /** Where trouble with the file is reported (kinds only); warnings on stderr by default. */
  logger?: Logger;
}

export class SqliteStore implements Store {
  readonly #file: SqliteFile;
  readonly #now: () => number;

  /** `path` is a file (its folder is created) or ':memory:'. */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#file = new SqliteFile(path, options.logger ?? createLogger('warn'), this.#now);
  }

  async getPreferences(user: string): Promise<UserPreferences> {
    return this.#file.use('read', (db) => this.#preferences(db, user));
  }

  #preferences(db: Database.Database, user: string): UserPreferences {
    const row = db.prepare('SELECT context, language FROM preferences WHERE user = ?').get(user) as
      | PreferencesRow
      | undefined;
    if (!row) return { ...DEFAULT_PREFERENCES };
    return {
      context: (row.context as Context | null) ?? null,
      language: LANGUAGES.includes(row.language)
        ? (row.language as UserPreferences['language'])
        : DEFAULT_PREFERENCES.language,
    };
  }

  async setPreferences(user: string, changes: Partial<UserPreferences>): Promise<UserPreferences> {
    return this.#file.use('write', (db) => {
      const next = this.#preferences(db, user);
      if (changes.context !== undefined) next.context = changes.context;
      if (changes.language !== undefined) next.language = changes.language;
      db.prepare(
        `INSERT INTO preferences (user, context, language, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(user) DO UPDATE SET context = excluded.context, language = excluded.language,
         updated_at = excluded.updated_at`,
      ).run(user, next.context, next.language, this.#now());
      return next;
    });
  }

  async getWatch(channel: string): Promise<ChannelWatch | null> {
    const row = this.#file.use('read', (db) =>
      db
        .prepare(
          'SELECT channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset FROM channel_watch WHERE channel = ?',
        )
        .get(channel),
    ) as WatchRow | undefined;
    if (!row) return null;
    return {
      channel: row.channel,
      enabled: row.enabled === 1,
      sensitivity: (SENSITIVITIES.includes(row.sensitivity) ? row.sensitivity : 'medium') as Sensitivity,
      cooldownMinutes: row.cooldown_minutes,
      sensitivityOffset: row.sensitivity_offset,
    };
  }

  async setWatch(watch: ChannelWatch): Promise<void> {
    this.#file.use('write', (db) =>
      db
        .prepare(
          `INSERT INTO channel_watch (channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(channel) DO UPDATE SET enabled = excluded.enabled, sensitivity = excluded.sensitivity,
         cooldown_minutes = excluded.cooldown_minutes, sensitivity_offset = excluded.sensitivity_offset,
         updated_at = excluded.updated_at`,
        )
        .run(
          watch.channel,
          watch.enabled ? 1 : 0,
          watch.sensitivity,
          watch.cooldownMinutes,
          watch.sensitivityOffset,
          this.#now(),
        ),
    );
  }

  async increment(counter: string, key: string, by = 1): Promise<number> {
    const row = this.#file.use('write', (db) =>
      db
        .prepare(
          `INSERT INTO counters (counter, key, value) VALUES (?, ?, ?)
         ON CONFLICT(counter, key) DO UPDATE SET value = value + excluded.value
         RETURNING value`,
        )
        .get(counter, key, by),
    ) as { value: number };
    return row.value;
  }

  async getCounter(counter: string, key: string): Promise<number> {
    const row = this.#file.use('read', (db) =>
      db.prepare('SELECT value FROM counters WHERE counter = ? AND key = ?').get(counter, key),
    ) as { value: number } | undefined;
    return row?.value ?? 0;
  }

  async close(): Promise<void> {
    this.#file.close();
  }
}
