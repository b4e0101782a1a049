import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUsage } from '../../src/slack/views/messages.ts';
import {
  blockActionsPayload,
  buttonAction,
  interactionBody,
  postEvent,
  postSigned,
  postSlashCommand,
  signedHeaders,
  slashCommandBody,
} from '../helpers/slack-requests.ts';
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

  it('rejects a timestamp more than 5 minutes in the future with 401, and accepts one 4 minutes ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await postSlashCommand(
      h.target,
      { text: 'help', response_url: h.fake.responseUrl('future') },
      { timestamp: now + 600 },
    );
    expect(future.status).toBe(401);
    const ahead = await postSlashCommand(
      h.target,
      { text: 'help', response_url: h.fake.responseUrl('ahead') },
      { timestamp: now + 4 * 60 },
    );
    expect(ahead.status).toBe(200);
    await h.fake.waitForResponse('ahead');
    expect(h.fake.responsesTo('future')).toHaveLength(0);
  });

  it('runs a signed request once when the same bytes arrive three times, and answers the copies 200', async () => {
    const raw = slashCommandBody({ text: 'help', response_url: h.fake.responseUrl('replayed') });
    const headers = signedHeaders(h.target.secret, raw, 'application/x-www-form-urlencoded');
    const send = () => fetch(h.target.url, { method: 'POST', headers, body: raw });
    const answers = [await send(), await send(), await send()];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await answers[2]!.text()).toBe('');
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('after-replay') });
    await h.fake.waitForResponse('after-replay');
    expect(h.fake.responsesTo('replayed')).toHaveLength(1);
    // Stopped at the signature, before any payload key was looked at; logged by kind only.
    const replays = h.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'slack request replayed');
    expect(replays).toEqual([
      expect.objectContaining({ level: 'debug', kind: 'command' }),
      expect.objectContaining({ level: 'debug', kind: 'command' }),
    ]);
  });

  describe('signed bodies that are not Slack payloads', () => {
    const FORM = 'application/x-www-form-urlencoded';
    const withoutUser = () => {
      const { user: _drop, ...payload } = blockActionsPayload({ action: buttonAction('anything', 'x') });
      return payload;
    };
    const cases: [string, string, string][] = [
      ['JSON null', 'null', 'application/json'],
      ['form payload=null', 'payload=null', FORM],
      ['an empty JSON body', '', 'application/json'],
      ['block_actions without a user', interactionBody(withoutUser()), FORM],
      ['a JSON array', '[]', 'application/json'],
      [
        'an event that is null',
        JSON.stringify({ type: 'event_callback', event_id: 'Ev0', event: null }),
        'application/json',
      ],
      ['broken JSON', '{"type":', 'application/json'],
      ['an object of no known kind', '{"hello":"world"}', 'application/json'],
    ];

    it.each(cases)(
      'answers %s with 400, an empty body and no unhandled rejection',
      async (_name, raw, type) => {
        const rejections: unknown[] = [];
        const onRejection = (reason: unknown) => rejections.push(reason);
        process.on('unhandledRejection', onRejection);
        try {
          const res = await postSigned(h.target, raw, type);
          expect(res.status).toBe(400);
          expect(res.body).toBe('');
          // A correctly formed request afterwards: the app is still answering, and nothing leaked meanwhile.
          await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl(`ok-${_name}`) });
          await h.fake.waitForResponse(`ok-${_name}`);
          expect(rejections).toEqual([]);
        } finally {
          process.off('unhandledRejection', onRejection);
        }
      },
    );
  });
});
