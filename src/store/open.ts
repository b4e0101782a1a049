/** Open the settings store: SQLite at a file path (created on first run) or in memory. */
import type { Logger } from '../log.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** Where trouble with the database file is reported (main.ts passes the app's logger). */
  logger?: Logger;
}

export function openStore(path: string | ':memory:', options: OpenStoreOptions = {}): Store {
  return new SqliteStore(path, options.logger ? { logger: options.logger } : {});
}
