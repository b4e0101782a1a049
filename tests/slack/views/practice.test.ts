import { describe, expect, it } from 'vitest';
import { ACTION_PRACTICE_END } from '../../../src/slack/ids.ts';
import {
  buildPracticeActions,
  buildPracticeFeedback,
  buildPracticeReply,
  practiceLineToMarkdown,
} from '../../../src/slack/views/practice.ts';
import {
  expectNoRawControl,
  HOSTILE,
  ofType,
  practiceFeedback,
  practiceReply,
  STATE_ID,
  TECHNIQUES,
} from './fixtures.ts';

describe('buildPracticeActions', () => {
  it('follows a streamed line with the aside and the End practice button, without the line', () => {
    const msg = buildPracticeActions(practiceReply(), { stateId: STATE_ID });
    const json = JSON.stringify(msg.blocks);
    expect(json).not.toContain('Honestly, 30%');
    expect(json).toContain('_Coach: They are anchoring high; ask what drives it._');
    expect(ofType(msg.blocks, 'button')).toEqual([
      expect.objectContaining({ action_id: ACTION_PRACTICE_END, value: STATE_ID }),
    ]);
    expect(msg.text).toBe('Coach: They are anchoring high; ask what drives it.');
  });

  it('uses the reply hint as its text when there is no aside, and escapes an aside', () => {
    expect(buildPracticeActions(practiceReply({ aside: null }), { stateId: STATE_ID }).text).toBe(
      'Reply in this thread as you would in the real conversation.',
    );
    const msg = buildPracticeActions(practiceReply({ aside: HOSTILE }), { stateId: STATE_ID });
    expect(expectNoRawControl(msg).escapedSeen).toBe(true);
  });
});

describe('practiceLineToMarkdown', () => {
  it('escapes chunk by chunk to the same text as escaping the whole line', () => {
    const whole = practiceLineToMarkdown(HOSTILE);
    const parts = [HOSTILE.slice(0, 7), HOSTILE.slice(7)].map(practiceLineToMarkdown).join('');
    expect(parts).toBe(whole);
    expect(whole).not.toContain('<!channel>');
  });
});

describe('buildPracticeReply', () => {
  it("shows the counterpart's line, the coach's aside in italics and an End practice button", () => {
    const msg = buildPracticeReply(practiceReply(), { stateId: STATE_ID });
    const json = JSON.stringify(msg.blocks);
    expect(json).toContain('Honestly, 30% is the only number that works for us.');
    expect(json).toContain('_Coach: They are anchoring high; ask what drives it._');
    expect(ofType(msg.blocks, 'button')).toEqual([
      expect.objectContaining({ action_id: ACTION_PRACTICE_END, value: STATE_ID }),
    ]);
    expect(msg.text).toBe('Them: Honestly, 30% is the only number that works for us.');
  });

  it('shows a hint instead of an aside when there is none', () => {
    const msg = buildPracticeReply(practiceReply({ aside: null }), { stateId: STATE_ID });
    expect(JSON.stringify(msg.blocks)).toContain('Reply in this thread');
  });

  it('escapes the line, the aside and the fallback text', () => {
    const msg = buildPracticeReply(practiceReply({ text: HOSTILE, aside: HOSTILE }), { stateId: STATE_ID });
    expect(expectNoRawControl(msg).escapedSeen).toBe(true);
    expect(msg.text).toContain('&lt;!channel&gt;');
  });

  it('speaks Polish in a Polish practice', () => {
    const msg = buildPracticeReply(practiceReply({ language: 'pl' }), { stateId: STATE_ID });
    expect(JSON.stringify(msg)).toContain('Zakończ ćwiczenie');
  });
});

describe('buildPracticeFeedback', () => {
  it('lists what worked with technique names, the slips and what to try next time', () => {
    const msg = buildPracticeFeedback(practiceFeedback(), { techniques: TECHNIQUES });
    const json = JSON.stringify(msg.blocks);
    expect(json).toContain('You stayed calm and held your line.');
    expect(json).toContain('*Contrasting*: You ruled out blame first.');
    expect(json).toContain('*Absolute*: You said \\"never\\" once.');
    expect(json).toContain('Ask about their interests earlier.');
    expect(msg.text.length).toBeGreaterThan(0);
  });

  it('escapes every note', () => {
    const msg = buildPracticeFeedback(
      practiceFeedback({
        summary: HOSTILE,
        strengths: [{ technique: 'contrasting', note: HOSTILE }],
        slips: [{ kind: 'blame', note: HOSTILE }],
        nextTime: [HOSTILE],
      }),
    );
    expect(expectNoRawControl(msg).escapedSeen).toBe(true);
  });
});
