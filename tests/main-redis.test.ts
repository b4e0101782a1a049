/**
 * `src/main.ts` with REDIS_URL: the real process builds the Redis client, reports it on /readyz,
 * starts even when Redis is down (and says so there), and closes it on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SPAWN_TIMEOUT_MS } from './cli/run-parley.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack-api.ts';
import { closedRedisUrl, requireRedis, TEST_REDIS_URL } from './helpers/redis.ts';

describe('npm start with REDIS_URL', () => {
  let fake: FakeSlackApi;
  let dir: string;
  beforeAll(async () => {
    await requireRedis();
    fake = await startFakeSlackApi();
    dir = mkdtempSync(join(tmpdir(), 'parley-redis-'));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts main.ts; resolves with its port once it logged "parley ready". */
  async function start(redisUrl: string) {
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
        DATABASE_PATH: join(dir, `${randomBytes(4).toString('hex')}.db`),
        REDIS_URL: redisUrl,
        PARLEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = () =>
      stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    await new Promise<void>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (stderr.includes('"msg":"parley ready"')) resolve();
      });
      child.on('exit', () => reject(new Error(`parley exited before it was ready:\n${stderr}`)));
    });
    const port = lines().find((l) => l.msg === 'parley started')?.port as number;
    return { child, exited, lines, url: `http://127.0.0.1:${port}` };
  }

  it(
    'shares state through Redis, is ready, and closes the connection on SIGTERM',
    async () => {
      const app = await start(TEST_REDIS_URL);
      expect(app.lines().find((l) => l.msg === 'parley ready')).toMatchObject({ sharedState: 'redis' });
      await expect.poll(async () => (await fetch(`${app.url}/readyz`)).status, { timeout: 10_000 }).toBe(200);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(app.lines().some((l) => l.msg === 'shutdown step failed')).toBe(false);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'starts while Redis is down, and /readyz says Redis is what is missing',
    async () => {
      const app = await start(await closedRedisUrl());
      const res = await fetch(`${app.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        ok: false,
        down: ['redis'],
        checks: { database: 'up', redis: 'down' },
      });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    },
    SPAWN_TIMEOUT_MS,
  );
});
