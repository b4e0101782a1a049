/**
 * What a fleet shares, made fresh for one run: a PostgreSQL schema of its own (search_path in
 * DATABASE_URL) and a Redis database index of its own (main.ts has no key-prefix setting, so
 * the run takes an empty numbered database, redis://127.0.0.1:6379/<n>, and flushes it after).
 */
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { createSchema, dropSchema, TEST_DATABASE_URL } from '../helpers/postgres.ts';
import { requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';

/** Database 0 is where the other Redis tests keep their prefixes; a run takes one of 1–15. */
const FIRST_DB = 1;
const LAST_DB = 15;

export interface FleetServices {
  databaseUrl: string;
  redisUrl: string;
  schema: string;
  /** Drops the schema and flushes the Redis database. */
  close(): Promise<void>;
}

type Client = ReturnType<typeof createClient>;

/** A Redis database index that holds no key now (random start, so parallel runs rarely meet). */
async function emptyDatabase(client: Client): Promise<number> {
  const span = LAST_DB - FIRST_DB + 1;
  const start = randomBytes(1)[0]! % span;
  for (let i = 0; i < span; i += 1) {
    const db = FIRST_DB + ((start + i) % span);
    await client.select(db);
    if ((await client.dbSize()) === 0) return db;
  }
  throw new Error(`no empty Redis database among ${FIRST_DB}–${LAST_DB} at ${TEST_REDIS_URL}`);
}

export async function openFleetServices(): Promise<FleetServices> {
  await requireRedis();
  const client: Client = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => {});
  await client.connect();
  const db = await emptyDatabase(client);
  const schema = await createSchema();
  return {
    databaseUrl: `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    redisUrl: `${TEST_REDIS_URL}/${db}`,
    schema,
    async close() {
      try {
        await client.flushDb();
        await client.close();
      } finally {
        await dropSchema(schema);
      }
    },
  };
}

/** The Redis server's calls per command (INFO commandstats), for the benchmark's round trips. */
export async function redisCommandCalls(): Promise<number> {
  const client: Client = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => {});
  await client.connect();
  try {
    const info = await client.info('commandstats');
    let calls = 0;
    for (const match of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) calls += Number(match[1]);
    return calls;
  } finally {
    await client.close();
  }
}

/** A fresh encryption key for one run (never a fixed one in the repository). */
export const runKey = () => randomBytes(32).toString('base64');
