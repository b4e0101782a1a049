/**
 * The settings store's readiness for `GET /readyz`: one cheap read (a counter of the default
 * team). PostgreSQL unreachable, or a SQLite file that cannot be read, makes it false; the store
 * already logs the trouble once by kind.
 */
import { DEFAULT_TEAM, type TeamStore } from './store.ts';

export function databaseReadiness(store: Pick<TeamStore, 'getCounter'>): {
  name: string;
  ready(): Promise<boolean>;
} {
  return {
    name: 'database',
    ready: async () => {
      try {
        await store.getCounter(DEFAULT_TEAM, 'readyz', 'probe');
        return true;
      } catch {
        return false;
      }
    },
  };
}
