/**
 * Versioned schema migrations for the PostgreSQL store, run at start. Append only: a released
 * migration never changes; a new version adds a new entry. Several instances may start at once,
 * so the whole check-and-apply runs under one session-level advisory lock: the first instance
 * migrates, the others wait, then find nothing left to do. Every row is keyed by workspace from
 * the first version on. The tables hold settings and counters, never text people wrote.
 */
import type pg from 'pg';

export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

/** The advisory lock key for migrations: a constant every Parley instance agrees on ("parley" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x7061726c6579;

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: 'preferences, channel watch settings and counters, keyed by workspace',
    sql: `
      CREATE TABLE preferences (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        context TEXT,
        language TEXT NOT NULL DEFAULT 'auto',
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, user_id)
      );
      CREATE TABLE channel_watch (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        enabled BOOLEAN NOT NULL,
        sensitivity TEXT NOT NULL,
        cooldown_minutes INTEGER NOT NULL,
        sensitivity_offset DOUBLE PRECISION NOT NULL DEFAULT 0,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, channel)
      );
      CREATE TABLE counters (
        enterprise_id TEXT NOT NULL DEFAULT '',
        team_id TEXT NOT NULL,
        counter TEXT NOT NULL,
        key TEXT NOT NULL,
        value BIGINT NOT NULL,
        PRIMARY KEY (enterprise_id, team_id, counter, key)
      );
    `,
  },
];

/**
 * Apply every migration newer than the database, each in its own transaction, under the
 * advisory lock. Returns the versions this call applied (empty when another instance did).
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
  now: () => number = Date.now,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
      );
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT MAX(version) AS version FROM schema_version',
      );
      const current = rows[0]?.version ?? 0;
      const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
      if (current > latest) {
        // A newer Parley migrated this database: refuse rather than guess at a schema we do not know.
        throw new Error(
          `The settings database is at schema version ${current}; this Parley knows up to ${latest}.`,
        );
      }
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (migration.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [
            migration.version,
            now(),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
