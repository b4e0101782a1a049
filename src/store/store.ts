/**
 * Settings persistence behind a small async interface, so a server database (PostgreSQL) can
 * implement it later for several app instances. It holds settings and counters only: never
 * message or draft text.
 */
import type { LanguagePreference } from '../coach/coach.ts';
import type { Context } from '../coach/schemas.ts';

export interface UserPreferences {
  /** Default relationship context for reviews (null: ask / none). */
  context: Context | null;
  /** Reply language: auto (the draft's), en or pl. */
  language: LanguagePreference;
}

export const DEFAULT_PREFERENCES: UserPreferences = { context: null, language: 'auto' };

export type Sensitivity = 'low' | 'medium' | 'high';

export interface ChannelWatch {
  channel: string;
  enabled: boolean;
  sensitivity: Sensitivity;
  cooldownMinutes: number;
  /** Raised a little by each "Not helpful" click: makes the channel slightly less sensitive. */
  sensitivityOffset: number;
}

export interface Store {
  getPreferences(user: string): Promise<UserPreferences>;
  setPreferences(user: string, changes: Partial<UserPreferences>): Promise<UserPreferences>;
  getWatch(channel: string): Promise<ChannelWatch | null>;
  setWatch(watch: ChannelWatch): Promise<void>;
  /** Add to a named counter (e.g. "reminder.not_helpful" for a channel); returns the new value. */
  increment(counter: string, key: string, by?: number): Promise<number>;
  getCounter(counter: string, key: string): Promise<number>;
  close(): Promise<void>;
}

/** Why the store could not be used: the kinds a log line and a caller may act on. */
export type StoreTrouble =
  | 'missing'
  | 'replaced'
  | 'journal-missing'
  | 'unwritable'
  | 'full'
  | 'io'
  | 'corrupt';

/**
 * The store could not read or save (its file is gone and cannot be recreated, the disk is full…).
 * Callers that change a setting tell the user it was not saved instead of confirming it.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write',
    readonly trouble: StoreTrouble,
    options?: ErrorOptions,
  ) {
    super(`The settings store could not ${operation === 'write' ? 'save' : 'read'} (${trouble})`, options);
    this.name = 'StoreUnavailableError';
  }
}
