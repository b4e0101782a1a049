/**
 * Answers to identical requests, kept in memory for a short while. Keys are SHA-256 hashes of the
 * method, inputs and model, never the text itself; size is bounded (least recently used goes).
 */
import { createHash } from 'node:crypto';

export const CACHE_TTL_MS = 10 * 60_000;
export const CACHE_MAX_ENTRIES = 500;

/** A stable hash of everything that determines the model's answer. */
export function cacheKey(method: string, inputs: Record<string, string>, model: string): string {
  const ordered = Object.keys(inputs)
    .sort()
    .map((name) => [name, inputs[name]]);
  return createHash('sha256')
    .update(JSON.stringify([method, model, ordered]))
    .digest('hex');
}

export interface CacheOptions {
  maxEntries?: number;
  ttlMs?: number;
  clock?: () => number;
}

export class ResultCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly clock: () => number;

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? CACHE_MAX_ENTRIES;
    this.ttlMs = options.ttlMs ?? CACHE_TTL_MS;
    this.clock = options.clock ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A copy of the cached value, so callers can't change what the next caller gets. */
  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.clock()) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return structuredClone(entry.value) as T;
  }

  set(key: string, value: unknown): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value: structuredClone(value), expiresAt: this.clock() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
