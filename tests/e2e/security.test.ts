import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUsage } from '../../src/slack/views/messages.ts';
import { postEvent, postSlashCommand } from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

describe('request checks over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('answers GET /healthz with 200 and the mode', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, mode: 'http' });
  });

  it('rejects a bad signature and a stale timestamp with 401 and runs no handler', async () => {
    const bad = await postSlashCommand(
      h.target,
      { text: 'help', response_url: h.fake.responseUrl('bad') },
      { signature: `v0=${'0'.repeat(64)}` },
    );
    expect(bad.status).toBe(401);
    const stale = await postSlashCommand(
      h.target,
      { text: 'help', response_url: h.fake.responseUrl('stale') },
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(stale.status).toBe(401);
    const event = await postEvent(
      h.target,
      { type: 'app_home_opened', user: 'U0X', channel: 'DU0X', tab: 'home' },
      { signature: 'v0=nope' },
    );
    expect(event.status).toBe(401);

    // A correctly signed request afterwards is the barrier: it is handled, the rejected ones never were.
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('good') });
    expect((await h.fake.waitForResponse('good')).body.text).toBe(buildUsage().text);
    expect(h.fake.responsesTo('bad')).toHaveLength(0);
    expect(h.fake.responsesTo('stale')).toHaveLength(0);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });
});
