import { describe, expect, it } from 'vitest';
import { CONTEXTS, MAX_DRAFT_CHARS } from '../../../src/coach/schemas.ts';
import {
  ACTION_CONTEXT,
  ACTION_DRAFT,
  ACTION_GOAL,
  BLOCK_CONTEXT,
  BLOCK_DRAFT,
  BLOCK_GOAL,
  VIEW_COACH_DRAFT,
} from '../../../src/slack/ids.ts';
import { buildCoachModal } from '../../../src/slack/views/modal.ts';

type Input = { block_id: string; optional?: boolean; element: Record<string, unknown> };

function inputs(view: ReturnType<typeof buildCoachModal>): Map<string, Input> {
  return new Map(
    (view.blocks as unknown as Input[]).filter((b) => 'element' in b).map((b) => [b.block_id, b]),
  );
}

describe('buildCoachModal', () => {
  it('is the "Coach a draft" form with a draft, who it is for, and an optional goal', () => {
    const view = buildCoachModal();
    expect(view.callback_id).toBe(VIEW_COACH_DRAFT);
    expect(view.title.text).toBe('Coach a draft');
    expect(view.submit?.text).toBe('Review');
    const byId = inputs(view);
    expect(byId.get(BLOCK_DRAFT)?.element).toMatchObject({
      type: 'plain_text_input',
      action_id: ACTION_DRAFT,
      multiline: true,
      max_length: MAX_DRAFT_CHARS,
    });
    expect(byId.get(BLOCK_DRAFT)?.optional).toBeFalsy();
    const select = byId.get(BLOCK_CONTEXT)!;
    expect(select.optional).toBe(true);
    expect(select.element.action_id).toBe(ACTION_CONTEXT);
    expect((select.element.options as { value: string }[]).map((o) => o.value)).toEqual([...CONTEXTS]);
    expect(byId.get(BLOCK_GOAL)).toMatchObject({ optional: true, element: { action_id: ACTION_GOAL } });
  });

  it('keeps the title, submit and close labels within 24 characters', () => {
    const view = buildCoachModal();
    for (const label of [view.title, view.submit, view.close])
      expect(label!.text.length).toBeLessThanOrEqual(24);
  });

  it('prefills the draft, context and goal when given', () => {
    const view = buildCoachModal({ draft: 'Per my last email…', context: 'client', goal: 'Get paid' });
    const byId = inputs(view);
    expect(byId.get(BLOCK_DRAFT)?.element.initial_value).toBe('Per my last email…');
    expect(byId.get(BLOCK_CONTEXT)?.element.initial_option).toMatchObject({ value: 'client' });
    expect(byId.get(BLOCK_GOAL)?.element.initial_value).toBe('Get paid');
  });

  it('never prefills more than the input accepts', () => {
    const view = buildCoachModal({ draft: 'x'.repeat(MAX_DRAFT_CHARS + 500) });
    expect(String(inputs(view).get(BLOCK_DRAFT)?.element.initial_value).length).toBeLessThanOrEqual(
      MAX_DRAFT_CHARS,
    );
  });

  it('carries private metadata up to 3,000 characters and refuses more', () => {
    expect(buildCoachModal({ privateMetadata: 'm'.repeat(3000) }).private_metadata).toHaveLength(3000);
    expect(() => buildCoachModal({ privateMetadata: 'm'.repeat(3001) })).toThrow(RangeError);
  });

  it('does not put the draft anywhere but the input', () => {
    const view = buildCoachModal({ draft: 'secret draft words', privateMetadata: '{"c":"C1"}' });
    expect(JSON.stringify(view).split('secret draft words').length - 1).toBe(1);
  });
});
