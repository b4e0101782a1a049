/**
 * Button state in Redis, so a button on a review made by one instance works on any other. The
 * value (it holds the draft) is sealed with AES-256-GCM, bound to its own key, and stored with
 * PX = TTL: Redis forgets it after 30 minutes as the memory cache does, and never holds it in
 * clear. When Redis cannot answer, a new review still goes out (its buttons will say they
 * expired) and a lookup answers "unknown": the listeners already say so kindly.
 */
import { randomBytes } from 'node:crypto';
import type { Sealer } from '../crypto/sealed.ts';
import { type ButtonState, type ButtonStateStore, STATE_TTL_MS } from '../slack/state.ts';
import type { SharedRedis } from './connection.ts';

export interface RedisButtonStateOptions {
  ttlMs?: number;
  newId?: () => string;
  /** The workspace of the request being handled, when several share one app: keys are kept apart by it. */
  team?: () => string | undefined;
}

export class RedisButtonState<T = ButtonState> implements ButtonStateStore<T> {
  readonly #ttlMs: number;
  readonly #newId: () => string;
  readonly #team: () => string | undefined;

  constructor(
    private readonly redis: SharedRedis,
    private readonly sealer: Sealer,
    options: RedisButtonStateOptions = {},
  ) {
    this.#ttlMs = options.ttlMs ?? STATE_TTL_MS;
    this.#newId = options.newId ?? (() => randomBytes(12).toString('base64url'));
    this.#team = options.team ?? (() => undefined);
  }

  async put(value: T): Promise<string> {
    const id = this.#newId();
    await this.set(id, value);
    return id;
  }

  async set(id: string, value: T): Promise<void> {
    const key = this.#key(id);
    const sealed = this.sealer.seal(JSON.stringify(value), key);
    // A failed write is already in the outage log; the review is shown all the same.
    await this.redis
      .run((c) => c.set(key, sealed, { expiration: { type: 'PX', value: this.#ttlMs } }))
      .catch(() => undefined);
  }

  async get(id: string): Promise<T | undefined> {
    const key = this.#key(id);
    let sealed: string | null;
    try {
      sealed = await this.redis.run((c) => c.get(key));
    } catch {
      return undefined;
    }
    if (sealed === null) return undefined;
    try {
      // Authenticated by the seal (and bound to this key), so it is a value this app wrote.
      return JSON.parse(this.sealer.open(sealed, key)) as T;
    } catch {
      // Sealed under a key no longer configured, or not ours: as good as expired.
      return undefined;
    }
  }

  async delete(id: string): Promise<void> {
    await this.redis.run((c) => c.del(this.#key(id))).catch(() => undefined);
  }

  /** The seal is bound to this key, so a value from another workspace's slot will not open here. */
  #key(id: string): string {
    const team = this.#team();
    return team ? this.redis.key('state', team, id) : this.redis.key('state', id);
  }
}
