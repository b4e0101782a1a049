import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../../../../src/coach/schemas.ts';
import { checkDraft, unescapeSlack } from '../../../../src/slack/listeners/support/draft.ts';

describe('checkDraft', () => {
  it('accepts a draft and turns Slack entities back into characters', () => {
    expect(checkDraft('  Tom &amp; Jerry &lt;3  ')).toEqual({ ok: true, draft: 'Tom & Jerry <3' });
  });

  it('calls blank text empty', () => {
    expect(checkDraft('   \n ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkDraft(undefined)).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses text over the limit, with its length', () => {
    expect(checkDraft('x'.repeat(MAX_DRAFT_CHARS))).toMatchObject({ ok: true });
    expect(checkDraft('x'.repeat(MAX_DRAFT_CHARS + 1))).toEqual({
      ok: false,
      reason: 'too-long',
      length: MAX_DRAFT_CHARS + 1,
    });
  });

  it('unescapes &amp; last so "&amp;lt;" stays literal', () => {
    expect(unescapeSlack('&amp;lt;')).toBe('&lt;');
  });
});
