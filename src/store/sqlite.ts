/**
 * The default settings store: one SQLite file (better-sqlite3), created with its folder on first
 * run, in WAL mode, migrated to the latest schema on open. Settings and counters only.
 * better-sqlite3 is synchronous; the interface is async for the PostgreSQL store. Every row is
 * keyed by workspace (enterprise_id, team_id: migration 2).
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
  DEFAULT_TEAM,
  type Sensitivity,
  type TeamKey,
  type TeamStore,
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

export class SqliteStore implements TeamStore {
  readonly #file: SqliteFile;
  readonly #now: () => number;

  /** `path` is a file (its folder is created) or ':memory:'. */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#file = new SqliteFile(path, options.logger ?? createLogger('warn'), this.#now);
  }

  async getPreferences(team: TeamKey, user: string): Promise<UserPreferences> {
    return this.#file.use('read', (db) => this.#preferences(db, team, user));
  }

  #preferences(db: Database.Database, team: TeamKey, user: string): UserPreferences {
    const row = db
      .prepare(
        'SELECT context, language FROM preferences WHERE enterprise_id = ? AND team_id = ? AND user = ?',
      )
      .get(...teamParams(team), user) as PreferencesRow | undefined;
    if (!row) return { ...DEFAULT_PREFERENCES };
    return {
      context: (row.context as Context | null) ?? null,
      language: LANGUAGES.includes(row.language)
        ? (row.language as UserPreferences['language'])
        : DEFAULT_PREFERENCES.language,
    };
  }

  async setPreferences(
    team: TeamKey,
    user: string,
    changes: Partial<UserPreferences>,
  ): Promise<UserPreferences> {
    return this.#file.use('write', (db) => {
      const next = this.#preferences(db, team, user);
      if (changes.context !== undefined) next.context = changes.context;
      if (changes.language !== undefined) next.language = changes.language;
      db.prepare(
        `INSERT INTO preferences (enterprise_id, team_id, user, context, language, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(enterprise_id, team_id, user) DO UPDATE SET context = excluded.context,
         language = excluded.language, updated_at = excluded.updated_at`,
      ).run(...teamParams(team), user, next.context, next.language, this.#now());
      return next;
    });
  }

  async getWatch(team: TeamKey, channel: string): Promise<ChannelWatch | null> {
    const row = this.#file.use('read', (db) =>
      db
        .prepare(
          `SELECT channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset FROM channel_watch
           WHERE enterprise_id = ? AND team_id = ? AND channel = ?`,
        )
        .get(...teamParams(team), channel),
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

  async setWatch(team: TeamKey, watch: ChannelWatch): Promise<void> {
    this.#file.use('write', (db) =>
      db
        .prepare(
          `INSERT INTO channel_watch (enterprise_id, team_id, channel, enabled, sensitivity, cooldown_minutes,
           sensitivity_offset, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(enterprise_id, team_id, channel) DO UPDATE SET enabled = excluded.enabled,
         sensitivity = excluded.sensitivity, cooldown_minutes = excluded.cooldown_minutes,
         sensitivity_offset = excluded.sensitivity_offset, updated_at = excluded.updated_at`,
        )
        .run(
          ...teamParams(team),
          watch.channel,
          watch.enabled ? 1 : 0,
          watch.sensitivity,
          watch.cooldownMinutes,
          watch.sensitivityOffset,
          this.#now(),
        ),
    );
  }

  async increment(team: TeamKey, counter: string, key: string, by = 1): Promise<number> {
    const row = this.#file.use('write', (db) =>
      db
        .prepare(
          `INSERT INTO counters (enterprise_id, team_id, counter, key, value) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(enterprise_id, team_id, counter, key) DO UPDATE SET value = value + excluded.value
         RETURNING value`,
        )
        .get(...teamParams(team), counter, key, by),
    ) as { value: number };
    return row.value;
  }

  async getCounter(team: TeamKey, counter: string, key: string): Promise<number> {
    const row = this.#file.use('read', (db) =>
      db
        .prepare(
          'SELECT value FROM counters WHERE enterprise_id = ? AND team_id = ? AND counter = ? AND key = ?',
        )
        .get(...teamParams(team), counter, key),
    ) as { value: number } | undefined;
    return row?.value ?? 0;
  }

  async adoptDefaultTeam(team: TeamKey): Promise<void> {
    const to = teamParams(team);
    const from = teamParams(DEFAULT_TEAM);
    if (to[0] === from[0] && to[1] === from[1]) return;
    this.#file.use('write', (db) =>
      db.transaction(() => {
        for (const table of ['preferences', 'channel_watch', 'counters']) {
          // OR IGNORE: a row the workspace already has wins over the older default-team one.
          db.prepare(
            `UPDATE OR IGNORE ${table} SET enterprise_id = ?, team_id = ? WHERE enterprise_id = ? AND team_id = ?`,
          ).run(...to, ...from);
          db.prepare(`DELETE FROM ${table} WHERE enterprise_id = ? AND team_id = ?`).run(...from);
        }
      })(),
    );
  }

  async deleteTeam(team: TeamKey): Promise<void> {
    this.#file.use('write', (db) =>
      db.transaction(() => {
        for (const table of ['preferences', 'channel_watch', 'counters']) {
          db.prepare(`DELETE FROM ${table} WHERE enterprise_id = ? AND team_id = ?`).run(...teamParams(team));
        }
      })(),
    );
  }

  async close(): Promise<void> {
    this.#file.close();
  }
}

/** The workspace as stored: no enterprise is ''. */
const teamParams = (team: TeamKey): [string, string] => [team.enterprise ?? '', team.team];
