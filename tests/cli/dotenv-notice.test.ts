/**
 * When a `.env` file in the current folder turns the model on, `parley` says on stderr where the
 * draft goes (the host only). Run as a real process in a temp folder, against the fake OpenAI
 * server, which fails so the offline coach answers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelNotice } from '../../src/cli/model-notice.ts';
import { loadConfig } from '../../src/config.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.ts';
import { ROOT, type RunResult, SPAWN_TIMEOUT_MS } from './run-parley.ts';

const KEY = 'sk-dotenv-key-that-must-not-print';

/** `parley` in `cwd`, with none of the parent's engine settings. */
function runIn(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    NO_COLOR: '1',
    LOG_LEVEL: 'error',
    ...extraEnv,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/parley.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

describe('parley with engine settings from .env', () => {
  let openai: FakeOpenAI;
  let dir: string;
  let host: string;
  beforeAll(async () => {
    openai = await startFakeOpenAI({ status: 500 });
    host = new URL(openai.url).host;
    dir = mkdtempSync(join(tmpdir(), 'parley-dotenv-'));
    writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\nOPENAI_BASE_URL=${openai.url}\n`);
  });
  afterAll(async () => {
    await openai?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'says which host the draft goes to, and nothing of the key or path',
    async () => {
      const result = await runIn(dir, ['review', 'You never listen to anyone.']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`Parley: using the model at ${host} (from .env)\n`);
      expect(result.stderr).not.toContain(KEY);
      expect(result.stderr).not.toContain('/v1');
      expect(result.stdout).not.toContain(KEY);
      expect(openai.requests.length).toBeGreaterThan(0);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'says nothing when the environment itself chose the model',
    async () => {
      const empty = mkdtempSync(join(tmpdir(), 'parley-no-dotenv-'));
      try {
        const result = await runIn(empty, ['review', 'You never listen to anyone.'], {
          OPENAI_API_KEY: KEY,
          OPENAI_BASE_URL: openai.url,
        });
        expect(result.code).toBe(0);
        expect(result.stderr).not.toContain('using the model');
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('modelNotice', () => {
  const DEFAULT = 'https://api.openai.com/v1';
  const withFile = (env: Record<string, string>) => ({ ...loadConfig(env), fromDotenv: Object.keys(env) });

  it('names only the host of the endpoint', () => {
    const config = withFile({
      OPENAI_API_KEY: KEY,
      OPENAI_BASE_URL: 'https://user:pw@llm.example.com:8443/v1/x',
    });
    expect(modelNotice(config, DEFAULT)).toBe('Parley: using the model at llm.example.com:8443 (from .env)');
  });

  it("names OpenAI's host when no base URL is set", () => {
    expect(modelNotice(withFile({ OPENAI_API_KEY: KEY }), DEFAULT)).toBe(
      'Parley: using the model at api.openai.com (from .env)',
    );
  });

  it('is silent for the offline coach, and when .env held only unrelated settings', () => {
    expect(modelNotice(withFile({ LOG_LEVEL: 'warn' }), DEFAULT)).toBeNull();
    expect(
      modelNotice({ ...loadConfig({ OPENAI_API_KEY: KEY }), fromDotenv: ['LOG_LEVEL'] }, DEFAULT),
    ).toBeNull();
  });
});
