import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BLOCKS, MAX_MESSAGE_TEXT, MAX_SECTION_TEXT } from '../../../src/slack/views/escape.ts';
import { blockTextLength } from '../../../src/slack/views/limits.ts';
import { buildReading } from '../../../src/slack/views/reading.ts';
import {
  expectNoRawControl,
  HOSTILE,
  interactiveValues,
  reading,
  STATE_ID,
  sectionTexts,
  TECHNIQUES,
} from './fixtures.ts';

const opts = { stateId: STATE_ID, techniques: TECHNIQUES };

describe('buildReading', () => {
  it('shows intent vs impact, what they may need, and replies labelled with technique names', () => {
    const msg = buildReading(reading(), { ...opts, expanded: true });
    const text = sectionTexts(msg.blocks).join('\n');
    expect(text).toContain('*What they may mean*\nThey may be worried about the deadline.');
    expect(text).toContain('*How it may land on you*\nIt may read as a public rebuke.');
    expect(text).toContain('• Certainty about the date');
    expect(text).toContain('*1. Contrasting*');
    expect(text).toContain('*2. Sincere apology*');
    expect(text).toContain('Reply in a thread, not the channel.');
    expect(text).toContain('*Heated*');
    expect(msg.text).toBe('Parley read this message: Heated. 2 replies to try.');
  });

  it('escapes user and model text everywhere', () => {
    const msg = buildReading(
      reading({
        intent: HOSTILE,
        impact: HOSTILE,
        needs: [HOSTILE],
        replies: [{ technique: 'contrasting', text: HOSTILE, why: HOSTILE }],
        cues: [HOSTILE],
      }),
      opts,
    );
    expect(expectNoRawControl(msg).escapedSeen).toBe(true);
  });

  it('keeps interactive values to the state id and within Slack limits', () => {
    const values = interactiveValues(buildReading(reading(), opts).blocks);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      expect(v.startsWith(STATE_ID)).toBe(true);
      expect(v.length).toBeLessThanOrEqual(2000);
    }
  });

  it('fits very long replies into one message', () => {
    const long = 'Thanks for raising this, I hear you. '.repeat(700);
    const msg = buildReading(
      reading({ intent: long, impact: long, replies: [{ technique: 'apology', text: long, why: 'w' }] }),
      opts,
    );
    expect(msg.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
    expect(blockTextLength(msg.blocks)).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    for (const t of sectionTexts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  });

  it('reads Polish for a Polish message', () => {
    const msg = buildReading(reading({ language: 'pl' }), opts);
    const text = JSON.stringify(msg);
    expect(text).toContain('Co mogą mieć na myśli');
    expect(text).toContain('Spróbuj innej techniki');
    expect(msg.text).toContain('Gorąco');
  });
});
