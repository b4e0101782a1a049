import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer } from '../../src/crypto/sealed.ts';
import { createLogger } from '../../src/log.ts';
import { RedisButtonState } from '../../src/redis/button-state.ts';
import { connectRedis, type SharedRedis } from '../../src/redis/connection.ts';
import { STATE_TTL_MS } from '../../src/slack/state.ts';
import { cleanUp, closedRedisUrl, openRedis, requireRedis, testPrefix } from '../helpers/redis.ts';

const DRAFT = 'You ALWAYS miss the deadline and I am done covering for you.';
const state = { kind: 'note', user: 'U1', draft: DRAFT, n: 3 };
type Note = typeof state;

describe('RedisButtonState (sealed button state in Redis)', () => {
  const prefix = testPrefix('button-state');
  const key = createSealer(randomBytes(32));
  let redis: SharedRedis;
  let other: SharedRedis;

  beforeAll(async () => {
    await requireRedis();
    redis = await openRedis(prefix);
    other = await openRedis(prefix);
  });
  afterAll(async () => {
    await cleanUp(redis);
    await redis.close();
    await other.close();
  });

  it('answers on another connection (another instance) with the same value', async () => {
    const id = await new RedisButtonState<Note>(redis, key).put(state);
    expect(await new RedisButtonState<Note>(other, key).get(id)).toEqual(state);
  });

  it('stores the value sealed, never the draft in clear, and with the 30-minute TTL', async () => {
    const id = await new RedisButtonState<Note>(redis, key).put(state);
    const raw = await redis.client.get(`${prefix}state:${id}`);
    expect(raw).toMatch(/^v1\./);
    expect(raw).not.toContain('deadline');
    const ttl = await redis.client.pTTL(`${prefix}state:${id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(STATE_TTL_MS);
  });

  it('replaces a value under a known id, and forgets a deleted one', async () => {
    const store = new RedisButtonState<Note>(redis, key);
    const id = await store.put(state);
    await store.set(id, { ...state, n: 4 });
    expect((await store.get(id))?.n).toBe(4);
    await store.delete(id);
    expect(await store.get(id)).toBeUndefined();
  });

  it('treats a value moved to another id, or sealed under another key, as expired', async () => {
    const store = new RedisButtonState<Note>(redis, key);
    const id = await store.put(state);
    const sealed = (await redis.client.get(`${prefix}state:${id}`))!;
    await redis.client.set(`${prefix}state:copied`, sealed);
    expect(await store.get('copied')).toBeUndefined();
    expect(await new RedisButtonState<Note>(redis, createSealer(randomBytes(32))).get(id)).toBeUndefined();
    expect(await store.get('never-stored')).toBeUndefined();
  });

  it("keeps one workspace's button state out of another's reach", async () => {
    let team = 'T1';
    const store = new RedisButtonState<Note>(redis, key, { team: () => team });
    const id = await store.put(state);
    expect(await store.get(id)).toEqual(state);
    team = 'T2';
    expect(await store.get(id)).toBeUndefined();
    const sealed = (await redis.client.get(`${prefix}state:T1:${id}`))!;
    await redis.client.set(`${prefix}state:T2:${id}`, sealed);
    expect(await store.get(id)).toBeUndefined();
  });

  it('opens values sealed before a key rotation', async () => {
    const old = randomBytes(32);
    const id = await new RedisButtonState<Note>(redis, createSealer(old)).put(state);
    const rotated = createSealer(randomBytes(32), [old]);
    expect(await new RedisButtonState<Note>(redis, rotated).get(id)).toEqual(state);
  });

  it('still gives an id when Redis is down, and answers unknown, logging once by kind', async () => {
    const lines: string[] = [];
    const down = connectRedis({
      url: await closedRedisUrl(),
      prefix,
      logger: createLogger('debug', (l) => lines.push(l)),
    });
    try {
      const store = new RedisButtonState<Note>(down, key);
      const id = await store.put(state);
      expect(id).toMatch(/^[\w-]{16}$/);
      expect(await store.get(id)).toBeUndefined();
      await store.set(id, state);
      const outages = lines.filter((l) => l.includes('redis unreachable'));
      expect(outages).toHaveLength(1);
      expect(lines.join('\n')).not.toContain('deadline');
    } finally {
      await down.close();
    }
  });
});
