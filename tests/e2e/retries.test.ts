import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TONE_SHORTER } from '../../src/slack/ids.ts';
import {
  blockActionsPayload,
  buttonAction,
  eventEnvelope,
  interactionBody,
  nextTriggerId,
  postInteraction,
  postSigned,
  postSlashCommand,
  retryHeaders,
  slashCommandBody,
} from '../helpers/slack-requests.ts';
import { elementValue, type Harness, startHarness } from './harness.ts';

const DM = 'D0ALICE';
const ALICE = 'U0ALICE';
const FORM = 'application/x-www-form-urlencoded';
const now = () => Math.floor(Date.now() / 1000);

/** Opens when told to: holds the first preparation so a retry arrives while it is still running. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('Slack redeliveries over HTTP', () => {
  let h: Harness;
  let prepares = 0;
  let hold: ReturnType<typeof gate> | undefined;

  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        prepare: async (situation, options) => {
          prepares += 1;
          await hold?.opened;
          return local.prepare(situation, options);
        },
      }),
    });
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    h.fake.clearCalls();
    prepares = 0;
    hold = undefined;
  });

  /** A DM as Slack delivers it: stored first, then the event (the raw body is what retries repeat). */
  function dmEvent(text: string): { raw: string; ts: string } {
    const stored = h.fake.addMessage(DM, { user: ALICE, text });
    const envelope = eventEnvelope({
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: ALICE,
      text,
      ts: stored.ts,
      event_ts: stored.ts,
    });
    return { raw: JSON.stringify(envelope), ts: stored.ts };
  }

  /** A later, unrelated DM whose plan shows everything sent before it has been handled. */
  async function barrier(): Promise<void> {
    const { raw, ts } = dmEvent('The vendor missed the second deadline this month');
    expect((await postSigned(h.target, raw, 'application/json')).status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
  }

  const plansIn = (threadTs: string) =>
    h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

  it('plans once for a DM event and its three retries, and acks every retry with 200', async () => {
    const { raw, ts } = dmEvent('A client wants another 30% off the renewal');
    const sent = now();
    expect((await postSigned(h.target, raw, 'application/json', { timestamp: sent })).status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
    for (const retry of [1, 2, 3]) {
      // Each retry is signed afresh (its own timestamp), so only the event_id says it is the same event.
      const res = await postSigned(h.target, raw, 'application/json', {
        timestamp: sent - retry,
        headers: retryHeaders(retry),
      });
      expect(res.status).toBe(200);
    }
    await barrier();
    expect(plansIn(ts)).toHaveLength(1);
    // Each retry passed the signature checks and was stopped by its event_id, logged by kind only.
    const repeats = h.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'slack delivery repeated');
    expect(repeats.map((l) => [l.level, l.kind, l.retry])).toEqual([
      ['debug', 'event', 1],
      ['debug', 'event', 2],
      ['debug', 'event', 3],
    ]);
  });

  it('does not run a retry whose first copy is still being handled', async () => {
    hold = gate();
    const { raw, ts } = dmEvent('My manager moved my project to another team without asking');
    const sent = now();
    expect((await postSigned(h.target, raw, 'application/json', { timestamp: sent })).status).toBe(200);
    const retry = await postSigned(h.target, raw, 'application/json', {
      timestamp: sent - 1,
      headers: retryHeaders(1),
    });
    expect(retry.status).toBe(200);
    hold.open();
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
    await barrier();
    expect(plansIn(ts)).toHaveLength(1);
    // The held situation and the barrier's: the retry never reached the coach.
    expect(prepares).toBe(2);
  });

  it('answers a retried slash command once', async () => {
    const raw = slashCommandBody({ text: 'help', response_url: h.fake.responseUrl('help-once') });
    const sent = now();
    expect((await postSigned(h.target, raw, FORM, { timestamp: sent })).status).toBe(200);
    await h.fake.waitForResponse('help-once');
    const retry = await postSigned(h.target, raw, FORM, { timestamp: sent - 1, headers: retryHeaders(1) });
    expect(retry.status).toBe(200);
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('help-barrier') });
    await h.fake.waitForResponse('help-barrier');
    expect(h.fake.responsesTo('help-once')).toHaveLength(1);
  });

  it('handles a retried button click once, and a second click on the same button again', async () => {
    await postSlashCommand(h.target, {
      text: 'You never send the report on time. Fix it NOW.',
      response_url: h.fake.responseUrl('review'),
    });
    const review = (await h.fake.waitForResponse('review')).body;
    const click = () =>
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_SHORTER, elementValue(review, ACTION_TONE_SHORTER)),
        response_url: h.fake.responseUrl('shorter'),
        trigger_id: nextTriggerId(),
      });

    const first = interactionBody(click());
    const sent = now();
    expect((await postSigned(h.target, first, FORM, { timestamp: sent })).status).toBe(200);
    await h.fake.waitForResponse('shorter');
    const retry = await postSigned(h.target, first, FORM, { timestamp: sent - 1, headers: retryHeaders(1) });
    expect(retry.status).toBe(200);

    // The user clicks again: Slack gives the new click its own trigger_id, so it is handled.
    expect((await postInteraction(h.target, click())).status).toBe(200);
    await h.fake.waitForResponse('shorter', { count: 2 });
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('click-barrier') });
    await h.fake.waitForResponse('click-barrier');
    expect(h.fake.responsesTo('shorter')).toHaveLength(2);
  });
});
