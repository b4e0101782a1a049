import { describe, expect, it } from 'vitest';
import {
  gerund,
  habitObservation,
  habitOf,
  impactOf,
  requestFromRemainder,
} from '../../../src/coach/local/rewrite/topic.ts';

describe('keeping the point of a dropped judgement', () => {
  it.each([
    ['You ALWAYS miss deadlines', 'missing deadlines'],
    ['you never answer my emails', 'not answering emails'],
    ['and you keep forgetting the standup', 'forgetting the standup'],
    ['You are always late to meetings', 'being late to meetings'],
    ['You constantly interrupt people in meetings.', 'interrupting people in meetings'],
  ])('names the habit in %j as %j', (clause, habit) => {
    expect(habitOf(clause)).toBe(habit);
  });

  it.each([
    'You always ruin everything',
    'You always do this',
    'you never listen to me',
    'You are always so lazy',
  ])('keeps no habit when the words still judge or point at nothing: %j', (clause) => {
    expect(habitOf(clause)).toBeNull();
  });

  it('words the habit as an observation, not a verdict', () => {
    expect(habitObservation('missing deadlines')).toBe(
      "I've noticed a pattern around missing deadlines, and it has had an impact on our work.",
    );
  });

  it('turns "sick of doing X" into the impact it reports', () => {
    expect(impactOf("I'm sick of covering for you.")).toBe(
      "I've been covering for you, and I'd like that to change.",
    );
    expect(impactOf('and I am tired of chasing your updates')).toBe(
      "I've been chasing your updates, and I'd like that to change.",
    );
    expect(impactOf("I'm sick of it")).toBeNull();
  });

  it('spells common gerunds', () => {
    expect(['miss', 'make', 'forget', 'be', 'lie', 'see', 'stop', 'answer', 'open'].map(gerund)).toEqual([
      'missing',
      'making',
      'forgetting',
      'being',
      'lying',
      'seeing',
      'stopping',
      'answering',
      'opening',
    ]);
  });

  it('asks plainly for what was left after a jab was cut from the front', () => {
    expect(requestFromRemainder('for the invoice INV-2041 ($4,500) to be paid')).toBe(
      'Could the invoice INV-2041 ($4,500) be paid?',
    );
    expect(requestFromRemainder('you to send the report by Monday.')).toBe(
      'Could you send the report by Monday?',
    );
    expect(requestFromRemainder('in my last email')).toBeNull();
  });
});
