/** Hand-built coaching results (validated by the zod contract) and helpers for walking Block Kit. */
import {
  type Flag,
  PracticeFeedback,
  PracticeReply,
  PrepPlan,
  Reading,
  Review,
} from '../../../src/coach/schemas.ts';

/** Every way a pasted text could try to notify people or smuggle a link. */
export const HOSTILE = 'Hey <!channel> <!here> <!everyone> <@U123> see <https://x.example|y> & more';

export const TECHNIQUES = [
  { id: 'contrasting', name: 'Contrasting', namePl: 'Kontrastowanie' },
  { id: 'apology', name: 'Sincere apology' },
  { id: 'shared-purpose', name: 'Shared purpose' },
];

export const STATE_ID = 'st_01HXYZ';

export function flag(text: string, overrides: Partial<Flag> = {}): Flag {
  return {
    start: 0,
    end: text.length,
    text,
    kind: 'blame',
    why: 'Judges the person.',
    suggestion: null,
    ruleId: 'en.reproach.you-judged',
    count: 1,
    ...overrides,
  };
}

export function review(overrides: Partial<Review> = {}): Review {
  return Review.parse({
    engine: 'local',
    language: 'en',
    checked: true,
    risk: { level: 'tense', score: 0.55 },
    flags: [
      flag('You always', {
        kind: 'absolute',
        why: 'Absolutes invite a counter-example.',
        suggestion: 'This time',
      }),
    ],
    rewrites: [
      {
        technique: 'contrasting',
        text: 'I do not want this to sound like blame.',
        why: 'Rules out the worst reading.',
      },
      {
        technique: 'shared-purpose',
        text: 'We both want the launch to go well.',
        why: 'Starts from a shared goal.',
      },
    ],
    cues: ['Ask how it looks from their side.'],
    ...overrides,
  });
}

/** A review where every piece of user or model text carries HOSTILE. */
export function hostileReview(): Review {
  return review({
    flags: [flag(HOSTILE, { why: HOSTILE, suggestion: HOSTILE })],
    rewrites: [{ technique: 'contrasting', text: HOSTILE, why: HOSTILE }],
    cues: [HOSTILE],
  });
}

export function reading(overrides: Partial<Reading> = {}): Reading {
  return Reading.parse({
    engine: 'openai',
    language: 'en',
    checked: true,
    risk: { level: 'heated', score: 0.8 },
    flags: [flag('per my last email', { kind: 'passive-aggressive' })],
    intent: 'They may be worried about the deadline.',
    impact: 'It may read as a public rebuke.',
    needs: ['Certainty about the date', 'To feel heard'],
    replies: [
      {
        technique: 'contrasting',
        text: 'I am not brushing this off; I do want to fix it.',
        why: 'Clarifies intent.',
      },
      {
        technique: 'apology',
        text: 'I am sorry I missed it; here is what I will do.',
        why: 'Owns the mistake.',
      },
    ],
    cues: ['Reply in a thread, not the channel.'],
    ...overrides,
  });
}

export function plan(overrides: Partial<PrepPlan> = {}): PrepPlan {
  return PrepPlan.parse({
    engine: 'local',
    language: 'en',
    situation: 'discount',
    goal: 'Keep the client without cutting the price by 30%.',
    theirPosition: 'They want another 30% off.',
    theirInterests: ['Budget pressure', 'Looking good to their boss'],
    commonGround: ['Both want the project to ship'],
    concessions: ['Longer payment terms?'],
    nonNegotiables: ['No cut below cost'],
    opening: 'I do not want to haggle; I do want a deal that works for both of us.',
    questionsToAsk: ['What is driving the number?'],
    options: ['Smaller scope for a lower price'],
    ifItHeatsUp: ['Name it and slow down'],
    takeABreak: 'Offer to pick it up tomorrow.',
    followUp: ['Send a summary the same day'],
    questions: ['What is your margin?'],
    ...overrides,
  });
}

export function practiceReply(overrides: Partial<PracticeReply> = {}): PracticeReply {
  return PracticeReply.parse({
    engine: 'local',
    language: 'en',
    move: 'push',
    stance: 'same',
    text: 'Honestly, 30% is the only number that works for us.',
    aside: 'They are anchoring high; ask what drives it.',
    ...overrides,
  });
}

export function practiceFeedback(overrides: Partial<PracticeFeedback> = {}): PracticeFeedback {
  return PracticeFeedback.parse({
    engine: 'local',
    language: 'en',
    summary: 'You stayed calm and held your line.',
    strengths: [{ technique: 'contrasting', note: 'You ruled out blame first.' }],
    slips: [{ kind: 'absolute', note: 'You said "never" once.' }],
    nextTime: ['Ask about their interests earlier.'],
    ...overrides,
  });
}

/** Every string value anywhere in a JSON-like value. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every object with the given `type` anywhere in a JSON-like value. */
export function ofType(value: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((v) => ofType(v, type));
  if (value && typeof value === 'object') {
    const self = (value as { type?: unknown }).type === type ? [value as Record<string, unknown>] : [];
    return [...self, ...Object.values(value).flatMap((v) => ofType(v, type))];
  }
  return [];
}

/** Text of every section block (text and fields). */
export function sectionTexts(blocks: readonly unknown[]): string[] {
  return ofType(blocks, 'section').flatMap((s) => {
    const text = (s.text as { text?: string } | undefined)?.text;
    return text === undefined ? [] : [text];
  });
}

/** Values carried by interactive elements: button values and select option values. */
export function interactiveValues(blocks: readonly unknown[]): string[] {
  const buttons = ofType(blocks, 'button').map((b) => String(b.value ?? ''));
  const options = ofType(blocks, 'static_select').flatMap((s) =>
    ((s.options as { value: string }[] | undefined) ?? []).map((o) => o.value),
  );
  return [...buttons, ...options];
}

/** The assertion every builder must pass for hostile input: nothing raw, something escaped. */
export function expectNoRawControl(message: unknown): { escapedSeen: boolean } {
  const all = strings(message);
  for (const s of all) {
    if (s.includes('<')) throw new Error(`raw "<" in: ${s.slice(0, 120)}`);
  }
  // Mention tokens show as names (`@channel`, plain text in a verbatim field) or escaped.
  return { escapedSeen: all.some((s) => s.includes('&lt;!channel&gt;') || s.includes('@channel')) };
}
