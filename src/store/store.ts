/**
 * Settings persistence behind a small async interface: SQLite (one instance), PostgreSQL (a
 * fleet) or memory. It holds settings and counters only: never message or draft text.
 *
 * Two views of the same data. Implementations are a TeamStore: every row belongs to a workspace
 * (TeamKey), so one workspace can never read another's settings or counters. Listeners see a
 * Store, the view for the workspace of the request being handled (scopedStore in scoped.ts),
 * so they need no team argument and cannot pick the wrong one.
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

/**
 * The workspace a row belongs to. `enterprise` is the Enterprise Grid org when Slack names one,
 * else null. Both are part of every storage key (null is stored as '').
 */
export interface TeamKey {
  team: string;
  enterprise: string | null;
}

/**
 * The default team: where rows saved before settings were kept per workspace live (SQLite
 * migration 2), and the key for a payload that names no workspace at all.
 */
export const DEFAULT_TEAM: TeamKey = { team: '', enterprise: null };

/** The store for one workspace: what listeners use, through scopedStore. */
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

/** Every store implementation: the Store operations, each for the workspace named first. */
export interface TeamStore {
  getPreferences(team: TeamKey, user: string): Promise<UserPreferences>;
  setPreferences(team: TeamKey, user: string, changes: Partial<UserPreferences>): Promise<UserPreferences>;
  getWatch(team: TeamKey, channel: string): Promise<ChannelWatch | null>;
  setWatch(team: TeamKey, watch: ChannelWatch): Promise<void>;
  increment(team: TeamKey, counter: string, key: string, by?: number): Promise<number>;
  getCounter(team: TeamKey, counter: string, key: string): Promise<number>;
  /**
   * Single-workspace upgrade: give the default team's rows (saved before settings were kept per
   * workspace) to this workspace. A row the workspace already has wins; nothing is left behind.
   */
  adoptDefaultTeam(team: TeamKey): Promise<void>;
  /** Forget everything saved for a workspace (it uninstalled Parley). */
  deleteTeam(team: TeamKey): Promise<void>;
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
  | 'corrupt'
  /** The database server could not be reached (PostgreSQL down, network, pool exhausted). */
  | 'unreachable';

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
