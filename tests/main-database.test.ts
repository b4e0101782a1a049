/**
 * `npm start` with DATABASE_URL: PostgreSQL unreachable at start is one clear line (no password)
 * and exit 1; reachable, the schema is migrated before Parley says it is ready.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SPAWN_TIMEOUT_MS } from './cli/run-parley.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack-api.ts';
import { adminQuery, createSchema, dropSchema, TEST_DATABASE_URL } from './helpers/postgres.ts';

/** A port nothing listens on: bound, read, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function start(fake: FakeSlackApi, databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PARLEY_ENGINE: 'local',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: 'test-secret',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

describe('npm start with DATABASE_URL', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });
  afterAll(async () => fake?.close());

  it(
    'exits 1 with a clear message, and never the password, when PostgreSQL cannot be reached',
    async () => {
      const port = await closedPort();
      const app = start(fake, `postgres://parley:pa55-secret@127.0.0.1:${port}/parley`);
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toContain(
        `PostgreSQL at postgres://parley@127.0.0.1:${port}/parley could not be reached (ECONNREFUSED)`,
      );
      expect(app.stderr()).not.toContain('pa55-secret');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'migrates the database before it is ready, and stops cleanly',
    async () => {
      const schema = await createSchema();
      try {
        const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        const app = start(fake, url);
        await new Promise<void>((resolve, reject) => {
          const timer = setInterval(() => {
            if (app.stderr().includes('"msg":"parley ready"')) {
              clearInterval(timer);
              resolve();
            }
          }, 20);
          app.child.on('exit', () => {
            clearInterval(timer);
            reject(new Error(`parley exited before it was ready:\n${app.stderr()}`));
          });
        });
        const { rows } = await adminQuery(`SELECT MAX(version) AS v FROM ${schema}.schema_version`);
        expect(rows[0].v).toBeGreaterThanOrEqual(1);
        app.child.kill('SIGTERM');
        expect(await app.exited).toBe(0);
      } finally {
        await dropSchema(schema);
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});
