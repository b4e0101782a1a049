import { describe, expect, it } from 'vitest';
import type { PracticeInput } from '../../../src/coach/coach.ts';
import { debriefPractice, practiceTurn, stanceFor } from '../../../src/coach/local/practice.ts';
import { preparePlan } from '../../../src/coach/local/prepare.ts';
import { PracticeFeedback, PracticeReply, type PracticeTurnInput } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();
const DISCOUNT = 'Our client wants another 30% discount on the renewal or they will go to a competitor.';
const DISCOUNT_PL = 'Klient żąda 30% rabatu przy odnowieniu umowy, inaczej odejdzie do konkurencji.';

/** Plays a whole practice: the counterpart answers after every user line. */
function play(situation: string, userLines: string[], extra: Partial<PracticeInput> = {}) {
  const turns: PracticeTurnInput[] = [];
  const replies: PracticeReply[] = [];
  const first = practiceTurn({ situation, turns: [...turns], ...extra }, techniques);
  replies.push(first);
  turns.push({ role: 'counterpart', text: first.text });
  for (const line of userLines) {
    turns.push({ role: 'user', text: line });
    const reply = practiceTurn({ situation, turns: [...turns], ...extra }, techniques);
    expect(PracticeReply.parse(reply)).toEqual(reply);
    replies.push(reply);
    turns.push({ role: 'counterpart', text: reply.text });
  }
  return { turns, replies };
}

describe('practiceTurn', () => {
  it('opens with the counterpart stating their position, with the figure from the situation', () => {
    const reply = practiceTurn({ situation: DISCOUNT, turns: [] }, techniques);
    expect(PracticeReply.parse(reply)).toEqual(reply);
    expect(reply).toMatchObject({
      engine: 'local',
      language: 'en',
      move: 'push',
      stance: 'same',
      aside: null,
    });
    expect(reply.text).toContain('30%');
  });

  it('moves through push, object, test and soften when the user stays neutral', () => {
    const { replies } = play(DISCOUNT, ['Let me think about that.', 'OK, noted.', 'Right.']);
    expect(replies.map((r) => r.move)).toEqual(['push', 'object', 'test', 'soften']);
    expect(replies.every((r) => r.stance === 'same')).toBe(true);
  });

  it('gets harder when the user blames, and repeats the demand more firmly with a coaching aside', () => {
    const { replies } = play(DISCOUNT, ["You always squeeze us, it's your fault we're losing money."]);
    const reply = replies[1]!;
    expect(reply.stance).toBe('harder');
    expect(reply.move).toBe('push');
    expect(reply.text).toContain('30%');
    expect(reply.aside).not.toBeNull();
    expect(reply.aside).toMatch(/always|your fault/);
  });

  it('softens when the user names a shared purpose or asks an open question, revealing an interest', () => {
    const shared = play(DISCOUNT, ['We both want this renewal to work, so let’s find a shape that fits.'])
      .replies[1]!;
    expect(shared.stance).toBe('softer');
    expect(shared.aside).toBeNull();
    const question = play(DISCOUNT, ['What budget are you working with this year?']).replies[1]!;
    expect(question.stance).toBe('softer');
    expect(question.text.length).toBeGreaterThan(play(DISCOUNT, ['Hmm.']).replies[1]!.text.length);
  });

  it('reaches agreement only after turns that land well', () => {
    const { replies } = play(DISCOUNT, [
      'I understand the budget pressure. What budget are you working with?',
      "I'm not saying your budget isn't real; I am saying I want a deal that works for both of us.",
      'What if we did a two-year term in exchange for a smaller increase in scope?',
      'Would a phased start help you with this quarter?',
    ]);
    expect(replies.at(-1)!.move).toBe('agree');
    const neutral = play(DISCOUNT, ['Hmm.', 'OK.', 'Right.', 'Sure thing.', 'Noted.']).replies;
    expect(neutral.map((r) => r.move)).not.toContain('agree');
  });

  it('agrees at once when the user caves on the full demand', () => {
    const reply = play(DISCOUNT, ['Fine, 30% it is.']).replies[1]!;
    expect(reply.move).toBe('agree');
  });

  it('accepts a suggested break without giving up its position', () => {
    const reply = play(DISCOUNT, ['Could we take a short break and come back to this at three?']).replies[1]!;
    expect(reply.stance).toBe('softer');
    expect(reply.text).toMatch(/break|pause/i);
    expect(reply.move).not.toBe('agree');
  });

  it('plays the other side in Polish when the situation is in Polish', () => {
    const { replies } = play(DISCOUNT_PL, [
      'Zawsze nas naciskacie, to Wasza wina.',
      'Rozumiem. Jaki macie budżet?',
    ]);
    expect(replies.every((r) => r.language === 'pl')).toBe(true);
    expect(replies[0]!.text).toContain('30%');
    expect(replies[2]!.stance).toBe('softer');
    expect(replies[2]!.text).toMatch(/[ąćęłńóśźż]/);
  });

  it('uses the plan’s situation when a plan is given', () => {
    const plan = preparePlan('A colleague keeps ignoring my messages about the sign-off.', {}, techniques);
    const reply = practiceTurn({ situation: 'the sign-off', plan, turns: [] }, techniques);
    expect(reply.text).toMatch(/swamped|messages/);
  });

  it('is deterministic', () => {
    const lines = ['You never listen.', 'What matters most to you?'];
    expect(play(DISCOUNT, lines).replies).toEqual(play(DISCOUNT, lines).replies);
  });

  it.each([
    'The client has not paid the invoice for two months.',
    'I have to tell the client about a 10% price increase.',
    'My report missed the deadline again.',
    'The report my junior wrote was sloppy.',
    'A colleague is ignoring my messages.',
    'We had an outage and I need to apologise.',
    'A peer went over my head to my boss.',
    'I want to talk to my flatmate.',
  ])('has a line for every move in "%s"', (situation) => {
    const { replies } = play(situation, [
      'What matters most to you?',
      'I understand. We both want this to work.',
      'What if we tried a different approach instead?',
      'How would that work for you?',
    ]);
    for (const reply of replies) expect(reply.text.trim().length).toBeGreaterThan(10);
    expect(new Set(replies.map((r) => r.move)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('stanceFor', () => {
  it('reads threats and insults as harder, acknowledgement and options as softer, and the rest as same', () => {
    expect(stanceFor("Take it or leave it, or we'll go to your boss.")).toBe('harder');
    expect(stanceFor('Rozumiem, że to trudne.')).toBe('softer');
    expect(stanceFor('How about a payment plan instead?')).toBe('softer');
    expect(stanceFor('Okay.')).toBe('same');
  });
});

describe('debriefPractice', () => {
  it('finds the techniques the user used well, with a quote', () => {
    const { turns } = play(DISCOUNT, [
      "I'm not saying your budget isn't real; I am saying I want a deal that works for both of us.",
      'We both want this renewal to succeed. What budget are you working with?',
    ]);
    const feedback = debriefPractice({ situation: DISCOUNT, turns }, techniques);
    expect(PracticeFeedback.parse(feedback)).toEqual(feedback);
    const ids = feedback.strengths.map((s) => s.technique);
    expect(ids).toEqual(expect.arrayContaining(['contrasting', 'shared-purpose', 'interests-not-positions']));
    expect(feedback.slips).toEqual([]);
    expect(feedback.summary).toMatch(/Strong practice/);
  });

  it('finds slips from the analyzer and caving on a non-negotiable', () => {
    const { turns } = play(DISCOUNT, ["You always squeeze us, it's your fault.", 'Fine, 30% it is.']);
    const feedback = debriefPractice({ situation: DISCOUNT, turns }, techniques);
    const kinds = feedback.slips.map((s) => s.kind);
    // Blame is named by its act: a reproach.
    expect(kinds).toContain('reproach');
    expect(kinds).toContain('caving');
    expect(feedback.nextTime.join(' ')).toMatch(/walk-away/);
    expect(feedback.summary).toMatch(/slips? to work on/);
  });

  it.each([
    ["ok, we'll do it for free", DISCOUNT],
    ['Dobrze, damy 30%.', DISCOUNT_PL],
  ])('treats "%s" as caving', (line, situation) => {
    const { turns } = play(situation, [line]);
    expect(debriefPractice({ situation, turns }, techniques).slips.map((s) => s.kind)).toContain('caving');
  });

  it('does not call a trade caving', () => {
    const { turns } = play(DISCOUNT, ['OK, 30% is possible if you sign for three years and pay up front.']);
    expect(
      debriefPractice({ situation: DISCOUNT, turns }, techniques).slips.map((s) => s.kind),
    ).not.toContain('caving');
  });

  it('reviews only the user’s turns, never the counterpart’s', () => {
    const turns: PracticeTurnInput[] = [
      { role: 'counterpart', text: "You always do this, it's your fault." },
      { role: 'user', text: 'What matters most to you here?' },
    ];
    const feedback = debriefPractice({ situation: DISCOUNT, turns }, techniques);
    expect(feedback.slips).toEqual([]);
  });

  it('gives feedback in Polish for a Polish practice', () => {
    const { turns } = play(DISCOUNT_PL, [
      'Nie chodzi mi o to, żeby odmówić; chodzi mi o to, żebyśmy obie strony wyszły na swoje.',
    ]);
    const feedback = debriefPractice({ situation: DISCOUNT_PL, turns }, techniques);
    expect(feedback.language).toBe('pl');
    expect(feedback.strengths.map((s) => s.technique)).toContain('contrasting');
    expect(feedback.summary).toMatch(/[ąćęłńóśźż]/);
  });

  it('says kindly that there is nothing to review when the user has not spoken yet', () => {
    const feedback = debriefPractice(
      { situation: DISCOUNT, turns: [{ role: 'counterpart', text: 'We need 30% off.' }] },
      techniques,
    );
    expect(PracticeFeedback.parse(feedback)).toEqual(feedback);
    expect(feedback.summary).toMatch(/nothing to review yet/);
    expect(feedback.strengths).toEqual([]);
    expect(feedback.slips).toEqual([]);
  });
});
