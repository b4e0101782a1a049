/**
 * Versioned schema migrations for the SQLite store. Append only: a released migration never
 * changes; a new version adds a new entry. The tables hold settings and counters, never text
 * people wrote.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'preferences, channel watch settings and counters',
    sql: `
      CREATE TABLE preferences (
        user TEXT PRIMARY KEY,
        context TEXT,
        language TEXT NOT NULL DEFAULT 'auto',
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE channel_watch (
        channel TEXT PRIMARY KEY,
        enabled INTEGER NOT NULL,
        sensitivity TEXT NOT NULL,
        cooldown_minutes INTEGER NOT NULL,
        sensitivity_offset REAL NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE counters (
        counter TEXT NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (counter, key)
      );
    `,
  },
  {
    // SQLite cannot change a primary key in place: each table is rebuilt with the workspace in
    // its key. Rows saved before go to the default team (''); in single-workspace mode main.ts
    // then gives them to the token's workspace (adoptDefaultTeam), so nothing saved is lost.
    version: 2,
    description: 'every row keyed by workspace: enterprise_id and team_id in each primary key',
    sql: `
      CREATE TABLE preferences_v2 (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL DEFAULT '',
        user TEXT NOT NULL,
        context TEXT,
        language TEXT NOT NULL DEFAULT 'auto',
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, user)
      );
      INSERT INTO preferences_v2 (user, context, language, updated_at)
        SELECT user, context, language, updated_at FROM preferences;
      DROP TABLE preferences;
      ALTER TABLE preferences_v2 RENAME TO preferences;

      CREATE TABLE channel_watch_v2 (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        sensitivity TEXT NOT NULL,
        cooldown_minutes INTEGER NOT NULL,
        sensitivity_offset REAL NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, channel)
      );
      INSERT INTO channel_watch_v2 (channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset, updated_at)
        SELECT channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset, updated_at FROM channel_watch;
      DROP TABLE channel_watch;
      ALTER TABLE channel_watch_v2 RENAME TO channel_watch;

      CREATE TABLE counters_v2 (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL DEFAULT '',
        counter TEXT NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, counter, key)
      );
      INSERT INTO counters_v2 (counter, key, value) SELECT counter, key, value FROM counters;
      DROP TABLE counters;
      ALTER TABLE counters_v2 RENAME TO counters;
    `,
  },
];

/** The schema version the database is at (0 for a new file). */
export function schemaVersion(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/** Apply every migration newer than the database, each in its own transaction. Returns the versions applied. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => number = Date.now,
): number[] {
  const current = schemaVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    // A newer Parley wrote this file: refuse rather than guess at a schema we do not know.
    throw new Error(
      `The settings database is at schema version ${current}; this Parley knows up to ${latest}.`,
    );
  }
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        now(),
      );
    })();
    applied.push(migration.version);
  }
  return applied;
}
