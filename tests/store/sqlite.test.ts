import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/open.ts';
import { storeForTeam } from '../../src/store/scoped.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { DEFAULT_TEAM } from '../../src/store/store.ts';
import { describeStore } from './store-suite.ts';

const TEAM = { team: 'T0SQLITE', enterprise: null };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeStore('SqliteStore on a file', () => new SqliteStore(join(dir, 'parley.db')));
describeStore('SqliteStore in memory', () => openStore({ databasePath: ':memory:', databaseUrl: null }));

const latest = Math.max(...MIGRATIONS.map((m) => m.version));

describe('SQLite migrations', () => {
  it('creates the database file and its missing folders on first run', async () => {
    const path = join(dir, 'nested', 'data', 'parley.db');
    const store = await openStore({ databasePath: path, databaseUrl: null });
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('brings an empty database to the latest schema version', () => {
    const db = new Database(join(dir, 'empty.db'));
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(latest);
    db.close();
  });

  it('applies nothing twice when reopening an existing database and keeps its data', async () => {
    const path = join(dir, 'parley.db');
    const first = storeForTeam(new SqliteStore(path), TEAM);
    await first.setPreferences('U1', { language: 'pl' });
    await first.increment('reminder.sent', 'C1');
    await first.close();

    const db = new Database(path);
    expect(migrate(db)).toEqual([]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_version').get() as { n: number }).n).toBe(
      MIGRATIONS.length,
    );
    db.close();

    const second = storeForTeam(new SqliteStore(path), TEAM);
    expect((await second.getPreferences('U1')).language).toBe('pl');
    expect(await second.getCounter('reminder.sent', 'C1')).toBe(1);
    await second.close();
  });

  it('applies only the newer migrations to a database at an older version', () => {
    const db = new Database(join(dir, 'old.db'));
    migrate(db);
    const next = [
      ...MIGRATIONS,
      { version: latest + 1, description: 'test', sql: 'CREATE TABLE extra (x INTEGER)' },
    ];
    expect(migrate(db, next)).toEqual([latest + 1]);
    expect(schemaVersion(db)).toBe(latest + 1);
    db.close();
  });

  it('refuses a database written by a newer schema instead of guessing', () => {
    const db = new Database(join(dir, 'newer.db'));
    migrate(db);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(latest + 5, 0);
    expect(() => migrate(db)).toThrow(/schema version/);
    db.close();
  });

  it("moves rows saved before settings were per workspace to the default team ('')", async () => {
    const path = join(dir, 'v1.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO preferences (user, context, language, updated_at) VALUES ('U1', 'boss', 'pl', 0)",
    ).run();
    db.prepare(
      "INSERT INTO channel_watch (channel, enabled, sensitivity, cooldown_minutes, sensitivity_offset, updated_at) VALUES ('C1', 1, 'high', 45, 0.05, 0)",
    ).run();
    db.prepare("INSERT INTO counters (counter, key, value) VALUES ('reminder.sent', 'C1', 4)").run();
    expect(migrate(db)).toEqual([2]);
    db.close();

    const teams = new SqliteStore(path);
    const legacy = storeForTeam(teams, DEFAULT_TEAM);
    expect(await legacy.getPreferences('U1')).toEqual({ context: 'boss', language: 'pl' });
    expect(await legacy.getWatch('C1')).toMatchObject({ enabled: true, sensitivityOffset: 0.05 });
    expect(await legacy.getCounter('reminder.sent', 'C1')).toBe(4);
    expect(await storeForTeam(teams, TEAM).getWatch('C1')).toBeNull();
    // Single-workspace start-up then gives them to the token's workspace.
    await teams.adoptDefaultTeam(TEAM);
    expect(await storeForTeam(teams, TEAM).getCounter('reminder.sent', 'C1')).toBe(4);
    await teams.close();
  });

  it('uses write-ahead logging for a database file', async () => {
    const path = join(dir, 'wal.db');
    const store = await openStore({ databasePath: path, databaseUrl: null });
    await store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('has no column that could hold message or draft text', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    const columns = tables.flatMap(({ name }) =>
      (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name),
    );
    expect(columns.filter((c) => /^(text|draft|message|body|content)$|_text$/i.test(c))).toEqual([]);
    db.close();
  });
});
