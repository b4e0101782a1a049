/**
 * Open the settings store the configuration names: PostgreSQL when DATABASE_URL is set (several
 * instances share it), else SQLite at DATABASE_PATH (created on first run) or in memory.
 * Throws when it cannot be opened at start-up: main.ts prints the reason and exits 1.
 */
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { TeamStore } from './store.ts';

export interface OpenStoreOptions {
  /** Where trouble with the database is reported (main.ts passes the app's logger). */
  logger?: Logger;
}

export type StoreLocation = Pick<Config, 'databasePath' | 'databaseUrl'>;

export async function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<TeamStore> {
  if (location.databaseUrl) {
    return PostgresStore.open({ url: location.databaseUrl, logger: options.logger ?? createLogger('warn') });
  }
  return new SqliteStore(location.databasePath, options.logger ? { logger: options.logger } : {});
}
