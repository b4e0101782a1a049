/**
 * Versioned migrations for the installation tables in PostgreSQL. Append only: a released
 * migration never changes; a new version adds an entry. Several instances may start at once, so
 * migrating runs under its own advisory lock (not the settings store's), one transaction per version.
 *
 * Token columns hold sealed values only (src/crypto/sealed.ts); everything else is ids, scopes and dates.
 */
import type pg from 'pg';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** pg_advisory_lock key for installation migrations ("PRLYINST" as a number); the settings store uses its own. */
export const INSTALLATIONS_MIGRATION_LOCK = '5787772417490178900';

export const INSTALLATION_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'installations (sealed bot tokens) and user tokens (sealed), per workspace or organization',
    sql: `
      CREATE TABLE installations (
        install_key text PRIMARY KEY,
        team_id text,
        enterprise_id text,
        is_enterprise_install boolean NOT NULL,
        app_id text,
        installer_user_id text NOT NULL,
        bot_id text NOT NULL,
        bot_user_id text NOT NULL,
        bot_scopes text NOT NULL,
        bot_token_sealed text NOT NULL,
        bot_refresh_token_sealed text,
        bot_expires_at bigint,
        installed_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE installation_user_tokens (
        install_key text NOT NULL REFERENCES installations (install_key) ON DELETE CASCADE,
        user_id text NOT NULL,
        scopes text NOT NULL,
        token_sealed text NOT NULL,
        refresh_token_sealed text,
        expires_at bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (install_key, user_id)
      );
    `,
  },
];

/** Bring the tables up to the newest version; safe when several instances call it at once. Returns the version. */
export async function migrateInstallations(
  pool: pg.Pool,
  migrations: readonly Migration[] = INSTALLATION_MIGRATIONS,
): Promise<number> {
  const client = await pool.connect();
  try {
    // Session-level lock on one connection: whoever waits here sees the winner's versions afterwards.
    await client.query('SELECT pg_advisory_lock($1)', [INSTALLATIONS_MIGRATION_LOCK]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS installation_schema_version (
           version integer PRIMARY KEY,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT MAX(version) AS version FROM installation_schema_version',
      );
      let current = rows[0]?.version ?? 0;
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO installation_schema_version (version) VALUES ($1)', [
            migration.version,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        current = migration.version;
      }
      return current;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [INSTALLATIONS_MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
