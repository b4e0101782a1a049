/** Open the settings store: SQLite at a file path (created on first run) or in memory. */
import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export function openStore(path: string | ':memory:'): Store {
  return new SqliteStore(path);
}
