import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { MemoryEventLedger } from '../../src/slack/dedupe.ts';
import { guardSlackRequests, REQUEST_WINDOW_S, SIGNATURE_TTL_MS } from '../../src/slack/request-guard.ts';
import {
  postSigned,
  type SlackTarget,
  slashCommandBody,
  TEST_SIGNING_SECRET,
} from '../helpers/slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const START_S = 1_800_000_000;

/** The guard in front of a stand-in for Bolt that only counts what reached it, on a clock the test moves. */
describe('guardSlackRequests over HTTP, on an injected clock', () => {
  let server: Server;
  let target: SlackTarget;
  let nowMs = START_S * 1000;
  const passed: string[] = [];

  beforeAll(async () => {
    const clock = () => nowMs;
    const listener = guardSlackRequests(
      (req, res) => {
        passed.push(req.url ?? '');
        res.writeHead(200);
        res.end('passed');
      },
      {
        signingSecret: TEST_SIGNING_SECRET,
        path: '/slack/events',
        signatures: new MemoryEventLedger({ ttlMs: SIGNATURE_TTL_MS, maxEntries: 100, clock }),
        logger: silentLogger,
        clock,
      },
    );
    server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    target = { url: `http://127.0.0.1:${port}/slack/events`, secret: TEST_SIGNING_SECRET };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const command = (text: string) => slashCommandBody({ text, response_url: 'https://hooks.slack.invalid/x' });

  it('accepts a timestamp up to 5 minutes either side of the clock and refuses one beyond', async () => {
    nowMs = START_S * 1000;
    for (const offset of [-REQUEST_WINDOW_S, REQUEST_WINDOW_S]) {
      expect(
        (await postSigned(target, command(`in ${offset}`), FORM, { timestamp: START_S + offset })).status,
      ).toBe(200);
    }
    for (const offset of [-REQUEST_WINDOW_S - 1, REQUEST_WINDOW_S + 1, 600]) {
      expect(
        (await postSigned(target, command(`out ${offset}`), FORM, { timestamp: START_S + offset })).status,
      ).toBe(401);
    }
  });

  it('refuses a missing or non-numeric timestamp and a signature of another version', async () => {
    const raw = command('headers');
    const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': FORM }, body: raw });
    expect(res.status).toBe(401);
    const odd = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-slack-request-timestamp': 'soon', 'x-slack-signature': 'v0=00' },
      body: raw,
    });
    expect(odd.status).toBe(401);
    expect((await postSigned(target, raw, FORM, { timestamp: START_S, signature: 'v1=abc' })).status).toBe(
      401,
    );
  });

  it('runs a signature once while its timestamp can pass, then the window itself refuses it', async () => {
    nowMs = START_S * 1000;
    const raw = command('once');
    const before = passed.length;
    const first = await postSigned(target, raw, FORM, { timestamp: START_S });
    expect([first.status, first.body]).toEqual([200, 'passed']);
    nowMs += (REQUEST_WINDOW_S - 1) * 1000;
    const copy = await postSigned(target, raw, FORM, { timestamp: START_S });
    expect([copy.status, copy.body]).toEqual([200, '']);
    nowMs += 2 * 1000;
    expect((await postSigned(target, raw, FORM, { timestamp: START_S })).status).toBe(401);
    expect(passed.length - before).toBe(1);
  });

  it('answers an unsigned SSL check itself and passes other paths straight through', async () => {
    const ssl = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'ssl_check=1&token=x',
    });
    expect([ssl.status, await ssl.text()]).toEqual([200, '']);
    const health = await fetch(target.url.replace('/slack/events', '/healthz'));
    expect(await health.text()).toBe('passed');
  });

  it('screens the events path however its URL is spelled', async () => {
    // Sent as is (fetch would normalise it); Bolt routes it to the events endpoint all the same.
    const { port } = server.address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'post',
          path: '/slack/x/../events?x=1',
          headers: { 'content-type': FORM },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(command('sneaky'));
    });
    expect(status).toBe(401);
  });
});
