import { describe, expect, it } from 'vitest';
import {
  EVENT_ANSWER,
  EVENT_PLAN,
  EVENT_PRACTICE,
  EVENT_PRACTICE_END,
  EVENT_REVIEW,
  EVENT_WELCOME,
  readThread,
  situationText,
  type ThreadMessage,
} from '../../../../src/slack/listeners/support/thread.ts';

const BOT = 'U0PARLEY';
const user = (ts: string, text: string, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({
  ts,
  user: 'U0ALICE',
  text,
  ...extra,
});
const parley = (
  ts: string,
  event_type: string,
  event_payload: Record<string, unknown> = {},
  text = '',
): ThreadMessage => ({
  ts,
  user: BOT,
  bot_id: 'B0PARLEY',
  text,
  metadata: { event_type, event_payload },
});

describe('readThread', () => {
  it('reads a new conversation: no plan, no practice, the user message is the situation', () => {
    const reading = readThread([user('1.1', 'My client wants 30% off')], BOT);
    expect(reading).toMatchObject({
      hasPlan: false,
      practiceActive: false,
      situation: ['My client wants 30% off'],
    });
  });

  it('finds the plan, its cached state and a welcome seed', () => {
    const reading = readThread(
      [
        parley('1.1', EVENT_PLAN, { state: 's1', seed: 'Help me prepare' }),
        user('1.2', 'It is about a renewal'),
      ],
      BOT,
    );
    expect(reading.hasPlan).toBe(true);
    expect(reading.planStateId).toBe('s1');
    expect(situationText(reading)).toBe('Help me prepare\nIt is about a renewal');
  });

  it('rebuilds the practice turns from the counterpart lines in metadata and the user replies', () => {
    const reading = readThread(
      [
        user('1.1', 'Situation'),
        parley('1.2', EVENT_PLAN, { state: 's1' }),
        parley('1.3', EVENT_PRACTICE, { line: 'I need 30% or we walk.' }, 'Them: I need 30%…'),
        user('1.4', 'I hear you &amp; I want to keep you'),
        parley('1.5', EVENT_PRACTICE, {}, 'Fine, what can you do?'),
      ],
      BOT,
    );
    expect(reading.practiceActive).toBe(true);
    expect(reading.situation).toEqual(['Situation']);
    expect(reading.practiceTurns).toEqual([
      { role: 'counterpart', text: 'I need 30% or we walk.' },
      { role: 'user', text: 'I hear you & I want to keep you' },
      { role: 'counterpart', text: 'Fine, what can you do?' },
    ]);
  });

  it('ends a practice run at the feedback message, and a new run starts fresh', () => {
    const ended = readThread(
      [
        parley('1.1', EVENT_PRACTICE, { line: 'first run' }),
        user('1.2', 'my turn'),
        parley('1.3', EVENT_PRACTICE_END),
        user('1.4', 'What if they cancel?'),
      ],
      BOT,
    );
    expect(ended.practiceActive).toBe(false);
    expect(ended.situation).toEqual(['What if they cancel?']);

    const again = readThread(
      [
        parley('1.1', EVENT_PRACTICE, { line: 'first run' }),
        parley('1.3', EVENT_PRACTICE_END),
        parley('1.5', EVENT_PRACTICE, { line: 'second run' }),
      ],
      BOT,
    );
    expect(again.practiceTurns).toEqual([{ role: 'counterpart', text: 'second run' }]);
  });

  it('skips edits, joins and other bots, and sorts by ts', () => {
    const reading = readThread(
      [
        user('1.3', 'later'),
        user('1.2', 'edited', { subtype: 'message_changed' }),
        { ts: '1.4', bot_id: 'B0OTHER', text: 'another bot' },
        user('1.1', 'first'),
      ],
      BOT,
    );
    expect(reading.situation).toEqual(['first', 'later']);
  });

  it('keeps greetings, reviewed drafts and questions out of the situation, by the reply Parley gave them', () => {
    const reading = readThread(
      [
        user('1.1', 'hi'),
        parley('1.2', EVENT_WELCOME),
        user('1.3', 'review this: You never listen.'),
        parley('1.4', EVENT_REVIEW),
        user('1.5', 'My client wants 30% off'),
        parley('1.6', EVENT_PLAN, { state: 's1' }),
        user('1.7', 'What if they threaten to leave?'),
        parley('1.8', EVENT_ANSWER),
        user('1.9', 'They also mentioned a competitor'),
        parley('2.0', EVENT_PLAN, { state: 's2' }),
      ],
      BOT,
    );
    expect(reading.situation).toEqual(['My client wants 30% off', 'They also mentioned a competitor']);
    expect(reading).toMatchObject({ hasPlan: true, planStateId: 's2', answered: true, afterPractice: false });
  });

  it('says when a practice run has ended, and that a new thread has no answer yet', () => {
    expect(readThread([user('1.1', 'hello')], BOT).answered).toBe(false);
    const reading = readThread(
      [
        user('1.1', 'My client wants 30% off'),
        parley('1.2', EVENT_PLAN, { state: 's1' }),
        parley('1.3', EVENT_PRACTICE, { state: 's1', line: 'Give me 30%.' }),
        user('1.4', 'I can do 10%.'),
        parley('1.5', EVENT_PRACTICE_END),
      ],
      BOT,
    );
    expect(reading).toMatchObject({ practiceActive: false, afterPractice: true });
    expect(reading.practiceTurns.map((t) => t.role)).toEqual(['counterpart', 'user']);
  });
});
