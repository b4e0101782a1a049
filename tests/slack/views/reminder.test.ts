import { describe, expect, it } from 'vitest';
import {
  ACTION_BREAK_CANCEL,
  ACTION_REMINDER_BREAK,
  ACTION_REMINDER_COACH,
  ACTION_REMINDER_NOT_HELPFUL,
} from '../../../src/slack/reminder-ids.ts';
import {
  buildBreakList,
  buildBreakOver,
  buildBreakScheduled,
  describeMinutes,
} from '../../../src/slack/views/breaks.ts';
import { MAX_MESSAGE_BLOCKS, MAX_SECTION_TEXT } from '../../../src/slack/views/escape.ts';
import { buildBreakStarted, buildReminder, buildReminderThanks } from '../../../src/slack/views/reminder.ts';
import { buildWatchNotice, buildWatchNotMember, buildWatchStatus } from '../../../src/slack/views/watch.ts';

type Json = Record<string, unknown>;
const elements = (message: { blocks: unknown[] }) =>
  (message.blocks as unknown as Json[])
    .flatMap((b) => [...((b.elements as Json[]) ?? []), ...(b.accessory ? [b.accessory as Json] : [])])
    .filter((e) => e.type === 'button');
const sectionTexts = (message: { blocks: unknown[] }) =>
  (message.blocks as unknown as Json[])
    .map((b) => (b.text as { text?: string } | undefined)?.text ?? '')
    .join('\n');

describe('buildReminder', () => {
  it('offers a break, coaching and "Not helpful", in that order', () => {
    const ids = elements(buildReminder()).map((e) => e.action_id);
    expect(ids).toEqual([ACTION_REMINDER_BREAK, ACTION_REMINDER_COACH, ACTION_REMINDER_NOT_HELPFUL]);
    const labels = elements(buildReminder()).map((e) => (e.text as { text: string }).text);
    expect(labels).toEqual(['Take a 10-min break', 'Coach my reply', 'Not helpful']);
  });

  it('names, tags and quotes nobody, and suggests a pause or a call', () => {
    const all = JSON.stringify(buildReminder());
    expect(all).not.toMatch(/<@|<!(here|channel|everyone)|<#/);
    expect(all).toMatch(/pause/);
    expect(all).toMatch(/call/);
    for (const e of elements(buildReminder())) expect(e.value).toBe('reminder');
  });

  it('stays within Slack limits', () => {
    for (const message of [buildReminder(), buildReminderThanks(), buildBreakStarted(1_700_000_600, 10)]) {
      expect(message.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
      expect(message.text.length).toBeGreaterThan(0);
      for (const text of sectionTexts(message).split('\n\n'))
        expect(text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
  });

  it("shows the break end in the reader's own time zone", () => {
    expect(JSON.stringify(buildBreakStarted(1_700_000_600, 10))).toContain('<!date^1700000600^');
  });
});

describe('watch messages', () => {
  it('tells the channel what Parley looks at, that it never names anyone, and how to turn it off', () => {
    const notice = JSON.stringify(buildWatchNotice({ sensitivity: 'medium', cooldownMinutes: 30 }));
    expect(notice).toMatch(/tone/);
    expect(notice).toMatch(/how fast/);
    expect(notice).toMatch(/how many people/);
    expect(notice).toMatch(/never quotes or names anyone/);
    expect(notice).toContain('/coach watch off');
    expect(notice).toContain('30 minutes');
  });

  it('explains how to invite the bot', () => {
    expect(buildWatchNotMember().text).toContain('/invite @Parley');
  });

  it('reports status with the settings and counts', () => {
    const status = buildWatchStatus(
      { channel: 'C1', enabled: true, sensitivity: 'high', cooldownMinutes: 45, sensitivityOffset: 0.1 },
      { reminders: 2, notHelpful: 1 },
    );
    const text = sectionTexts(status);
    expect(text).toMatch(/Sensitivity: high/);
    expect(text).toMatch(/45 minutes/);
    expect(text).toMatch(/Reminders posted here: 2; marked not helpful: 1/);
    expect(buildWatchStatus(null, { reminders: 0, notHelpful: 0 }).text).toMatch(/not watching/);
  });
});

describe('break messages', () => {
  it('ends a break with a fresh-eyes reminder to re-read before sending', () => {
    const text = JSON.stringify(buildBreakOver());
    expect(text).toMatch(/fresh eyes/);
    expect(text).toMatch(/[Rr]e-read/);
  });

  it('lists pending breaks soonest first, each with a Cancel button carrying only its id', () => {
    const list = buildBreakList([
      { id: 'Q2', postAt: 1_700_002_000 },
      { id: 'Q1', postAt: 1_700_001_000 },
    ]);
    const buttons = elements(list).filter((e) => e.action_id === ACTION_BREAK_CANCEL);
    expect(buttons.map((b) => b.value)).toEqual(['Q1', 'Q2']);
    expect(new Set((list.blocks as unknown as Json[]).map((b) => b.block_id).filter(Boolean)).size).toBe(2);
  });

  it('keeps a very long list within the block limit, with room for one more block', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ id: `Q${i}`, postAt: 1_700_000_000 + i }));
    expect(buildBreakList(many).blocks.length).toBeLessThan(MAX_MESSAGE_BLOCKS);
  });

  it('says plainly when there is nothing pending', () => {
    expect(buildBreakList([]).text).toMatch(/no pending breaks/);
  });

  it('describes lengths in words', () => {
    expect(describeMinutes(1)).toBe('1 minute');
    expect(describeMinutes(10)).toBe('10 minutes');
    expect(describeMinutes(60)).toBe('1 hour');
    expect(describeMinutes(90)).toBe('1 h 30 min');
    expect(buildBreakScheduled(1_700_000_600, 90).text).toContain('1 h 30 min');
  });
});
