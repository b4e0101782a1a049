/**
 * The real Redis for tests (127.0.0.1:6379, see .ci/run). Each test file takes its own random key
 * prefix and deletes its keys afterwards (SCAN + DEL on the prefix), so parallel files and reruns
 * never see each other's state. A Redis that is down fails the test with a message saying so:
 * these tests are never skipped silently.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createClient } from 'redis';
import { createLogger, type Logger } from '../../src/log.ts';
import { connectRedis, type SharedRedis } from '../../src/redis/connection.ts';

export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** A fresh prefix for one test file. No braces: keys keep their own hash tags. */
export const testPrefix = (name: string) => `parley-test:${name}:${randomBytes(6).toString('hex')}:`;

/** Throws a clear error when the test Redis does not answer. */
export async function requireRedis(): Promise<void> {
  const probe = createClient({
    url: TEST_REDIS_URL,
    socket: { connectTimeout: 2_000, reconnectStrategy: false },
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    if ((await probe.ping()) !== 'PONG') throw new Error('no PONG');
    await probe.close();
  } catch (error) {
    probe.destroy();
    throw new Error(
      `These tests need Redis at ${TEST_REDIS_URL} and it did not answer (${(error as Error).message}). ` +
        'Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
    );
  }
}

/** Resolves once the client is ready; the deadline only turns a hang into a readable failure. */
export async function whenReady(redis: SharedRedis, deadlineMs = 5_000): Promise<SharedRedis> {
  const until = Date.now() + deadlineMs;
  while (!redis.client.isReady) {
    if (Date.now() > until) throw new Error('Redis client did not become ready');
    await new Promise((r) => setTimeout(r, 10));
  }
  return redis;
}

/** A connection on the test Redis under `prefix`, ready for commands. */
export async function openRedis(prefix: string, logger: Logger = createLogger('error', () => {})) {
  return whenReady(connectRedis({ url: TEST_REDIS_URL, prefix, logger }));
}

/** A URL where nothing listens: Redis "down" for outage tests. */
export async function closedRedisUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `redis://127.0.0.1:${port}`;
}

/** Every key under the prefix. */
export async function keysUnder(redis: SharedRedis, prefix = redis.prefix): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
    keys.push(...batch);
  return keys;
}

/** SCAN + DEL on the prefix. */
export async function cleanUp(redis: SharedRedis, prefix = redis.prefix): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  if (keys.length > 0) await redis.client.del(keys);
}
