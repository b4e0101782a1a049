import { describe, expect, it } from 'vitest';
import {
  type DmTurnContext,
  isGreeting,
  looksLikeDraft,
  planFieldOf,
  questionTopic,
  routeDmTurn,
} from '../../src/coach/dm-intent.ts';
import { TechniqueLibrary } from '../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load().all.map((t) => ({ id: t.id, name: t.name, namePl: t.name_pl }));
const fresh: DmTurnContext = { hasPlan: false, afterPractice: false, techniques };
const planned: DmTurnContext = { ...fresh, hasPlan: true };
const practised: DmTurnContext = { ...fresh, afterPractice: true };

describe('routeDmTurn', () => {
  it.each(['hi', 'Hello!', 'hey there', 'cześć', 'Cześć :wave:', 'Dzień dobry, Parley', 'good morning'])(
    'greets back on "%s"',
    (text) => {
      expect(routeDmTurn(text, fresh)).toEqual({ kind: 'greeting' });
      expect(routeDmTurn(text, planned)).toEqual({ kind: 'greeting' });
    },
  );

  it.each(['thanks!', 'ok, got it', 'Thank you Parley', 'dzięki'])(
    'takes "%s" as thanks, with or without a plan',
    (text) => {
      expect(routeDmTurn(text, fresh)).toEqual({ kind: 'thanks' });
      expect(routeDmTurn(text, planned)).toEqual({ kind: 'thanks' });
    },
  );

  it('reviews a draft asked for with "review this:", in English and Polish', () => {
    expect(routeDmTurn('review this: We will NEVER give you 30% off.', fresh)).toEqual({
      kind: 'review',
      draft: 'We will NEVER give you 30% off.',
    });
    expect(routeDmTurn('sprawdź: Znowu się spóźniłeś.', planned)).toEqual({
      kind: 'review',
      draft: 'Znowu się spóźniłeś.',
    });
  });

  it('reviews a pasted draft that speaks to someone, greets them or signs off', () => {
    const drafts = [
      'You ALWAYS miss deadlines and I am sick of covering for you.',
      'Hi Bob, the report was late again. Can we talk?',
      'The numbers are wrong again.\n\nThanks,\nAlice',
      'Team, the launch slips by two weeks because QA found blockers.',
      'Znowu się spóźniłeś i musiałem to tłumaczyć klientowi.',
    ];
    for (const draft of drafts) expect(routeDmTurn(draft, fresh)).toEqual({ kind: 'review', draft });
  });

  it('plans for a situation described to Parley', () => {
    for (const text of [
      'A client wants another 30% off the renewal and I cannot go that low',
      'Help me tell a colleague their work missed the mark',
      'How do I tell my boss I need more time?',
      'Klient chce kolejne 30% rabatu, a ja nie mogę zejść tak nisko',
    ]) {
      expect(routeDmTurn(text, fresh)).toEqual({ kind: 'situation' });
    }
  });

  it('answers a question about a technique, with or without a plan', () => {
    expect(routeDmTurn('what is contrasting?', fresh)).toEqual({
      kind: 'question',
      topic: { kind: 'technique', id: 'contrasting' },
    });
    expect(routeDmTurn('Explain shared purpose', planned)).toEqual({
      kind: 'question',
      topic: { kind: 'technique', id: 'shared-purpose' },
    });
    expect(routeDmTurn('Co to jest kontrastowanie?', fresh)).toEqual({
      kind: 'question',
      topic: { kind: 'technique', id: 'contrasting' },
    });
  });

  it('answers a question about the plan once there is one, or after a practice run', () => {
    expect(routeDmTurn('what do I say if they threaten to leave?', planned)).toEqual({
      kind: 'question',
      topic: { kind: 'plan', field: 'ifItHeatsUp' },
    });
    expect(routeDmTurn('What if they threaten to cancel?', practised)).toEqual({
      kind: 'question',
      topic: { kind: 'plan', field: 'ifItHeatsUp' },
    });
    expect(routeDmTurn('How should I open the call?', planned)).toEqual({
      kind: 'question',
      topic: { kind: 'plan', field: 'opening' },
    });
    expect(routeDmTurn('Co mogę im zaoferować?', planned)).toEqual({
      kind: 'question',
      topic: { kind: 'plan', field: 'concessions' },
    });
    expect(routeDmTurn('Was that too soft?', practised)).toEqual({ kind: 'question', topic: null });
  });

  it('takes a new statement after a plan as a detail of the situation', () => {
    expect(routeDmTurn("They also said they'll go to a competitor", planned)).toEqual({ kind: 'detail' });
    expect(routeDmTurn('Powiedzieli też, że odejdą do konkurencji', planned)).toEqual({ kind: 'detail' });
    expect(routeDmTurn('The renewal is worth €40,000 a year', practised)).toEqual({ kind: 'detail' });
  });
});

describe('the word checks', () => {
  it('does not take a message that starts with a greeting for a greeting', () => {
    expect(isGreeting('hi, I need help with a client')).toBe(false);
    expect(isGreeting('hello :wave:')).toBe(true);
  });

  it('does not read English words as Polish ones', () => {
    expect(looksLikeDraft('The report was late again and the client noticed')).toBe(false);
    expect(looksLikeDraft('Can we talk on Friday? You missed the last two reviews.')).toBe(true);
  });

  it('does not take a narrated situation for a draft', () => {
    expect(looksLikeDraft('My boss said you are slacking, what do I tell him')).toBe(false);
    expect(looksLikeDraft('Hi, I need to tell my team the launch slips')).toBe(false);
  });

  it('finds plan fields and techniques in questions', () => {
    expect(planFieldOf('what should I ask them first')).toBe('questionsToAsk');
    expect(planFieldOf('what must I hold on?')).toBe('nonNegotiables');
    expect(planFieldOf('what if he cries?')).toBe('ifItHeatsUp');
    expect(planFieldOf('when do I take a break?')).toBe('takeABreak');
    expect(planFieldOf('what is my goal here?')).toBe('goal');
    expect(planFieldOf('jaki jest mój cel?')).toBe('goal');
    expect(planFieldOf('should we celebrate afterwards?')).toBe('followUp');
    expect(questionTopic('how do I use make it safe here?', techniques)).toEqual({
      kind: 'technique',
      id: 'make-it-safe',
    });
    expect(questionTopic('what is the weather like?', techniques)).toBeNull();
  });
});
