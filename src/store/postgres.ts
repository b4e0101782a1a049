/**
 * The settings store on PostgreSQL (DATABASE_URL), for several Parley instances sharing one
 * database. node-postgres (pg) with a pool; parameterised queries only; the schema is migrated
 * at start under an advisory lock (postgres-migrations.ts). Same behaviour as the SQLite store.
 *
 * Unreachable at start: open() throws a clear error naming the server without its password, and
 * main.ts exits 1. Unreachable later: the call rejects with StoreUnavailableError ('unreachable'),
 * which the Slack layer turns into a kind message, and the pool reconnects on the next call.
 */
import pg from 'pg';
import type { Context } from '../coach/schemas.ts';
import { errorKind, type Logger } from '../log.ts';
import { migratePostgres } from './postgres-migrations.ts';
import {
  type ChannelWatch,
  DEFAULT_PREFERENCES,
  DEFAULT_TEAM,
  type Sensitivity,
  StoreUnavailableError,
  type TeamKey,
  type TeamStore,
  type UserPreferences,
} from './store.ts';

const SENSITIVITIES: readonly string[] = ['low', 'medium', 'high'];
const LANGUAGES: readonly string[] = ['auto', 'en', 'pl'];

/** A request waits this long for a connection before it is told the store is unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;
/** A server that accepts but never answers must not hold a Slack request forever either. */
const QUERY_TIMEOUT_MS = 10_000;
const POOL_MAX = 10;

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  logger: Logger;
  /** A schema to use instead of the user's default search_path (tests give each file its own). */
  schema?: string;
  now?: () => number;
}

/** The URL with its password (and any password-like query parameter) removed: safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (/pass|secret|key/i.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * Whether a pg error means the server could not be used (down, restarting, unreachable, out of
 * connections) rather than a bug in a query. SQLSTATE classes 08 (connection), 53 (resources),
 * 57P0x (shutting down or starting); pg's own pool and socket errors carry no code.
 */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    return NETWORK_CODES.has(code) || /^(08|53)/.test(code) || /^57P0[1-3]$/.test(code);
  }
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|connection timeout|Query read timeout/i.test(
    message,
  );
}

interface PreferencesRow {
  context: string | null;
  language: string;
}

interface WatchRow {
  channel: string;
  enabled: boolean;
  sensitivity: string;
  cooldown_minutes: number;
  sensitivity_offset: number;
}

export class PostgresStore implements TeamStore {
  readonly #pool: pg.Pool;
  readonly #logger: Logger;
  readonly #now: () => number;
  #reported = false;

  private constructor(pool: pg.Pool, logger: Logger, now: () => number) {
    this.#pool = pool;
    this.#logger = logger;
    this.#now = now;
  }

  /** Connect and migrate. Throws (a message without the password) when the server cannot be used. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
      throw new Error('The PostgreSQL schema name must be lower-case letters, digits and _');
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: POOL_MAX,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection that breaks (server restart) is reported here; unhandled it would crash.
    pool.on('error', (error) =>
      options.logger.warn('settings database connection lost', { kind: errorKind(error) }),
    );
    try {
      await migratePostgres(pool, undefined, options.now);
    } catch (error) {
      await pool.end().catch(() => {});
      const where = redactUrl(options.url);
      const code = (error as { code?: unknown }).code;
      const why = typeof code === 'string' ? code : errorKind(error);
      if (isUnreachable(error)) {
        throw new Error(
          `PostgreSQL at ${where} could not be reached (${why}). Check DATABASE_URL and that the server is running.`,
          { cause: error },
        );
      }
      throw new Error(`PostgreSQL at ${where} could not be prepared (${why})`, { cause: error });
    }
    return new PostgresStore(pool, options.logger, options.now ?? Date.now);
  }

  /** One parameterised statement; trouble reaching the server becomes StoreUnavailableError. */
  async #query<R extends pg.QueryResultRow>(
    operation: 'read' | 'write',
    text: string,
    params: unknown[],
  ): Promise<R[]> {
    try {
      const result = await this.#pool.query<R>(text, params);
      this.#reported = false;
      return result.rows;
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      if (!this.#reported) {
        // Once until a call succeeds again, not once per request.
        this.#reported = true;
        this.#logger.warn('settings database trouble', { kind: 'unreachable', recreated: false });
      }
      throw new StoreUnavailableError(operation, 'unreachable', { cause: error });
    }
  }

  async getPreferences(team: TeamKey, user: string): Promise<UserPreferences> {
    const rows = await this.#query<PreferencesRow>(
      'read',
      'SELECT context, language FROM preferences WHERE enterprise_id = $1 AND team_id = $2 AND user_id = $3',
      [...teamParams(team), user],
    );
    return preferencesOf(rows[0]);
  }

  async setPreferences(
    team: TeamKey,
    user: string,
    changes: Partial<UserPreferences>,
  ): Promise<UserPreferences> {
    // One statement merges the change into what is saved, so two instances changing different
    // preferences of one user at once both land.
    const rows = await this.#query<PreferencesRow>(
      'write',
      `INSERT INTO preferences (enterprise_id, team_id, user_id, context, language, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (enterprise_id, team_id, user_id) DO UPDATE SET
         context = CASE WHEN $7 THEN excluded.context ELSE preferences.context END,
         language = CASE WHEN $8 THEN excluded.language ELSE preferences.language END,
         updated_at = excluded.updated_at
       RETURNING context, language`,
      [
        ...teamParams(team),
        user,
        changes.context ?? DEFAULT_PREFERENCES.context,
        changes.language ?? DEFAULT_PREFERENCES.language,
        this.#now(),
        changes.context !== undefined,
        changes.language !== undefined,
      ],
    );
    return preferencesOf(rows[0]);
  }

  async getWatch(team: TeamKey, channel: string): Promise<ChannelWatch | null> {
    const rows = await this.#query<WatchRow>(
      'read',
      `SELECT channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset FROM channel_watch
       WHERE enterprise_id = $1 AND team_id = $2 AND channel = $3`,
      [...teamParams(team), channel],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      channel: row.channel,
      enabled: row.enabled,
      sensitivity: (SENSITIVITIES.includes(row.sensitivity) ? row.sensitivity : 'medium') as Sensitivity,
      cooldownMinutes: row.cooldown_minutes,
      sensitivityOffset: row.sensitivity_offset,
    };
  }

  async setWatch(team: TeamKey, watch: ChannelWatch): Promise<void> {
    await this.#query(
      'write',
      `INSERT INTO channel_watch (enterprise_id, team_id, channel, enabled, sensitivity, cooldown_minutes,
         sensitivity_offset, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (enterprise_id, team_id, channel) DO UPDATE SET enabled = excluded.enabled,
         sensitivity = excluded.sensitivity, cooldown_minutes = excluded.cooldown_minutes,
         sensitivity_offset = excluded.sensitivity_offset, updated_at = excluded.updated_at`,
      [
        ...teamParams(team),
        watch.channel,
        watch.enabled,
        watch.sensitivity,
        watch.cooldownMinutes,
        watch.sensitivityOffset,
        this.#now(),
      ],
    );
  }

  async increment(team: TeamKey, counter: string, key: string, by = 1): Promise<number> {
    // Atomic in the database: instances counting the same thing at once never lose a step.
    const rows = await this.#query<{ value: string }>(
      'write',
      `INSERT INTO counters (enterprise_id, team_id, counter, key, value) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (enterprise_id, team_id, counter, key) DO UPDATE SET value = counters.value + excluded.value
       RETURNING value`,
      [...teamParams(team), counter, key, by],
    );
    return Number(rows[0]?.value ?? 0);
  }

  async getCounter(team: TeamKey, counter: string, key: string): Promise<number> {
    const rows = await this.#query<{ value: string }>(
      'read',
      'SELECT value FROM counters WHERE enterprise_id = $1 AND team_id = $2 AND counter = $3 AND key = $4',
      [...teamParams(team), counter, key],
    );
    return Number(rows[0]?.value ?? 0);
  }

  async adoptDefaultTeam(team: TeamKey): Promise<void> {
    const to = teamParams(team);
    const from = teamParams(DEFAULT_TEAM);
    if (to[0] === from[0] && to[1] === from[1]) return;
    // One statement per table (atomic on its own): the default team's rows move to the
    // workspace, except where it already has that row, which wins; none stay behind.
    for (const [table, key, columns] of ADOPTED) {
      await this.#query(
        'write',
        `WITH moved AS (
           DELETE FROM ${table} WHERE enterprise_id = $3 AND team_id = $4 RETURNING ${key}, ${columns}
         )
         INSERT INTO ${table} (enterprise_id, team_id, ${key}, ${columns})
         SELECT $1, $2, ${key}, ${columns} FROM moved
         ON CONFLICT (enterprise_id, team_id, ${key}) DO NOTHING`,
        [...to, ...from],
      );
    }
  }

  async deleteTeam(team: TeamKey): Promise<void> {
    // One statement, so an uninstall never leaves half a workspace behind.
    await this.#query(
      'write',
      `WITH p AS (DELETE FROM preferences WHERE enterprise_id = $1 AND team_id = $2),
            w AS (DELETE FROM channel_watch WHERE enterprise_id = $1 AND team_id = $2)
       DELETE FROM counters WHERE enterprise_id = $1 AND team_id = $2`,
      teamParams(team),
    );
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/** Each table's key (after the workspace) and other columns, for adoptDefaultTeam. Constants only. */
const ADOPTED: readonly [table: string, key: string, columns: string][] = [
  ['preferences', 'user_id', 'context, language, updated_at'],
  ['channel_watch', 'channel', 'enabled, sensitivity, cooldown_minutes, sensitivity_offset, updated_at'],
  ['counters', 'counter, key', 'value'],
];

/** The workspace as stored: no enterprise is ''. */
const teamParams = (team: TeamKey): [string, string] => [team.enterprise ?? '', team.team];

function preferencesOf(row: PreferencesRow | undefined): UserPreferences {
  if (!row) return { ...DEFAULT_PREFERENCES };
  return {
    context: (row.context as Context | null) ?? null,
    language: LANGUAGES.includes(row.language)
      ? (row.language as UserPreferences['language'])
      : DEFAULT_PREFERENCES.language,
  };
}
