import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_CONTEXT,
  ACTION_DRAFT,
  ACTION_GOAL,
  BLOCK_CONTEXT,
  BLOCK_DRAFT,
  BLOCK_GOAL,
  BLOCK_REVIEW_ACTIONS,
  VIEW_COACH_DRAFT,
} from '../../src/slack/ids.ts';
import { postInteraction, viewSubmissionPayload } from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

const form = (draft: string, context?: string, goal?: string) => ({
  [BLOCK_DRAFT]: { [ACTION_DRAFT]: { type: 'plain_text_input', value: draft } },
  [BLOCK_CONTEXT]: {
    [ACTION_CONTEXT]: { type: 'static_select', selected_option: context ? { value: context } : null },
  },
  [BLOCK_GOAL]: { [ACTION_GOAL]: { type: 'plain_text_input', value: goal ?? null } },
});

describe('the draft modal over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('closes the modal and sends the review as a DM from Parley', async () => {
    const res = await postInteraction(
      h.target,
      viewSubmissionPayload({
        user: 'U0MODAL',
        callback_id: VIEW_COACH_DRAFT,
        values: form('Per my last email, the invoice is overdue. Pay it today.', 'client', 'get paid'),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const open = await h.fake.waitFor('conversations.open');
    expect(open.args.users).toBe('U0MODAL');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0MODAL');
    expect(typeof post.args.text).toBe('string');
    expect(blocksOf(post.args).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });

  it('keeps the modal open with a field error when the draft is empty', async () => {
    const res = await postInteraction(
      h.target,
      viewSubmissionPayload({ callback_id: VIEW_COACH_DRAFT, values: form('   ') }),
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([BLOCK_DRAFT]);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('keeps the modal open with a field error when the draft is too long', async () => {
    const res = await postInteraction(
      h.target,
      viewSubmissionPayload({ callback_id: VIEW_COACH_DRAFT, values: form('x'.repeat(9000)) }),
    );
    const body = JSON.parse(res.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[BLOCK_DRAFT]).toMatch(/8,000/);
  });
});
