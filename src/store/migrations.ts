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
