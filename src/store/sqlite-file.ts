/**
 * The SQLite file under the store, checked before every use. An open handle keeps working on a
 * file that was deleted (its writes then vanish with the process, and nothing says so), so each
 * use first compares the path with the file that was opened:
 * - the file is gone: it is rebuilt from the open handle (VACUUM INTO), so nothing saved is lost;
 * - another file is at the path (a restore): that one is opened;
 * - the write-ahead log is gone: the handle is closed (which checkpoints into the file) and reopened;
 * - the location cannot be written: every use fails with StoreUnavailableError until it can.
 * Each kind of trouble is logged once, with its kind only, until a use succeeds again.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { errorKind, type Logger } from '../log.ts';
import { migrate } from './migrations.ts';
import { type StoreTrouble, StoreUnavailableError } from './store.ts';

interface Identity {
  dev: number;
  ino: number;
}

const MEMORY = ':memory:';

/** The trouble a failed SQLite or file-system call stands for; null for a bug (a bad query). */
export function troubleOf(error: unknown): StoreTrouble | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|AUTH)/.test(code)) return 'unwritable';
  if (/^(EACCES|EPERM|EROFS|ENOTDIR|EEXIST|ENOENT|EISDIR)$/.test(code)) return 'unwritable';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return 'full';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'corrupt';
  return null;
}

export class SqliteFile {
  readonly #path: string;
  readonly #logger: Logger;
  readonly #now: () => number;
  #db: Database.Database;
  #identity: Identity | null = null;
  /** The write-ahead log exists once something was written; after that it must stay. */
  #walWritten = false;
  /** False when the handle must not be used: the path could not be opened or rebuilt. */
  #usable = true;
  readonly #reported = new Set<StoreTrouble>();

  /** Opens (creating the folder and file) and migrates; throws when that is impossible at start-up. */
  constructor(path: string, logger: Logger, now: () => number) {
    this.#path = path;
    this.#logger = logger;
    this.#now = now;
    this.#db = this.#open();
  }

  /** Run one statement group on a checked handle. SQLite trouble becomes StoreUnavailableError. */
  use<T>(operation: 'read' | 'write', run: (db: Database.Database) => T): T {
    const db = this.#ready(operation);
    try {
      const value = run(db);
      if (operation === 'write') this.#walWritten = this.#path !== MEMORY;
      this.#reported.clear();
      return value;
    } catch (error) {
      const trouble = troubleOf(error);
      if (!trouble) throw error;
      this.#report(trouble, false);
      throw new StoreUnavailableError(operation, trouble, { cause: error });
    }
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #open(): Database.Database {
    if (this.#path === MEMORY) {
      const db = new Database(MEMORY);
      migrate(db, undefined, this.#now);
      return db;
    }
    mkdirSync(dirname(this.#path), { recursive: true });
    const db = new Database(this.#path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      migrate(db, undefined, this.#now);
      const { dev, ino } = statSync(this.#path);
      this.#identity = { dev, ino };
      this.#walWritten = existsSync(`${this.#path}-wal`);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** What changed at the path since it was opened, or null when it is still the same file. */
  #changed(): StoreTrouble | null {
    let dev: number;
    let ino: number;
    try {
      ({ dev, ino } = statSync(this.#path));
    } catch {
      return 'missing';
    }
    if (dev !== this.#identity?.dev || ino !== this.#identity?.ino) return 'replaced';
    if (this.#walWritten && !existsSync(`${this.#path}-wal`)) return 'journal-missing';
    return null;
  }

  #ready(operation: 'read' | 'write'): Database.Database {
    if (this.#path === MEMORY) return this.#db;
    const trouble = this.#changed();
    if (!trouble && this.#usable) return this.#db;
    try {
      this.#db = this.#recover(trouble);
      this.#usable = true;
      if (trouble) this.#report(trouble, true);
      return this.#db;
    } catch (error) {
      this.#usable = false;
      if (trouble) this.#report(trouble, false);
      const cause = troubleOf(error) ?? 'unwritable';
      this.#report(cause, false);
      this.#logger.debug('settings database reopen failed', { kind: errorKind(error) });
      throw new StoreUnavailableError(operation, cause, { cause: error });
    }
  }

  /** A handle on the file now at the path; throws (keeping the old handle) when there is none. */
  #recover(trouble: StoreTrouble | null): Database.Database {
    const old = this.#db;
    if (trouble === 'missing' && old.open) {
      // The old handle still reads the deleted file: copy it to the path before letting it go.
      mkdirSync(dirname(this.#path), { recursive: true });
      old.prepare('VACUUM INTO ?').run(this.#path);
    }
    if (trouble === 'missing' || !old.open) {
      const fresh = this.#open();
      if (old.open) old.close();
      return fresh;
    }
    // Replaced, lost its log, or failed before: closing checkpoints what the old handle holds.
    old.close();
    return this.#open();
  }

  #report(trouble: StoreTrouble, recreated: boolean): void {
    if (this.#reported.has(trouble)) return;
    this.#reported.add(trouble);
    this.#logger.warn('settings database trouble', { kind: trouble, recreated });
  }
}
