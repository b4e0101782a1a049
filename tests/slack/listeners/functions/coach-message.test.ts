import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { readRecipient, stepOutputs } from '../../../../src/slack/listeners/functions/coach-message.ts';

const engine = new LocalEngine();

describe('the "Coach a message" step', () => {
  it('reads the recipient in any case, blank as none, and refuses kinds Parley does not know', () => {
    expect(readRecipient(' Client ')).toEqual({ ok: true, context: 'client' });
    expect(readRecipient('')).toEqual({ ok: true, context: null });
    expect(readRecipient(undefined)).toEqual({ ok: true, context: null });
    expect(readRecipient('customer')).toEqual({ ok: false });
  });

  it('outputs the risk, the first rewrite and the first cue of a tense draft', () => {
    const draft = 'You ALWAYS miss deadlines and I am sick of covering for you.';
    const review = engine.review(draft);
    expect(stepOutputs(review, draft)).toEqual({
      risk_level: review.risk.level,
      best_rewrite: review.rewrites[0]!.text,
      top_cue: review.cues[0] ?? review.flags[0]!.why,
    });
  });

  it('keeps a calm draft as its own best rewrite, with a cue that says it reads calm', () => {
    const draft = 'Thanks for the update, see you on Thursday.';
    const outputs = stepOutputs({ ...engine.review(draft), rewrites: [], cues: [], flags: [] }, draft);
    expect(outputs.best_rewrite).toBe(draft);
    expect(outputs.top_cue.length).toBeGreaterThan(0);
  });
});
