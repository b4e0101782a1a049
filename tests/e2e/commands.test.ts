import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../../src/coach/schemas.ts';
import {
  ACTION_EDIT_RECHECK,
  ACTION_PRACTICE_START,
  BLOCK_PLAN_ACTIONS,
  BLOCK_REVIEW_ACTIONS,
  VIEW_COACH_DRAFT,
} from '../../src/slack/ids.ts';
import { buildBreakUsage } from '../../src/slack/views/breaks.ts';
import { DRAFT_INSTEAD } from '../../src/slack/views/did-you-mean.ts';
import { buildTooLong, buildUsage, THINKING_TEXT } from '../../src/slack/views/messages.ts';
import { buildWatchUsage } from '../../src/slack/views/watch.ts';
import { postSlashCommand } from '../helpers/slack-requests.ts';
import { blocksOf, findElement, type Harness, startHarness } from './harness.ts';

const HEATED = 'You ALWAYS miss deadlines and I am sick of covering for you!!!';

describe('/coach over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('acks at once with an empty body and sends the review privately to the response_url', async () => {
    const res = await postSlashCommand(h.target, {
      text: HEATED,
      response_url: h.fake.responseUrl('review'),
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const { body } = await h.fake.waitForResponse('review');
    expect(body.response_type).toBe('ephemeral');
    expect(typeof body.text).toBe('string');
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(JSON.stringify(body.blocks)).toContain('ALWAYS');
    expect(findElement(body, ACTION_EDIT_RECHECK)).toBeDefined();
  });

  it('answers /coach help with the usage help', async () => {
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('help') });
    const { body } = await h.fake.waitForResponse('help');
    expect(body.text).toBe(buildUsage().text);
    expect(body.response_type).toBe('ephemeral');
  });

  it('treats a draft that starts with a capitalised "Help" as a draft, not the help subcommand', async () => {
    await postSlashCommand(h.target, {
      text: 'Help me understand why you never answer my emails',
      response_url: h.fake.responseUrl('help-draft'),
    });
    const { body } = await h.fake.waitForResponse('help-draft');
    expect(body.text).not.toBe(buildUsage().text);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });

  it('answers /coach Help, in any case, with the usage help rather than a review', async () => {
    await postSlashCommand(h.target, { text: 'Help', response_url: h.fake.responseUrl('Help') });
    const { body } = await h.fake.waitForResponse('Help');
    expect(body.text).toBe(buildUsage().text);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(false);
  });

  it.each([
    ['settings', "Did you mean your preferences? They are on Parley's Home tab."],
    ['SETTINGS', "Did you mean your preferences? They are on Parley's Home tab."],
    ['setings', "Did you mean your preferences? They are on Parley's Home tab."],
    ['wach', 'Did you mean /coach watch?'],
    ['brake', 'Did you mean /coach break?'],
    ['prepp', 'Did you mean /coach prep?'],
    ['wach on', 'Did you mean /coach watch on?'],
  ])('answers /coach %s with "did you mean" and the help, never a review', async (text, start) => {
    const id = `dym-${text.replace(/\s+/g, '-')}`;
    await postSlashCommand(h.target, { text, response_url: h.fake.responseUrl(id) });
    const { body } = await h.fake.waitForResponse(id);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe(`${start} ${buildUsage().text}`);
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain(JSON.stringify(buildUsage().blocks[1]).slice(1, -1));
    expect(blocks).toContain(JSON.stringify(DRAFT_INSTEAD).slice(1, -1));
    expect(blocks).not.toContain('Good to send');
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(false);
  });

  it.each([
    ['watch maybe', buildWatchUsage("I didn't understand that.").text],
    ['break soon', buildBreakUsage("I couldn't read that length, try 10m, 45m, 1h or 1h30m.").text],
  ])("answers /coach %s with that subcommand's usage", async (text, usage) => {
    const id = `usage-${text.replace(/\s+/g, '-')}`;
    await postSlashCommand(h.target, { text, response_url: h.fake.responseUrl(id) });
    const { body } = await h.fake.waitForResponse(id);
    expect(body.text).toBe(usage);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(false);
  });

  it.each(['Fine.', 'Whatever', 'No'])('still reviews the one-word draft "%s"', async (text) => {
    const id = `word-${text.replace(/\W/g, '')}`;
    await postSlashCommand(h.target, { text, response_url: h.fake.responseUrl(id) });
    const { body } = await h.fake.waitForResponse(id);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(body.text).toMatch(/^Parley review: /);
  });

  it('gives a calm review a notification text that reads like a sentence', async () => {
    await postSlashCommand(h.target, {
      text: 'Thanks for the update, could we go over the numbers on Friday?',
      response_url: h.fake.responseUrl('calm'),
    });
    const { body } = await h.fake.waitForResponse('calm');
    expect(body.text).toBe('Parley review: Calm. Nothing here looks likely to hurt.');
  });

  it('answers /coach prep <situation> with a plan and a practice button', async () => {
    await postSlashCommand(h.target, {
      text: 'prep a client wants another 30% discount on the renewal',
      response_url: h.fake.responseUrl('prep'),
    });
    const { body } = await h.fake.waitForResponse('prep');
    expect(body.response_type).toBe('ephemeral');
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_PLAN_ACTIONS)).toBe(true);
    expect(findElement(body, ACTION_PRACTICE_START)).toBeDefined();
  });

  it('answers /coach prep with no situation with the usage help', async () => {
    await postSlashCommand(h.target, { text: 'prep', response_url: h.fake.responseUrl('prep-empty') });
    const { body } = await h.fake.waitForResponse('prep-empty');
    expect(body.text).toBe(buildUsage().text);
  });

  it('opens the draft modal with the trigger_id when /coach has no text', async () => {
    await postSlashCommand(h.target, {
      text: '   ',
      trigger_id: 'trigger-empty',
      response_url: h.fake.responseUrl('empty'),
    });
    const call = await h.fake.waitFor('views.open');
    expect(call.args.trigger_id).toBe('trigger-empty');
    expect((call.args.view as { callback_id: string }).callback_id).toBe(VIEW_COACH_DRAFT);
    expect(h.fake.responsesTo('empty')).toHaveLength(0);
  });

  it('refuses a draft over the limit with the too-long message', async () => {
    const long = 'a'.repeat(MAX_DRAFT_CHARS + 1);
    await postSlashCommand(h.target, { text: long, response_url: h.fake.responseUrl('long') });
    const { body } = await h.fake.waitForResponse('long');
    expect(body.text).toBe(buildTooLong(MAX_DRAFT_CHARS, long.length).text);
  });

  it('prefills the modal with the saved default context', async () => {
    await h.store.setPreferences('U0CTX', { context: 'client' });
    await postSlashCommand(h.target, { text: '', user_id: 'U0CTX', response_url: h.fake.responseUrl('ctx') });
    const call = await h.fake.waitFor('views.open');
    expect(JSON.stringify(call.args.view)).toContain('"initial_option"');
  });
});

describe('/coach with a slow coach', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      thinkingAfterMs: 1,
      // The review waits until the "thinking…" note has reached Slack: slow by construction, not by clock.
      coach: (local) => ({
        ...local,
        review: async (draft, options) => {
          await h.fake.waitForResponse('slow');
          return local.review(draft, options);
        },
      }),
    });
  });
  afterAll(async () => h?.close());

  it('shows "thinking…" first, then replaces it with the review', async () => {
    await postSlashCommand(h.target, { text: HEATED, response_url: h.fake.responseUrl('slow') });
    const final = await h.fake.waitForResponse('slow', { count: 2 });
    const [thinking] = h.fake.responsesTo('slow');
    expect(thinking!.body.text).toBe(THINKING_TEXT.review);
    expect(thinking!.body.replace_original).toBe(false);
    expect(final.body.replace_original).toBe(true);
    expect(blocksOf(final.body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });
});
