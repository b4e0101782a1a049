/**
 * Short-lived, in-memory state behind buttons: a review's draft and result, a practice run's plan.
 * Button values carry only a random id, never text. Entries expire after a TTL and the least
 * recently used are evicted beyond a cap, so drafts stay in memory briefly and are never persisted.
 */
import { randomBytes } from 'node:crypto';
import type { LanguagePreference } from '../coach/coach.ts';
import type { Context, PrepPlan, Reading, Review, Tone } from '../coach/schemas.ts';

/**
 * How a review or reading is shown, kept so every re-render (a tone, Show all, Show less) looks
 * the same: short or full, whether it quotes what it is about (answers sent by DM), and display
 * names for mentions that a payload gave.
 */
export interface AnswerView {
  expanded?: boolean;
  quoted?: boolean;
  names?: Readonly<Record<string, string>>;
  /** The quiet notice the answer carried ("the offline coach answered"). */
  notice?: 'fallback' | 'rate-limited' | null;
  /** The last tone asked for, shown as the title. */
  tone?: Tone | null;
}

/**
 * The conversation where the user acted (a channel, or a thread of it), kept when the answer went
 * to the DM with Parley, so *Use this* there can send the rewrite back where it belongs. Ids only.
 */
export interface ActedWhere {
  channel: string;
  threadTs: string | null;
}

/** What "Try another technique", "Shorter"… and "Edit & recheck" need to redo a review. */
export interface ReviewState {
  kind: 'review';
  user: string;
  draft: string;
  review: Review;
  context: Context | null;
  goal: string | null;
  language: LanguagePreference;
  technique: string | null;
  view?: AnswerView;
  /** Where the user acted, when the review was delivered elsewhere (the DM); absent otherwise. */
  origin?: ActedWhere | null;
}

/** A read of someone else's message, for its "Try another technique" and tone controls. */
export interface ReadingState {
  kind: 'reading';
  user: string;
  message: string;
  reading: Reading;
  context: Context | null;
  language: LanguagePreference;
  /** The technique the replies were asked for ("Try another technique"), or null. */
  technique: string | null;
  view?: AnswerView;
}

/** The plan made for a DM thread, so a practice run's counterpart can use it. */
export interface PlanState {
  kind: 'plan';
  user: string;
  plan: PrepPlan;
  /** What the user described; lets a practice started outside the thread (/coach prep) know it. */
  situation: string;
}

export type ButtonState = ReviewState | ReadingState | PlanState;

/** 30 minutes: the same window Slack gives a response_url. */
export const STATE_TTL_MS = 30 * 60_000;
export const STATE_MAX_ENTRIES = 5_000;

export interface StateCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  clock?: () => number;
  /** Random ids by default; tests may pass a counter. */
  newId?: () => string;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/** A TTL + LRU map. Map iteration order is insertion order, so the first key is the least recently used. */
export class StateCache<T = ButtonState> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #clock: () => number;
  readonly #newId: () => string;

  constructor(options: StateCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? STATE_TTL_MS;
    this.#maxEntries = Math.max(1, options.maxEntries ?? STATE_MAX_ENTRIES);
    this.#clock = options.clock ?? Date.now;
    this.#newId = options.newId ?? (() => randomBytes(12).toString('base64url'));
  }

  /** Store a value under a new random id. */
  put(value: T): string {
    const id = this.#newId();
    this.set(id, value);
    return id;
  }

  /** Store (or replace) a value under a known key, e.g. a thread. */
  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: this.#clock() + this.#ttlMs });
    this.#evict();
  }

  /** The value, or undefined when unknown or expired. A hit counts as a use for LRU. */
  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#clock()) {
      this.#entries.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Live entries (expired ones still waiting to be swept are not counted). */
  get size(): number {
    this.#sweep();
    return this.#entries.size;
  }

  #evict(): void {
    if (this.#entries.size <= this.#maxEntries) return;
    this.#sweep();
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  #sweep(): void {
    const now = this.#clock();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}

/**
 * Button state as the listeners use it. Async so a shared store (Redis, for several instances)
 * can implement it; a store that cannot answer says "unknown", which the buttons show as expired.
 */
export interface ButtonStateStore<T = ButtonState> {
  /** Store a value under a new random id. */
  put(value: T): Promise<string>;
  /** Store (or replace) a value under a known id. */
  set(key: string, value: T): Promise<void>;
  /** The value, or undefined when unknown, expired or unreadable. */
  get(key: string): Promise<T | undefined>;
  delete(key: string): Promise<void>;
}

/** One process's button state: the TTL + LRU cache above. */
export class MemoryButtonState<T = ButtonState> implements ButtonStateStore<T> {
  constructor(readonly cache: StateCache<T> = new StateCache<T>()) {}

  async put(value: T): Promise<string> {
    return this.cache.put(value);
  }

  async set(key: string, value: T): Promise<void> {
    this.cache.set(key, value);
  }

  async get(key: string): Promise<T | undefined> {
    return this.cache.get(key);
  }

  async delete(key: string): Promise<void> {
    this.cache.delete(key);
  }
}
