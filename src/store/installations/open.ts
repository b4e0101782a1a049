/**
 * Opens the installation store for the distributed app (main.ts calls this when
 * requireSlack() returned OAuth settings): a pg pool on DATABASE_URL, migrated before the first
 * request, and a sealer over PARLEY_ENCRYPTION_KEY (and the previous keys, for rotation).
 */
import pg from 'pg';
import { createSealer } from '../../crypto/sealed.ts';
import { errorKind, type Logger } from '../../log.ts';
import { migrateInstallations } from './migrations.ts';
import { PgInstallationStore } from './postgres.ts';

export interface OpenInstallationsOptions {
  databaseUrl: string;
  encryption: { current: Buffer; previous: Buffer[] };
  /** Share a pool with the settings store instead of opening one. */
  pool?: pg.Pool;
  /** Pool size when this opens its own (each instance holds up to this many connections). */
  maxConnections?: number;
  /** Where a dropped idle connection is reported (without it, pg would throw it as an uncaught error). */
  logger?: Logger;
}

/** PostgreSQL could not be reached or migrated at start. */
export class InstallationsUnavailableError extends Error {
  constructor(detail: string, cause: unknown) {
    super(`PostgreSQL (DATABASE_URL) is not usable for installations: ${detail}`, { cause });
    this.name = 'InstallationsUnavailableError';
  }
}

export async function openInstallationStore(options: OpenInstallationsOptions): Promise<PgInstallationStore> {
  const pool =
    options.pool ?? new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 5 });
  if (!options.pool) {
    pool.on('error', (error) => {
      options.logger?.warn('installation database connection lost', { kind: errorKind(error) });
    });
  }
  try {
    await migrateInstallations(pool);
  } catch (error) {
    if (!options.pool) await pool.end();
    // main.ts prints this and exits 1. pg's messages name the host and user, never the password.
    const detail = error instanceof Error ? error.message : String(error);
    throw new InstallationsUnavailableError(detail, error);
  }
  return new PgInstallationStore({
    pool,
    sealer: createSealer(options.encryption.current, options.encryption.previous),
    ownsPool: !options.pool,
  });
}
