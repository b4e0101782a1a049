import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_EDIT_RECHECK,
  ACTION_TONE_SHORTER,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  BLOCK_DRAFT,
  BLOCK_REVIEW_ACTIONS,
  VIEW_COACH_DRAFT,
} from '../../src/slack/ids.ts';
import { REVIEW_LABELS } from '../../src/slack/views/review.ts';
import {
  blockActionsPayload,
  buttonAction,
  postInteraction,
  postSlashCommand,
  selectAction,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, optionValues, startHarness } from './harness.ts';

const DRAFT = 'You never send the report on time. Fix it NOW or I will tell your boss.';

describe('review buttons over HTTP', () => {
  let h: Harness;
  let review: Record<string, unknown>;

  beforeAll(async () => {
    h = await startHarness();
    await postSlashCommand(h.target, { text: DRAFT, response_url: h.fake.responseUrl('first') });
    review = (await h.fake.waitForResponse('first')).body;
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('offers every technique in "Try another technique"', () => {
    const values = optionValues(review, ACTION_TRY_TECHNIQUE);
    expect(values.map((v) => v.split(':')[1])).toContain('contrasting');
  });

  it('redoes the review with the chosen technique and replaces the original', async () => {
    const value = optionValues(review, ACTION_TRY_TECHNIQUE).find((v) => v.endsWith(':apology'))!;
    const res = await postInteraction(
      h.target,
      blockActionsPayload({
        action: selectAction(ACTION_TRY_TECHNIQUE, value, BLOCK_REVIEW_ACTIONS),
        response_url: h.fake.responseUrl('technique'),
      }),
    );
    expect(res.status).toBe(200);
    const { body } = await h.fake.waitForResponse('technique');
    expect(body.replace_original).toBe(true);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });

  it('makes the best rewrite shorter and says so in the title', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_SHORTER, elementValue(review, ACTION_TONE_SHORTER)),
        response_url: h.fake.responseUrl('shorter'),
      }),
    );
    const { body } = await h.fake.waitForResponse('shorter');
    expect(body.replace_original).toBe(true);
    expect(JSON.stringify(blocksOf(body)[0])).toContain(REVIEW_LABELS.en.shorter);
  });

  it('opens the draft form prefilled for "Edit & recheck"', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(review, ACTION_EDIT_RECHECK)),
        response_url: h.fake.responseUrl('edit'),
        trigger_id: 'trigger-edit',
      }),
    );
    const call = await h.fake.waitFor('views.open');
    expect(call.args.trigger_id).toBe('trigger-edit');
    const view = call.args.view as {
      callback_id: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe(VIEW_COACH_DRAFT);
    expect(view.blocks.find((b) => b.block_id === BLOCK_DRAFT)?.element.initial_value).toBe(DRAFT);
  });

  it('answers a button on an expired review kindly instead of failing', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_WARMER, 'no-such-state'),
        response_url: h.fake.responseUrl('expired'),
      }),
    );
    const { body } = await h.fake.waitForResponse('expired');
    expect(String(body.text)).toMatch(/expired/i);
    expect(body.replace_original).toBe(false);
  });

  it("never lets another user use someone else's review state", async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0MALLORY',
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(review, ACTION_EDIT_RECHECK)),
        response_url: h.fake.responseUrl('mallory'),
      }),
    );
    const { body } = await h.fake.waitForResponse('mallory');
    expect(String(body.text)).toMatch(/expired/i);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
  });
});
