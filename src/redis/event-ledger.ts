/**
 * Event de-duplication shared by the fleet: SET key 1 NX PX ttl, so the first instance to see an
 * event_id (or a request signature) handles it and a retry delivered to another instance is
 * dropped. When Redis cannot answer the ledger fails open: handling a delivery twice is better
 * than dropping it, and the outage is logged once a minute by the connection.
 */
import type { EventLedger } from '../slack/dedupe.ts';
import type { SharedRedis } from './connection.ts';

export class RedisEventLedger implements EventLedger {
  constructor(
    private readonly redis: SharedRedis,
    /** Keeps the ledgers apart: "delivery", "signature". */
    private readonly name: string,
    private readonly ttlMs: number,
  ) {}

  async firstTime(key: string): Promise<boolean> {
    try {
      const reply = await this.redis.run((c) =>
        c.set(this.redis.key('seen', this.name, key), '1', {
          condition: 'NX',
          expiration: { type: 'PX', value: this.ttlMs },
        }),
      );
      return reply === 'OK';
    } catch {
      return true;
    }
  }
}
