/**
 * The SQLite file changing under a running store: deleted (with its -wal and -shm), replaced,
 * or made impossible to write. Saving must either land in the file at the path or fail loudly.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { storeForTeam } from '../../src/store/scoped.ts';
import { SqliteStore, type SqliteStoreOptions } from '../../src/store/sqlite.ts';
import { troubleOf } from '../../src/store/sqlite-file.ts';
import { type ChannelWatch, StoreUnavailableError } from '../../src/store/store.ts';

/** One workspace's view: recovery is about the file, the same for every team. */
const openSqlite = (path: string, options: SqliteStoreOptions) =>
  storeForTeam(new SqliteStore(path, options), { team: 'T0RECOVERY', enterprise: null });

let dir: string;
let logs: Record<string, unknown>[];
const logger = () => createLogger('debug', (line) => logs.push(JSON.parse(line)));
const troubleLines = () => logs.filter((l) => l.msg === 'settings database trouble');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-recovery-'));
  logs = [];
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const watch = (channel: string, enabled = true): ChannelWatch => ({
  channel,
  enabled,
  sensitivity: 'high',
  cooldownMinutes: 45,
  sensitivityOffset: 0,
});

const deleteDatabase = (path: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

/** What a new process would read from the file at the path. */
async function readBack(path: string, channel: string) {
  const fresh = openSqlite(path, { logger: logger() });
  try {
    return await fresh.getWatch(channel);
  } finally {
    await fresh.close();
  }
}

describe('SqliteStore when its file is deleted mid-run', () => {
  it('recreates the database at the path, saves the setting there and keeps what was saved before', async () => {
    const path = join(dir, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setPreferences('U1', { language: 'pl' });
    await store.setWatch(watch('C0OLD'));

    deleteDatabase(path);
    await store.setWatch(watch('C0NEW'));

    expect(existsSync(path)).toBe(true);
    expect(await store.getWatch('C0NEW')).toEqual(watch('C0NEW'));
    await store.close();
    expect(await readBack(path, 'C0NEW')).toEqual(watch('C0NEW'));
    expect(await readBack(path, 'C0OLD')).toEqual(watch('C0OLD'));
    const again = openSqlite(path, { logger: logger() });
    expect((await again.getPreferences('U1')).language).toBe('pl');
    await again.close();
    expect(troubleLines()).toEqual([
      expect.objectContaining({ level: 'warn', kind: 'missing', recreated: true }),
    ]);
  });

  it('logs each deletion once, not once per request', async () => {
    const path = join(dir, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setWatch(watch('C1'));
    deleteDatabase(path);
    for (let i = 0; i < 5; i++) await store.increment('reminder.sent', 'C1');
    deleteDatabase(path);
    await store.setWatch(watch('C1', false));
    expect(await readBack(path, 'C1')).toEqual(watch('C1', false));
    expect(await store.getCounter('reminder.sent', 'C1')).toBe(5);
    expect(troubleLines().map((l) => l.kind)).toEqual(['missing', 'missing']);
    await store.close();
  });

  it('keeps a setting saved after only the -wal and -shm files were deleted', async () => {
    const path = join(dir, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setWatch(watch('C1'));
    rmSync(`${path}-wal`);
    rmSync(`${path}-shm`, { force: true });
    await store.setWatch(watch('C2'));
    expect(await readBack(path, 'C2')).toEqual(watch('C2'));
    expect(troubleLines()).toEqual([expect.objectContaining({ kind: 'journal-missing' })]);
    await store.close();
  });

  it('reads the new file when another database is put at the path', async () => {
    const path = join(dir, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setWatch(watch('C1'));
    const other = join(dir, 'restored.db');
    const restored = openSqlite(other, { logger: logger() });
    await restored.setWatch(watch('C0RESTORED'));
    await restored.close();
    deleteDatabase(path);
    renameSync(other, path);

    expect(await store.getWatch('C0RESTORED')).toEqual(watch('C0RESTORED'));
    expect(troubleLines()).toEqual([expect.objectContaining({ kind: 'replaced', recreated: true })]);
    await store.close();
  });
});

describe('SqliteStore when its location cannot be written', () => {
  /** The folder holding the database becomes a regular file: nothing can be created there. */
  const breakFolder = (folder: string) => {
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
  };

  it('rejects the write with StoreUnavailableError instead of pretending to save', async () => {
    const folder = join(dir, 'data');
    const path = join(folder, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setWatch(watch('C1'));

    breakFolder(folder);
    const failed = store.setWatch(watch('C2'));
    await expect(failed).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failed).rejects.toMatchObject({ operation: 'write', trouble: 'unwritable' });
    await expect(store.setPreferences('U1', { language: 'pl' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await expect(store.getWatch('C1')).rejects.toMatchObject({ operation: 'read' });
    expect(troubleLines().map((l) => l.kind)).toEqual(['missing', 'unwritable']);
    await store.close();
  });

  it('recovers, with what it had saved, once the location can be written again', async () => {
    const folder = join(dir, 'data');
    const path = join(folder, 'parley.db');
    const store = openSqlite(path, { logger: logger() });
    await store.setWatch(watch('C1'));
    breakFolder(folder);
    await expect(store.setWatch(watch('C2'))).rejects.toBeInstanceOf(StoreUnavailableError);

    rmSync(folder);
    mkdirSync(folder);
    await store.setWatch(watch('C2'));
    expect(await readBack(path, 'C2')).toEqual(watch('C2'));
    expect(await readBack(path, 'C1')).toEqual(watch('C1'));
    await store.close();
  });

  it('says nothing about the data in its error or its log lines', async () => {
    const folder = join(dir, 'data');
    const store = openSqlite(join(folder, 'parley.db'), { logger: logger() });
    breakFolder(folder);
    const error = await store.setWatch(watch('C0SECRETCHANNEL')).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain('C0SECRETCHANNEL');
    expect(JSON.stringify(logs)).not.toContain('C0SECRETCHANNEL');
    await store.close();
  });
});

describe('troubleOf', () => {
  it.each([
    ['SQLITE_CANTOPEN', 'unwritable'],
    ['SQLITE_READONLY_DBMOVED', 'unwritable'],
    ['ENOTDIR', 'unwritable'],
    ['SQLITE_FULL', 'full'],
    ['SQLITE_IOERR_SHORT_READ', 'io'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', null],
  ])('maps %s to %s', (code, trouble) => {
    expect(troubleOf(Object.assign(new Error('x'), { code }))).toBe(trouble);
  });
});
