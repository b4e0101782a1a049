/**
 * A review or reading the engine could not check (a language the offline coach does not read)
 * says so plainly and never shows a verdict, "Good to send" or a technique to try.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_EDIT_RECHECK, ACTION_TRY_TECHNIQUE } from '../../../src/slack/ids.ts';
import { buildReading } from '../../../src/slack/views/reading.ts';
import { buildReview } from '../../../src/slack/views/review.ts';
import { flag, ofType, reading, review, STATE_ID, strings, TECHNIQUES } from './fixtures.ts';

const opts = { stateId: STATE_ID, techniques: TECHNIQUES };

const unchecked = review({
  language: 'de',
  checked: false,
  risk: { level: 'calm', score: 0.1 },
  flags: [],
  rewrites: [],
  cues: ['The offline coach only checks shouting and punctuation in this language.'],
});

function actionIds(blocks: unknown[]): string[] {
  return ofType(blocks, 'actions').flatMap((a) =>
    (a.elements as { action_id: string }[]).map((e) => e.action_id),
  );
}

describe('buildReview for an unchecked review', () => {
  it("says it can't check the language instead of a calm verdict", () => {
    const msg = buildReview(unchecked, opts);
    const all = strings(msg.blocks).join('\n');
    expect(all).toContain("I can't check this language offline.");
    expect(all).not.toContain('Calm');
    expect(all).not.toContain('Good to send');
    expect(all).not.toContain('Nothing here looks likely to hurt.');
    expect(msg.text).toBe(
      "Parley couldn't check this draft: the offline coach reads English and Polish only.",
    );
  });

  it('suggests the AI coach when the offline coach answered with no model behind it', () => {
    const all = strings(buildReview(unchecked, opts).blocks).join('\n');
    expect(all).toContain('The AI coach can check other languages');
  });

  it('does not suggest the AI coach when it is on but stood back this time', () => {
    const all = strings(buildReview(unchecked, { ...opts, notice: 'fallback' }).blocks).join('\n');
    expect(all).not.toContain('The AI coach can check other languages');
    expect(all).toContain('The AI coach was unavailable');
  });

  it('offers only Edit & recheck: no technique to try and no tone buttons', () => {
    expect(actionIds(buildReview(unchecked, opts).blocks)).toEqual([ACTION_EDIT_RECHECK]);
  });

  it('still shows what it could see (shouting) under the same plain warning', () => {
    const msg = buildReview(
      { ...unchecked, risk: { level: 'tense', score: 0.5 }, flags: [flag('SOFORT', { kind: 'shouting' })] },
      opts,
    );
    const all = strings(msg.blocks).join('\n');
    expect(all).toContain("I can't check this language offline.");
    expect(all).toContain('“SOFORT”');
    expect(all).not.toContain('Tense');
  });

  it('shows a checked review exactly as before', () => {
    const all = strings(buildReview(review(), opts).blocks).join('\n');
    expect(all).toContain('*Tense*');
    expect(all).not.toContain("can't check");
  });
});

describe('buildReading for an unchecked reading', () => {
  const empty = reading({
    engine: 'local',
    checked: false,
    risk: { level: 'calm', score: 0.1 },
    flags: [],
    intent: '',
    impact: '',
    needs: [],
    replies: [],
    cues: ["The offline coach can't read this language, so it offers no reading or replies."],
  });

  it('says it cannot read the message, with no verdict, no reading and no replies to retry', () => {
    const msg = buildReading(empty, opts);
    const all = strings(msg.blocks).join('\n');
    expect(all).toContain("I can't check this language offline.");
    expect(all).not.toContain('Calm');
    expect(all).not.toContain('What they may mean');
    expect(actionIds(msg.blocks)).not.toContain(ACTION_TRY_TECHNIQUE);
    expect(msg.text).toBe(
      "Parley couldn't read this message: the offline coach reads English and Polish only.",
    );
  });

  it('speaks Polish when the reply language is Polish', () => {
    const msg = buildReading({ ...empty, language: 'pl' }, opts);
    expect(strings(msg.blocks).join('\n')).toContain('Nie umiem sprawdzić tego języka offline.');
  });
});

describe('the notification text of a review', () => {
  it('reads like a sentence for a calm draft, with no zero counts', () => {
    const msg = buildReview(review({ risk: { level: 'calm', score: 0.05 }, flags: [], rewrites: [] }), opts);
    expect(msg.text).toBe('Parley review: Calm. Nothing here looks likely to hurt.');
    expect(msg.text).not.toMatch(/\b0\b/);
  });

  it('names only the counts that are not zero', () => {
    expect(buildReview(review({ flags: [] }), opts).text).toBe('Parley review: Tense. 2 rewrites to try.');
    expect(buildReview(review({ rewrites: [] }), opts).text).toBe('Parley review: Tense. 1 phrase may hurt.');
    expect(buildReview(review({ flags: [], rewrites: [] }), opts).text).toBe(
      'Parley review: Tense. Some phrases may land harder than you mean.',
    );
  });

  it('reads like a sentence in Polish too', () => {
    const calm = review({ language: 'pl', risk: { level: 'calm', score: 0.05 }, flags: [], rewrites: [] });
    expect(buildReview(calm, opts).text).toBe('Parley: Spokojnie. Nic tu nie wygląda na raniące.');
    expect(buildReview(review({ language: 'pl' }), opts).text).toBe(
      'Parley: Napięcie. Zwroty do poprawy: 1; propozycje: 2.',
    );
  });
});
