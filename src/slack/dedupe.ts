/**
 * Remembers which keys (a Slack event_id, a trigger_id, a request signature) were already seen,
 * so a redelivery or a replay is not handled twice. Async so a shared store (Redis, for several
 * instances) can implement the same interface; the memory ledger serves one process.
 */

export interface EventLedger {
  /**
   * True the first time `key` is offered within the ledger's window, false for every repeat.
   * Check and record are one step, so two copies arriving together cannot both be first.
   */
  firstTime(key: string): Promise<boolean>;
}

export interface MemoryLedgerOptions {
  /** How long a key is remembered. */
  ttlMs: number;
  /** Beyond this many keys the oldest is forgotten, so memory stays bounded under any traffic. */
  maxEntries: number;
  clock?: () => number;
}

export class MemoryEventLedger implements EventLedger {
  /** Key → expiry. A Map keeps insertion order, and with one TTL the oldest also expires first. */
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;

  constructor(options: MemoryLedgerOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = Math.max(1, options.maxEntries);
    this.clock = options.clock ?? Date.now;
  }

  get size(): number {
    return this.expiries.size;
  }

  async firstTime(key: string): Promise<boolean> {
    return this.check(key);
  }

  /** The synchronous core: nothing can interleave between the lookup and the insert. */
  check(key: string): boolean {
    const now = this.clock();
    this.forgetExpired(now);
    const expiresAt = this.expiries.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    // Re-inserting moves the key to the end, keeping the map in expiry order.
    this.expiries.delete(key);
    this.expiries.set(key, now + this.ttlMs);
    if (this.expiries.size > this.maxEntries) {
      const oldest = this.expiries.keys().next();
      if (!oldest.done) this.expiries.delete(oldest.value);
    }
    return true;
  }

  private forgetExpired(now: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > now) return;
      this.expiries.delete(key);
    }
  }
}
