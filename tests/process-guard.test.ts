import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { faultHandler, guardProcess } from '../src/process-guard.ts';
import { ROOT, SPAWN_TIMEOUT_MS } from './cli/run-parley.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack-api.ts';
import { FAULT_MESSAGE } from './fakes/throw-on-signal.ts';

const SECRET = 'lynx-jade-draft-in-an-error';

function recorder() {
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { lines, logger, parsed };
}

describe('the process guard', () => {
  it('logs an uncaught exception by kind, stops the app, then exits 1', async () => {
    const { lines, logger, parsed } = recorder();
    const steps: string[] = [];
    const handle = faultHandler({
      logger,
      stop: async () => {
        steps.push('stop');
      },
      exit: (code) => steps.push(`exit ${code}`),
    });
    await handle('uncaught exception', new TypeError(SECRET));
    expect(steps).toEqual(['stop', 'exit 1']);
    expect(parsed()[0]).toMatchObject({ level: 'error', msg: 'uncaught exception', kind: 'TypeError' });
    expect(lines.join('')).not.toContain(SECRET);
  });

  it('still exits 1 when stopping fails or hangs', async () => {
    const { logger, parsed } = recorder();
    const codes: number[] = [];
    await faultHandler({
      logger,
      stop: async () => {
        throw new Error(SECRET);
      },
      exit: (code) => codes.push(code),
    })('uncaught exception', new Error('x'));
    await faultHandler({
      logger,
      stop: () => new Promise(() => {}),
      exit: (code) => codes.push(code),
      stopWithinMs: 10,
    })('uncaught exception', new Error('x'));
    expect(codes).toEqual([1, 1]);
    expect(parsed().map((l) => l.msg)).toContain('shutdown took too long');
    expect(JSON.stringify(parsed())).not.toContain(SECRET);
  });

  it('treats an unhandled rejection the same way, and shuts down only once', async () => {
    const { logger, parsed } = recorder();
    const target = new EventEmitter();
    let stops = 0;
    const codes: number[] = [];
    let exited!: () => void;
    const done = new Promise<void>((resolve) => {
      exited = resolve;
    });
    guardProcess(
      {
        logger,
        stop: async () => {
          stops += 1;
        },
        exit: (code) => {
          codes.push(code);
          exited();
        },
      },
      target,
    );
    target.emit('unhandledRejection', new RangeError(SECRET));
    target.emit('uncaughtException', 'a string');
    await done;
    expect(stops).toBe(1);
    expect(codes).toEqual([1]);
    expect(parsed().filter((l) => l.level === 'error')).toEqual([
      expect.objectContaining({ msg: 'unhandled rejection', kind: 'RangeError' }),
      expect.objectContaining({ msg: 'uncaught exception', kind: 'string' }),
    ]);
    expect(JSON.stringify(parsed())).not.toContain(SECRET);
  });
});

describe('the Slack app process after an uncaught exception', () => {
  let fake: FakeSlackApi;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
    dir = mkdtempSync(join(tmpdir(), 'parley-fault-'));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'logs the kind without the message, stops and exits 1',
    async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--import', './tests/fakes/throw-on-signal.ts', 'src/main.ts'],
        {
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
            DATABASE_PATH: join(dir, 'parley.db'),
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          if (stderr.includes('"msg":"parley ready"')) resolve();
        });
        child.on('exit', () => reject(new Error(`parley exited before it was ready:\n${stderr}`)));
      });
      child.kill('SIGUSR2');
      expect(await exited).toBe(1);
      const lines = stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 'error', msg: 'uncaught exception', kind: 'PlantedFault' }),
      );
      expect(lines.at(-1)).toMatchObject({ msg: 'parley stopped after a fault; exiting for a restart' });
      expect(stderr).not.toContain(FAULT_MESSAGE);
    },
    SPAWN_TIMEOUT_MS,
  );
});
