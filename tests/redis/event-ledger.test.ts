import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { connectRedis, type SharedRedis } from '../../src/redis/connection.ts';
import { RedisEventLedger } from '../../src/redis/event-ledger.ts';
import { cleanUp, closedRedisUrl, openRedis, requireRedis, testPrefix } from '../helpers/redis.ts';

describe('RedisEventLedger (SET NX PX, shared by the fleet)', () => {
  const prefix = testPrefix('event-ledger');
  let a: SharedRedis;
  let b: SharedRedis;

  beforeAll(async () => {
    await requireRedis();
    a = await openRedis(prefix);
    b = await openRedis(prefix);
  });
  afterAll(async () => {
    await cleanUp(a);
    await a.close();
    await b.close();
  });

  it('says first time once, whichever instance sees the key next', async () => {
    const onA = new RedisEventLedger(a, 'delivery', 60_000);
    const onB = new RedisEventLedger(b, 'delivery', 60_000);
    expect(await onA.firstTime('event:Ev1')).toBe(true);
    expect(await onB.firstTime('event:Ev1')).toBe(false);
    expect(await onA.firstTime('event:Ev1')).toBe(false);
    expect(await onB.firstTime('event:Ev2')).toBe(true);
  });

  it('lets exactly one of many simultaneous copies through', async () => {
    const ledgers = [a, b].map((r) => new RedisEventLedger(r, 'delivery', 60_000));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ledgers[i % 2]!.firstTime('event:race')),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('keeps ledgers apart by name and remembers a key for its TTL only', async () => {
    expect(await new RedisEventLedger(a, 'delivery', 60_000).firstTime('k')).toBe(true);
    expect(await new RedisEventLedger(a, 'signature', 60_000).firstTime('k')).toBe(true);
    const ttl = await a.client.pTTL(`${prefix}seen:signature:k`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('fails open when Redis is down: the delivery is handled, not dropped', async () => {
    const down = connectRedis({
      url: await closedRedisUrl(),
      prefix,
      logger: createLogger('error', () => {}),
    });
    try {
      const ledger = new RedisEventLedger(down, 'delivery', 60_000);
      expect(await ledger.firstTime('event:x')).toBe(true);
      expect(await ledger.firstTime('event:x')).toBe(true);
    } finally {
      await down.close();
    }
  });
});
