/**
 * Short first, details on request (issue 11, item 1), over real HTTP: a review opens with the
 * verdict, the phrases that matter most and the best rewrite within its budget; *Show all rewrites
 * and why* expands it in place and *Show less* folds it back, through response_url for an
 * ephemeral reply and chat.update for a posted DM; tone buttons reshape every rewrite shown.
 * Mentions in rewrites read as names, while the coach keeps the real mention.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Rewrite } from '../../src/coach/schemas.ts';
import {
  ACTION_SHOW_ALL,
  ACTION_SHOW_LESS,
  ACTION_TONE_WARMER,
  BLOCK_REVIEW_ACTIONS,
  SHORTCUT_COACH_MESSAGE,
} from '../../src/slack/ids.ts';
import { REVIEW_LABELS } from '../../src/slack/views/review.ts';
import { visibleLength, visibleText } from '../../src/slack/views/visible-text.ts';
import { BUDGETS } from '../helpers/budget.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, findElement, type Harness, startHarness } from './harness.ts';

type Json = Record<string, unknown>;

const LONG_DRAFT = [
  'You never send the report on time. You always have an excuse, and I am sick of it.',
  'As I already explained twice, this is NOT acceptable. Fix it NOW or I will tell your boss.',
  'Whatever you think you are doing, it is not working. You never listen and you always make the team look bad.',
  'Per my last email, the numbers were wrong again. This is ridiculous. Do your job.',
].join('\n\n');

const MENTION_DRAFT = '<@U0999|bob> you never send the report on time. Fix it NOW.';

/** "*1. Contrasting*" headings of the rewrites a message shows. */
const rewriteCount = (body: Json) => (visibleText(blocksOf(body)).match(/^\d\. /gm) ?? []).length;

describe('short reviews over HTTP', () => {
  let h: Harness;
  const retoned: { draft: string; rewrite: Rewrite }[] = [];
  const reviewed: string[] = [];

  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        review: async (draft, options) => {
          reviewed.push(draft);
          return local.review(draft, options);
        },
        retone: async (draft, rewrite, tone, options) => {
          retoned.push({ draft, rewrite });
          return local.retone(draft, rewrite, tone, options);
        },
      }),
    });
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    h.fake.clearCalls();
    retoned.length = 0;
    reviewed.length = 0;
  });

  it('opens a long review with the verdict, at most two phrases and the best rewrite, within budget', async () => {
    await postSlashCommand(h.target, { text: LONG_DRAFT, response_url: h.fake.responseUrl('long') });
    const { body } = await h.fake.waitForResponse('long');
    const text = visibleText(blocksOf(body));
    expect(visibleLength(blocksOf(body))).toBeLessThanOrEqual(BUDGETS.review);
    expect(text).toContain(REVIEW_LABELS.en.risk.heated);
    expect(text).toContain(REVIEW_LABELS.en.best);
    expect((text.match(/^“/gm) ?? []).length).toBeLessThanOrEqual(2);
    expect(rewriteCount(body)).toBe(1);
    expect(findElement(body, ACTION_SHOW_ALL)).toBeDefined();
  });

  it('expands an ephemeral review in place and folds it back', async () => {
    await postSlashCommand(h.target, { text: LONG_DRAFT, response_url: h.fake.responseUrl('fold') });
    const short = (await h.fake.waitForResponse('fold')).body;

    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_SHOW_ALL, elementValue(short, ACTION_SHOW_ALL), BLOCK_REVIEW_ACTIONS),
        response_url: h.fake.responseUrl('all'),
      }),
    );
    const full = (await h.fake.waitForResponse('all')).body;
    expect(full.replace_original).toBe(true);
    expect(rewriteCount(full)).toBeGreaterThan(1);
    expect(visibleText(blocksOf(full))).toContain(REVIEW_LABELS.en.cues);
    expect(findElement(full, ACTION_SHOW_LESS)).toBeDefined();
    expect(reviewed).toHaveLength(1); // expanding asks the coach nothing

    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_SHOW_LESS, elementValue(full, ACTION_SHOW_LESS), BLOCK_REVIEW_ACTIONS),
        response_url: h.fake.responseUrl('less'),
      }),
    );
    const folded = (await h.fake.waitForResponse('less')).body;
    expect(folded.replace_original).toBe(true);
    expect(blocksOf(folded)).toEqual(blocksOf(short));
  });

  it('reshapes every rewrite shown with a tone button and keeps the full view', async () => {
    await postSlashCommand(h.target, { text: LONG_DRAFT, response_url: h.fake.responseUrl('t0') });
    const short = (await h.fake.waitForResponse('t0')).body;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_SHOW_ALL, elementValue(short, ACTION_SHOW_ALL)),
        response_url: h.fake.responseUrl('t1'),
      }),
    );
    const full = (await h.fake.waitForResponse('t1')).body;
    const shown = rewriteCount(full);
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_WARMER, elementValue(full, ACTION_TONE_WARMER)),
        response_url: h.fake.responseUrl('t2'),
      }),
    );
    const warmer = (await h.fake.waitForResponse('t2')).body;
    expect(warmer.replace_original).toBe(true);
    expect(retoned).toHaveLength(shown);
    expect(new Set(retoned.map((r) => r.rewrite.technique)).size).toBe(shown);
    expect(rewriteCount(warmer)).toBe(shown);
    expect(visibleText(blocksOf(warmer))).toContain(REVIEW_LABELS.en.warmer);
    expect(findElement(warmer, ACTION_SHOW_LESS)).toBeDefined();
  });

  it('expands a review posted in the DM with chat.update, not a new message', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0ALICE', text: LONG_DRAFT },
        response_url: h.fake.responseUrl('dm-note'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    const ts = h.fake.messages('DU0ALICE').at(-1)!.ts;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_SHOW_ALL, elementValue(post.args, ACTION_SHOW_ALL)),
        channel: 'DU0ALICE',
        message: { ts },
        container: { type: 'message', is_ephemeral: false },
        response_url: h.fake.responseUrl('dm-all'),
      }),
    );
    const update = await h.fake.waitFor('chat.update');
    expect(update.args).toMatchObject({ channel: 'DU0ALICE', ts });
    expect(findElement(update.args, ACTION_SHOW_LESS)).toBeDefined();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.fake.responsesTo('dm-all')).toHaveLength(0);
  });

  it('shows a mention in a rewrite by name, and keeps the real mention for the coach', async () => {
    await postSlashCommand(h.target, { text: MENTION_DRAFT, response_url: h.fake.responseUrl('mention') });
    const { body } = await h.fake.waitForResponse('mention');
    const shown = JSON.stringify(blocksOf(body));
    expect(shown).not.toContain('U0999|bob');
    expect(shown).not.toContain('&lt;@');
    expect(visibleText(blocksOf(body))).toContain('@bob');
    expect(reviewed[0]).toContain('<@U0999|bob>');

    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_WARMER, elementValue(body, ACTION_TONE_WARMER)),
        response_url: h.fake.responseUrl('mention-warmer'),
      }),
    );
    await h.fake.waitForResponse('mention-warmer');
    expect(retoned[0]!.draft).toContain('<@U0999|bob>');
  });
});

describe('mentions of the user in their own /coach draft', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it("read as the user's name from the command payload", async () => {
    await postSlashCommand(h.target, {
      text: '<@U0ALICE> note to self: you never send the report on time. Fix it NOW.',
      response_url: h.fake.responseUrl('self'),
    });
    const { body } = await h.fake.waitForResponse('self');
    const text = visibleText(blocksOf(body));
    expect(text).not.toContain('U0ALICE');
    expect(text).toContain('@alice');
  });
});

describe('Show all when it cannot be shown', () => {
  let h: Harness;
  let review: Json;
  beforeAll(async () => {
    h = await startHarness();
    await postSlashCommand(h.target, { text: LONG_DRAFT, response_url: h.fake.responseUrl('base') });
    review = (await h.fake.waitForResponse('base')).body;
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('says the review expired for an unknown state or another user, without replacing anything', async () => {
    for (const [user, value, id] of [
      ['U0ALICE', 'no-such-state', 'gone'],
      ['U0MALLORY', elementValue(review, ACTION_SHOW_ALL), 'mallory'],
    ] as const) {
      await postInteraction(
        h.target,
        blockActionsPayload({
          user,
          action: buttonAction(ACTION_SHOW_ALL, value),
          response_url: h.fake.responseUrl(id),
        }),
      );
      const { body } = await h.fake.waitForResponse(id);
      expect(String(body.text)).toMatch(/expired/i);
      expect(body.replace_original).toBe(false);
    }
  });

  it('replaces a posted review through response_url when chat.update is refused', async () => {
    h.fake.failNext('chat.update', 'cant_update_message');
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_SHOW_ALL, elementValue(review, ACTION_SHOW_ALL)),
        channel: 'DU0ALICE',
        message: { ts: '1700000000.000901' },
        container: { type: 'message', is_ephemeral: false },
        response_url: h.fake.responseUrl('refused'),
      }),
    );
    const { body } = await h.fake.waitForResponse('refused');
    expect(body.replace_original).toBe(true);
    expect(findElement(body, ACTION_SHOW_LESS)).toBeDefined();
    expect(h.logs.join('\n')).toContain('cant_update_message');
  });
});
