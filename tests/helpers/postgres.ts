/**
 * The real PostgreSQL server for store tests (127.0.0.1:5432, trust auth, database `test`; CI
 * starts it in .ci/run). Each store gets its own schema, dropped when it closes, so parallel test
 * files and reruns never see each other's rows. No server is a failure with a clear message,
 * never a silent skip.
 */
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { silentLogger } from '../../src/log.ts';
import { PostgresStore, type PostgresStoreOptions } from '../../src/store/postgres.ts';
import type { TeamStore } from '../../src/store/store.ts';

export const TEST_DATABASE_URL =
  process.env.PARLEY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Run one statement on its own connection; a missing server fails the test with how to start it. */
export async function adminQuery(sql: string, url = TEST_DATABASE_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(
      `PostgreSQL is not reachable at ${url} (${(error as { code?: string }).code ?? 'error'}). ` +
        'The tests need PostgreSQL 15+ on 127.0.0.1:5432 with trust auth and a database "test"; ' +
        'start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      { cause: error },
    );
  }
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty schema (parley_test_<random>); drop it with dropSchema. */
export async function createSchema(): Promise<string> {
  const schema = `parley_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  return schema;
}

export async function dropSchema(schema: string): Promise<void> {
  await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

/** A PostgresStore in a schema of its own; closing it also drops the schema. */
export async function openTestStore(options: Partial<PostgresStoreOptions> = {}): Promise<TeamStore> {
  const schema = options.schema ?? (await createSchema());
  const store = await PostgresStore.open({
    url: TEST_DATABASE_URL,
    logger: silentLogger,
    schema,
    ...options,
  });
  return withClose(store, async () => {
    await store.close();
    await dropSchema(schema);
  });
}

/** The same store with another close(): methods still run on the store itself (private fields). */
export function withClose(store: TeamStore, close: () => Promise<void>): TeamStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'close') return close;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A TCP relay to the real server that the test can take down and bring back on the same port. */
export async function startRelay(): Promise<{ port: number; down(): Promise<void>; up(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(5432, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    port,
    down: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    up: listen,
  };
}

/** TEST_DATABASE_URL, but through the relay's port. */
export const urlThrough = (port: number) => TEST_DATABASE_URL.replace(/@[^/]+\//, `@127.0.0.1:${port}/`);
