/**
 * The CLI lets people try the model engine without Slack: with OPENAI_* set it goes through
 * createCoach. Here the "model" is a local server that always fails, so the offline coach stands in.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Review } from '../../src/coach/schemas.ts';
import { runInProcess } from './run-parley.ts';

let server: Server;
let requests = 0;
let env: Record<string, string>;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'down for maintenance' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  env = {
    PARLEY_ENGINE: 'openai',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_TIMEOUT_MS: '5000',
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('parley review with the model engine configured', { timeout: 60_000 }, () => {
  it('asks the model, then says quietly that the offline coach answered', async () => {
    const result = await runInProcess(['review', 'You never listen to anyone.'], { env });
    expect(requests).toBeGreaterThan(0);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the offline coach answered');
  });

  it('keeps --json output pure and puts the note on stderr', async () => {
    const result = await runInProcess(['review', '--json', 'You never listen to anyone.'], { env });
    expect(result.code).toBe(0);
    expect(Review.parse(JSON.parse(result.stdout)).engine).toBe('local');
    expect(result.stderr).toContain('the offline coach answered');
  });
});
