import { describe, expect, it } from 'vitest';
import {
  ACTION_EDIT_RECHECK,
  ACTION_SHOW_ALL,
  ACTION_TONE_DIRECT,
  ACTION_TONE_SHORTER,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  parseTechniqueValue,
} from '../../../src/slack/ids.ts';
import { MAX_MESSAGE_BLOCKS, MAX_MESSAGE_TEXT, MAX_SECTION_TEXT } from '../../../src/slack/views/escape.ts';
import { blockTextLength } from '../../../src/slack/views/limits.ts';
import { buildReview } from '../../../src/slack/views/review.ts';
import {
  expectNoRawControl,
  flag,
  hostileReview,
  interactiveValues,
  ofType,
  review,
  STATE_ID,
  sectionTexts,
  strings,
  TECHNIQUES,
} from './fixtures.ts';

const opts = { stateId: STATE_ID, techniques: TECHNIQUES };
/** The full review ("Show all rewrites and why"). */
const full = { ...opts, expanded: true };

function actionIds(blocks: unknown[]): string[] {
  return ofType(blocks, 'actions').flatMap((a) =>
    (a.elements as { action_id: string }[]).map((e) => e.action_id),
  );
}

describe('buildReview', () => {
  it('shows the risk word, each flagged phrase, each rewrite with its technique name, and the cues', () => {
    const msg = buildReview(review(), full);
    const text = sectionTexts(msg.blocks).join('\n');
    expect(text).toContain('*Tense*');
    expect(text).toContain('“You always”');
    expect(text).toContain('Absolutes invite a counter-example.');
    expect(text).toContain('This time');
    expect(text).toContain('*1. Contrasting*');
    expect(text).toContain('*2. Shared purpose*');
    expect(text).toContain('I do not want this to sound like blame.');
    expect(text).toContain('Ask how it looks from their side.');
  });

  it('returns a plain-text fallback that summarises without quoting the draft', () => {
    const msg = buildReview(review(), opts);
    expect(msg.text).toBe('Parley review: Tense. 1 phrase may hurt; 2 rewrites to try.');
  });

  it('shows mentions and links in every text field as plain names, never as tokens', () => {
    for (const o of [opts, full]) {
      const msg = buildReview(hostileReview(), o);
      expect(expectNoRawControl(msg).escapedSeen).toBe(true);
    }
    // Flag text, why and suggestion; rewrite why and text; the cue.
    const shown = strings(buildReview(hostileReview(), full).blocks).join('\n');
    expect(
      shown.split('Hey @channel @here @everyone @U123 see y &amp; more').length - 1,
    ).toBeGreaterThanOrEqual(6);
  });

  it('marks user text verbatim so Slack does not auto-link it', () => {
    const msg = buildReview(hostileReview(), opts);
    for (const t of ofType(msg.blocks, 'mrkdwn')) expect(t.verbatim).toBe(true);
  });

  it('offers another technique and tone buttons whose values carry only the state id', () => {
    const draftish = 'I do not want this to sound like blame.';
    const msg = buildReview(review(), opts);
    expect(actionIds(msg.blocks)).toEqual([
      ACTION_SHOW_ALL,
      ACTION_TRY_TECHNIQUE,
      ACTION_TONE_SHORTER,
      ACTION_TONE_WARMER,
      ACTION_TONE_DIRECT,
      ACTION_EDIT_RECHECK,
    ]);
    const values = interactiveValues(msg.blocks);
    for (const v of values) {
      expect(v.length).toBeLessThanOrEqual(2000);
      expect(v).not.toContain(draftish);
      expect(v.startsWith(STATE_ID)).toBe(true);
    }
    const select = ofType(msg.blocks, 'static_select')[0]!;
    const options = select.options as { value: string; text: { text: string } }[];
    expect(options.map((o) => parseTechniqueValue(o.value))).toEqual(
      TECHNIQUES.map((t) => ({ stateId: STATE_ID, technique: t.id })),
    );
    expect(options.map((o) => o.text.text)).toEqual(TECHNIQUES.map((t) => t.name));
  });

  it('keeps "Edit & recheck" but drops tone buttons when there is no rewrite to reshape', () => {
    const msg = buildReview(review({ risk: { level: 'calm', score: 0.05 }, flags: [], rewrites: [] }), opts);
    expect(actionIds(msg.blocks)).toEqual([ACTION_SHOW_ALL, ACTION_TRY_TECHNIQUE, ACTION_EDIT_RECHECK]);
    expect(sectionTexts(msg.blocks).join('\n')).toContain('Nothing here looks likely to hurt.');
  });

  it('splits a 20,000-character rewrite into sections Slack accepts', () => {
    const long = 'We need to talk about the schedule and how we got here. '.repeat(360);
    expect(long.length).toBeGreaterThan(20_000);
    const msg = buildReview(
      review({ rewrites: [{ technique: 'contrasting', text: long, why: 'Long.' }] }),
      full,
    );
    for (const t of sectionTexts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(msg.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
    expect(blockTextLength(msg.blocks)).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    expect(msg.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(msg.blocks)).toContain('shortened to fit Slack');
  });

  it('fits a review with very many flags and rewrites into one message', () => {
    const flags = Array.from({ length: 40 }, (_, i) =>
      flag(`phrase ${i} `.repeat(50), { why: 'why '.repeat(200) }),
    );
    const rewrites = Array.from({ length: 10 }, () => ({
      technique: 'apology',
      text: 'x '.repeat(4000),
      why: 'y',
    }));
    const msg = buildReview(review({ flags, rewrites, cues: Array(30).fill('cue '.repeat(300)) }), opts);
    expect(msg.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
    expect(blockTextLength(msg.blocks)).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    for (const t of sectionTexts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  });

  it('says which coach answered and adds a quiet note for notices', () => {
    const local = JSON.stringify(buildReview(review(), opts).blocks);
    expect(local).toContain('Offline coach');
    const ai = JSON.stringify(buildReview(review({ engine: 'openai' }), { ...opts, notice: null }).blocks);
    expect(ai).toContain('AI coach');
    expect(ai).not.toContain('offline coach answered');
    const fallback = JSON.stringify(buildReview(review(), { ...opts, notice: 'fallback' }).blocks);
    expect(fallback).toContain('The AI coach was unavailable');
    const limited = JSON.stringify(buildReview(review(), { ...opts, notice: 'rate-limited' }).blocks);
    expect(limited).toContain('AI coach limit');
  });

  it('names techniques in Polish for a Polish review', () => {
    const polish = buildReview(review({ language: 'pl' }), opts);
    expect(JSON.stringify(polish)).toContain('Kontrastowanie');
    expect(JSON.stringify(buildReview(review({ language: 'en' }), opts))).not.toContain('Kontrastowanie');
  });

  it('uses Polish labels for a Polish review', () => {
    const msg = buildReview(review({ language: 'pl', risk: { level: 'heated', score: 0.9 } }), opts);
    const all = JSON.stringify(msg);
    for (const label of [
      'Spróbuj innej techniki',
      'Krócej',
      'Cieplej',
      'Bardziej wprost',
      'Edytuj i sprawdź ponownie',
      'Gorąco',
    ]) {
      expect(all).toContain(label);
    }
    expect(all).not.toContain('Shorter');
    expect(buildReview(review({ language: 'pl', risk: { level: 'calm', score: 0 } }), opts).text).toContain(
      'Spokojnie',
    );
    expect(buildReview(review({ language: 'pl' }), opts).text).toContain('Napięcie');
  });

  it('shows an optional title as a header', () => {
    const msg = buildReview(review(), { ...opts, title: 'Warmer version' });
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Warmer version' } });
  });

  it('omits the technique menu when no techniques are given', () => {
    const msg = buildReview(review(), { stateId: STATE_ID, techniques: [] });
    expect(ofType(msg.blocks, 'static_select')).toHaveLength(0);
    expect(sectionTexts(msg.blocks).join('\n')).toContain('*1. Contrasting*');
  });
});
