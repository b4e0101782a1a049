/**
 * Slack refusing a reply (a 500 from chat.postMessage or from response_url): the client retries a
 * bounded number of times, then the reply goes once by another route with a short note, and no
 * log line carries the draft. Assertions count the fake's calls; none measures time.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_RETRY_POLICY } from '../../src/slack/fetch.ts';
import { ACTION_DRAFT, BLOCK_DRAFT, BLOCK_REVIEW_ACTIONS, VIEW_COACH_DRAFT } from '../../src/slack/ids.ts';
import { DELIVERY_NOTE_TEXT, THINKING_TEXT } from '../../src/slack/views/messages.ts';
import { postInteraction, postSlashCommand, viewSubmissionPayload } from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

const SECRET = 'You ALWAYS ignore my zebra-quartz-confidential notes!!!';
const ATTEMPTS = 1 + (SLACK_RETRY_POLICY.retries ?? 0);

const hasNote = (body: Record<string, unknown>) =>
  JSON.stringify(blocksOf(body)[0]).includes(DELIVERY_NOTE_TEXT);
const isReview = (body: Record<string, unknown>) =>
  blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS);

describe('replies Slack refuses, over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('sends a modal review as an ephemeral message in the DM when chat.postMessage keeps answering 500', async () => {
    h.fake.failHttp('chat.postMessage', 500, ATTEMPTS);
    await postInteraction(
      h.target,
      viewSubmissionPayload({
        user: 'U0OUTAGE',
        callback_id: VIEW_COACH_DRAFT,
        values: { [BLOCK_DRAFT]: { [ACTION_DRAFT]: { type: 'plain_text_input', value: SECRET } } },
      }),
    );
    const ephemeral = await h.fake.waitFor('chat.postEphemeral', undefined, { timeoutMs: 15_000 });
    expect(ephemeral.args).toMatchObject({ channel: 'DU0OUTAGE', user: 'U0OUTAGE' });
    expect(isReview(ephemeral.args)).toBe(true);
    expect(hasNote(ephemeral.args)).toBe(true);
    // Bounded: the first try and the policy's retries, then the other route; never more.
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(ATTEMPTS);
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg?.startsWith('slack DM refused'));
    expect(line).toMatchObject({ level: 'warn', user: 'U0OUTAGE', surface: 'view.coach_draft' });
    expect(h.logs.join('')).not.toContain('zebra-quartz');
  });

  it('sends a /coach review by DM when response_url answers 500', async () => {
    h.fake.failResponse('broken', 500);
    await postSlashCommand(h.target, {
      text: SECRET,
      user_id: 'U0NOURL',
      channel_id: 'C0ROOM',
      response_url: h.fake.responseUrl('broken'),
    });
    const dm = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0NOURL');
    expect(isReview(dm.args)).toBe(true);
    expect(hasNote(dm.args)).toBe(true);
    expect(h.fake.responsesTo('broken')).toHaveLength(1);
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg?.startsWith('slack reply refused'));
    expect(line).toMatchObject({ level: 'warn', user: 'U0NOURL', channel: 'C0ROOM', surface: 'command' });
    expect(h.logs.join('')).not.toContain('zebra-quartz');
  });

  it('sends /coach help by DM when its response_url is gone', async () => {
    h.fake.failResponse('expired', 404);
    await postSlashCommand(h.target, {
      text: 'help',
      user_id: 'U0EXPIRED',
      response_url: h.fake.responseUrl('expired'),
    });
    const dm = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0EXPIRED');
    expect(String(dm.args.text)).toMatch(/How to use Parley/);
  });

  it('still answers on response_url when it works', async () => {
    await postSlashCommand(h.target, { text: SECRET, response_url: h.fake.responseUrl('fine') });
    expect(isReview((await h.fake.waitForResponse('fine')).body)).toBe(true);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('a refused "thinking…" note', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      thinkingAfterMs: 1,
      // The review waits until the "thinking…" post has reached the fake: slow by construction.
      coach: (local) => ({
        ...local,
        review: async (draft, options) => {
          await h.fake.waitForResponse('flaky');
          return local.review(draft, options);
        },
      }),
    });
  });
  afterAll(async () => h?.close());

  it('is skipped quietly, and the review still arrives on response_url, not by DM', async () => {
    h.fake.failResponse('flaky', 500);
    await postSlashCommand(h.target, { text: SECRET, response_url: h.fake.responseUrl('flaky') });
    const final = await h.fake.waitForResponse('flaky', { count: 2 });
    expect(h.fake.responsesTo('flaky')[0]!.body.text).toBe(THINKING_TEXT.review);
    expect(isReview(final.body)).toBe(true);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
