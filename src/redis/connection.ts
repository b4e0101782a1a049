/**
 * The Redis connection the shared state uses (node-redis 5). Built in main.ts when REDIS_URL is
 * set. It is made to fail fast rather than wait: commands are refused while disconnected (no
 * offline queue) and time out after a second, so an outage costs a request nothing but a missing
 * reminder or an expired button, never a slow ack. The client reconnects on its own, with backoff.
 * Every key starts with the prefix (`parley:` unless told otherwise), so tests and several apps
 * can share one server.
 */
import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import type { Logger } from '../log.ts';
import { OutageLog } from './outage.ts';

export type RedisClient = ReturnType<typeof createClient>;

export const DEFAULT_KEY_PREFIX = 'parley:';
/** A healthy Redis answers in well under a millisecond; a second means it is not healthy. */
export const COMMAND_TIMEOUT_MS = 1_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface SharedRedisOptions {
  url: string;
  logger: Logger;
  prefix?: string;
  commandTimeoutMs?: number;
  clock?: () => number;
}

export interface SharedRedis {
  readonly client: RedisClient;
  readonly prefix: string;
  /** `prefix` + parts joined by ":". */
  key(...parts: string[]): string;
  /** Runs a command; a failure is reported to the outage log and rethrown. */
  run<T>(command: (client: RedisClient) => Promise<T>): Promise<T>;
  /** Runs a Lua script by its SHA1, loading it on the first NOSCRIPT. */
  script(source: string, keys: string[], args: string[]): Promise<unknown>;
  /** For /readyz: connected and answering PING. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** Refused before sending: the client is not connected (MULTI would otherwise wait for a reconnect). */
export class RedisUnavailableError extends Error {
  constructor() {
    super('Redis is not connected');
    this.name = 'RedisUnavailableError';
  }
}

export function connectRedis(options: SharedRedisOptions): SharedRedis {
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  const timeout = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
  const outage = new OutageLog(options.logger, 'redis', options.clock);
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout },
    socket: {
      connectTimeout: timeout,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  // Without a listener an 'error' event would throw; with it, reconnects are logged once a minute.
  let lastError: unknown;
  client.on('error', (error: unknown) => {
    lastError = error;
    outage.down(error);
  });
  client.on('ready', () => outage.up());
  // Not awaited: Parley starts (and acks Slack) while Redis is still unreachable.
  client.connect().catch((error: unknown) => outage.down(error));

  const run = async <T>(command: (c: RedisClient) => Promise<T>): Promise<T> => {
    if (!client.isReady) {
      outage.down(lastError ?? new RedisUnavailableError());
      throw new RedisUnavailableError();
    }
    try {
      const result = await command(client);
      outage.up();
      return result;
    } catch (error) {
      outage.down(error);
      throw error;
    }
  };
  const shas = new Map<string, string>();

  return {
    client,
    prefix,
    key: (...parts) => `${prefix}${parts.join(':')}`,
    run,
    script(source, keys, args) {
      let sha = shas.get(source);
      if (!sha) {
        sha = createHash('sha1').update(source).digest('hex');
        shas.set(source, sha);
      }
      const digest = sha;
      return run(async (c) => {
        try {
          return await c.evalSha(digest, { keys, arguments: args });
        } catch (error) {
          if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
          return await c.eval(source, { keys, arguments: args });
        }
      });
    },
    async ready() {
      if (!client.isReady) return false;
      try {
        return (await run((c) => c.ping())) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      if (client.isReady) await client.close();
      else client.destroy();
    },
  };
}
