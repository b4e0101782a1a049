/**
 * A schema of its own on the development/CI PostgreSQL server (127.0.0.1:5432, trust auth,
 * database `test`) for one test file: its pool's search_path points there, so tables created
 * unqualified land in it, and drop() removes it with everything inside. Unreachable server: a
 * clear error, never a silent skip.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  name: string;
  /** A pool whose connections use this schema. */
  pool: pg.Pool;
  /** Another pool on the same schema (a second instance). */
  newPool(): pg.Pool;
  drop(): Promise<void>;
}

export async function createTestSchema(prefix: string): Promise<TestSchema> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(error as Error).message}). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  try {
    await admin.query(`CREATE SCHEMA ${name}`);
  } finally {
    await admin.end();
  }
  const pools: pg.Pool[] = [];
  const newPool = () => {
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path=${name}`,
      max: 4,
    });
    pools.push(pool);
    return pool;
  };
  return {
    name,
    pool: newPool(),
    newPool,
    async drop() {
      await Promise.all(pools.map((p) => p.end().catch(() => {})));
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
