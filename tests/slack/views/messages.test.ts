import { describe, expect, it } from 'vitest';
import { ACTION_WELCOME_PROMPT } from '../../../src/slack/ids.ts';
import {
  buildEmptyDraft,
  buildError,
  buildExpired,
  buildRateLimited,
  buildThinking,
  buildTooLong,
  buildUsage,
  buildWelcome,
  USAGE_LINES,
  usageText,
  WELCOME_PROMPTS,
  welcomePromptFor,
  welcomePromptValue,
} from '../../../src/slack/views/messages.ts';
import { buildPlan } from '../../../src/slack/views/plan.ts';
import { buildPracticeFeedback, buildPracticeReply } from '../../../src/slack/views/practice.ts';
import { buildReading } from '../../../src/slack/views/reading.ts';
import { buildReview } from '../../../src/slack/views/review.ts';
import {
  expectNoRawControl,
  ofType,
  plan,
  practiceFeedback,
  practiceReply,
  reading,
  review,
  STATE_ID,
  TECHNIQUES,
} from './fixtures.ts';

const opts = { stateId: STATE_ID, techniques: TECHNIQUES };

describe('every message builder', () => {
  const built = {
    review: buildReview(review(), opts),
    reading: buildReading(reading(), opts),
    plan: buildPlan(plan(), opts),
    practiceReply: buildPracticeReply(practiceReply(), opts),
    practiceFeedback: buildPracticeFeedback(practiceFeedback()),
    usage: buildUsage(),
    thinkingReview: buildThinking('review'),
    thinkingPlan: buildThinking('plan'),
    thinkingReply: buildThinking('reply'),
    error: buildError(),
    emptyDraft: buildEmptyDraft(),
    tooLong: buildTooLong(8000, 12_345),
    rateLimited: buildRateLimited(),
    expired: buildExpired(),
    welcome: buildWelcome(),
  };

  it.each(Object.entries(built))(
    '%s returns a non-empty plain-text fallback and at least one block',
    (_, msg) => {
      expect(msg.text.trim().length).toBeGreaterThan(0);
      expect(msg.blocks.length).toBeGreaterThan(0);
      expect(msg.blocks.length).toBeLessThanOrEqual(50);
    },
  );

  it.each(Object.entries(built))('%s has no raw "<" anywhere', (_, msg) => {
    expectNoRawControl(msg);
  });
});

describe('messages', () => {
  it('usage explains /coach with a draft, alone, prep and help, the shortcut and DMs', () => {
    const json = JSON.stringify(buildUsage().blocks);
    for (const part of [
      '/coach &lt;draft&gt;',
      '/coach prep &lt;situation&gt;',
      '/coach help',
      'Coach this message',
      'Messages',
    ]) {
      expect(json).toContain(part);
    }
  });

  it('usage lines are data that later commands can extend', () => {
    const extended = [...USAGE_LINES, { usage: '/coach watch on|off', what: 'Turn reminders on or off.' }];
    expect(usageText(extended)).toContain('`/coach watch on|off` Turn reminders on or off.');
  });

  it('thinking messages say what Parley is doing', () => {
    expect(buildThinking('review').text).toBe('Reviewing your draft…');
    expect(buildThinking('plan').text).toBe('Preparing your plan…');
  });

  it('the error message is kind and says nothing about the cause', () => {
    expect(buildError().text).toBe("Sorry, I couldn't do that just now. Please try again in a moment.");
  });

  it('the expired message tells the user how to start again', () => {
    expect(buildExpired().text).toBe('That review expired. Run /coach again and I will take a fresh look.');
  });

  it('the too-long message gives the limit and the length', () => {
    expect(buildTooLong(8000, 12_345).text).toContain('12,345 characters; I can check up to 8,000');
  });

  it('welcome offers three example prompts as buttons whose value is the prompt', () => {
    const msg = buildWelcome();
    const buttons = ofType(msg.blocks, 'button');
    expect(buttons).toHaveLength(3);
    expect(buttons.map((b) => b.value)).toEqual(WELCOME_PROMPTS.map((_, i) => welcomePromptValue(i)));
    expect(buttons.map((b) => welcomePromptFor(String(b.value)))).toEqual([...WELCOME_PROMPTS]);
    expect(welcomePromptFor('prompt_99')).toBeNull();
    expect(welcomePromptFor(WELCOME_PROMPTS[0]!.message)).toBeNull();
    for (const b of buttons) {
      expect(b.action_id).toBe(ACTION_WELCOME_PROMPT);
      expect(String(b.value).length).toBeLessThanOrEqual(2000);
    }
    expect(WELCOME_PROMPTS[0]?.message).toBe(
      'Help me prepare for a call with a client who wants another 30% off',
    );
    const blockIds = msg.blocks.map((b) => b.block_id).filter(Boolean);
    expect(new Set(blockIds).size).toBe(blockIds.length);
  });
});
