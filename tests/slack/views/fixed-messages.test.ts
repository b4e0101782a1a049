import { describe, expect, it } from 'vitest';
import {
  buildBreakCancelled,
  buildBreakGone,
  buildBreakList,
  buildBreakOver,
  buildBreakScheduled,
  buildBreakUsage,
} from '../../../src/slack/views/breaks.ts';
import {
  buildEmptyDraft,
  buildError,
  buildExpired,
  buildRateLimited,
  buildTimedOut,
  buildTooLong,
  buildUsage,
  buildWelcome,
} from '../../../src/slack/views/messages.ts';
import { buildBreakStarted, buildReminder, buildReminderThanks } from '../../../src/slack/views/reminder.ts';
import {
  buildWatchNotAChannel,
  buildWatchNotice,
  buildWatchNotMember,
  buildWatchStatus,
  buildWatchStopped,
  buildWatchUsage,
} from '../../../src/slack/views/watch.ts';
import { strings } from './fixtures.ts';

const POST_AT = 1_900_000_000;
const WATCH = { sensitivity: 'medium', cooldownMinutes: 30 } as const;

const MESSAGES = {
  buildBreakOver: buildBreakOver(),
  buildBreakScheduled: buildBreakScheduled(POST_AT, 10),
  buildBreakUsage: buildBreakUsage('That is too long.'),
  buildBreakList: buildBreakList([{ id: 'Q1', postAt: POST_AT }]),
  buildBreakCancelled: buildBreakCancelled(),
  buildBreakGone: buildBreakGone(),
  buildUsage: buildUsage(),
  buildError: buildError(),
  buildEmptyDraft: buildEmptyDraft(),
  buildTooLong: buildTooLong(),
  buildExpired: buildExpired(),
  buildRateLimited: buildRateLimited(),
  buildTimedOut: buildTimedOut(),
  buildWelcome: buildWelcome(),
  buildReminder: buildReminder(),
  buildBreakStarted: buildBreakStarted(POST_AT, 10),
  buildReminderThanks: buildReminderThanks(),
  buildWatchNotice: buildWatchNotice(WATCH),
  buildWatchStopped: buildWatchStopped(),
  buildWatchStatus: buildWatchStatus(null, { reminders: 0, notHelpful: 0 }),
  buildWatchNotMember: buildWatchNotMember(),
  buildWatchNotAChannel: buildWatchNotAChannel(),
  buildWatchUsage: buildWatchUsage('I did not understand that.'),
};

describe("Parley's fixed messages", () => {
  it.each(Object.entries(MESSAGES))('%s has a text fallback', (_, message) => {
    expect(message.text.trim()).not.toBe('');
  });

  it.each(Object.entries(MESSAGES))(
    '%s uses "<" only for Slack dates, so no placeholder turns into a link',
    (_, message) => {
      for (const s of [message.text, ...strings(message.blocks)]) {
        expect(s.replace(/<!date\^\d+\^[^|>]*\|[^>]*>/g, '')).not.toContain('<');
      }
    },
  );
});
