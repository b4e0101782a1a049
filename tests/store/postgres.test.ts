/**
 * The PostgreSQL store against the real server: the shared contract suite, migrations (also
 * with several instances starting at once), and what happens when the server cannot be reached.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { PostgresStore, redactUrl } from '../../src/store/postgres.ts';
import { migratePostgres, PG_MIGRATIONS } from '../../src/store/postgres-migrations.ts';
import { storeForTeam } from '../../src/store/scoped.ts';
import { StoreUnavailableError } from '../../src/store/store.ts';
import {
  adminQuery,
  createSchema,
  dropSchema,
  openTestStore,
  startRelay,
  TEST_DATABASE_URL,
  urlThrough,
} from '../helpers/postgres.ts';
import { describeStore } from './store-suite.ts';

describeStore('PostgresStore', () => openTestStore());

const TEAM = { team: 'T0PG', enterprise: null };
const latest = Math.max(...PG_MIGRATIONS.map((m) => m.version));

describe('PostgreSQL migrations', () => {
  let schema: string;
  beforeEach(async () => {
    schema = await createSchema();
  });
  afterEach(async () => {
    await dropSchema(schema);
  });

  const poolIn = (name: string) =>
    new pg.Pool({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${name}` });

  it('migrates once when three instances start at the same time on a fresh schema', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openTestStore({ schema }).then((s) => s)));
    const rows = await adminQuery(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
    expect(rows.rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    // They share one database: a watch set through one is seen by the others at once.
    await storeForTeam(stores[0]!, TEAM).setWatch({
      channel: 'C1',
      enabled: true,
      sensitivity: 'low',
      cooldownMinutes: 30,
      sensitivityOffset: 0,
    });
    expect((await storeForTeam(stores[2]!, TEAM).getWatch('C1'))?.sensitivity).toBe('low');
    await Promise.all(stores.map((s) => storeForTeam(s, TEAM).increment('n', 'C1')));
    expect(await storeForTeam(stores[1]!, TEAM).getCounter('n', 'C1')).toBe(3);
    // openTestStore's close drops the schema; afterEach's drop is then a no-op.
    for (const s of stores) await s.close().catch(() => {});
  });

  it('applies nothing twice and only newer versions to an older database', async () => {
    const pool = poolIn(schema);
    try {
      expect(await migratePostgres(pool)).toEqual(PG_MIGRATIONS.map((m) => m.version));
      expect(await migratePostgres(pool)).toEqual([]);
      const next = [
        ...PG_MIGRATIONS,
        { version: latest + 1, description: 'test', sql: 'CREATE TABLE extra (x INT)' },
      ];
      expect(await migratePostgres(pool, next)).toEqual([latest + 1]);
    } finally {
      await pool.end();
    }
  });

  it('refuses a database migrated by a newer Parley instead of guessing', async () => {
    const pool = poolIn(schema);
    try {
      await migratePostgres(pool);
      await pool.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, 0)', [latest + 5]);
      await expect(migratePostgres(pool)).rejects.toThrow(/schema version/);
    } finally {
      await pool.end();
    }
  });

  it('rolls a failing migration back and records nothing for it', async () => {
    const pool = poolIn(schema);
    try {
      const broken = [
        ...PG_MIGRATIONS,
        { version: latest + 1, description: 'bad', sql: 'CREATE TABLE t (x INT); SELECT nope' },
      ];
      await expect(migratePostgres(pool, broken)).rejects.toThrow();
      const { rows } = await pool.query(
        "SELECT to_regclass('t') AS t, MAX(version) AS v FROM schema_version",
      );
      expect(rows[0]).toEqual({ t: null, v: latest });
    } finally {
      await pool.end();
    }
  });

  it('has no column that could hold message or draft text', async () => {
    const pool = poolIn(schema);
    try {
      await migratePostgres(pool);
      const { rows } = await pool.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = $1',
        [schema],
      );
      const columns = rows.map((r) => r.column_name);
      expect(columns).toContain('team_id');
      expect(columns.filter((c) => /^(text|draft|message|body|content)$|_text$/i.test(c))).toEqual([]);
    } finally {
      await pool.end();
    }
  });
});

describe('PostgresStore when the server cannot be reached', () => {
  it('fails to open with a clear error that names the server but not its password', async () => {
    const relay = await startRelay();
    await relay.down();
    const url = `postgres://postgres:s3cret-pw@127.0.0.1:${relay.port}/test`;
    const error = await PostgresStore.open({ url, logger: createLogger('error', () => {}) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:\d+\/test could not be reached \(ECONNREFUSED\)/,
    );
    expect(message).not.toContain('s3cret-pw');
  });

  it('rejects calls with StoreUnavailableError while it is down, logs that once, and recovers', async () => {
    const relay = await startRelay();
    const schema = await createSchema();
    const logs: Record<string, unknown>[] = [];
    const url = urlThrough(relay.port);
    const teams = await PostgresStore.open({
      url,
      schema,
      logger: createLogger('debug', (line) => logs.push(JSON.parse(line))),
    });
    const store = storeForTeam(teams, TEAM);
    try {
      await store.setPreferences('U1', { language: 'pl' });
      await relay.down();
      const failed = store.setPreferences('U1', { language: 'en' });
      await expect(failed).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(failed).rejects.toMatchObject({ operation: 'write', trouble: 'unreachable' });
      await expect(store.getWatch('C1')).rejects.toMatchObject({ operation: 'read', trouble: 'unreachable' });
      expect(logs.filter((l) => l.msg === 'settings database trouble')).toEqual([
        expect.objectContaining({ level: 'warn', kind: 'unreachable' }),
      ]);
      await relay.up();
      expect((await store.getPreferences('U1')).language).toBe('pl');
      expect(JSON.stringify(logs)).not.toContain('U1');
    } finally {
      await teams.close();
      await relay.down().catch(() => {});
      await dropSchema(schema);
    }
  });

  it('redacts the password and password-like parameters from a URL it prints', () => {
    expect(redactUrl('postgres://app:hunter2@db.internal:5432/parley?sslmode=require&password=x')).toBe(
      'postgres://app@db.internal:5432/parley?sslmode=require',
    );
    expect(redactUrl('not a url')).not.toContain('not a url');
  });
});
