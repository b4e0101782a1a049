import { describe, expect, it } from 'vitest';
import { draftToReview } from '../../../../src/slack/listeners/support/draft-request.ts';

describe('draftToReview', () => {
  it('finds a draft after "review this:" and similar prefixes', () => {
    expect(draftToReview('review this: We will never do that.')).toBe('We will never do that.');
    expect(draftToReview('Check: are you serious?')).toBe('are you serious?');
    expect(draftToReview('please review my draft - You ignored me.')).toBe('You ignored me.');
    expect(draftToReview('sprawdź: Zawsze się spóźniasz.')).toBe('Zawsze się spóźniasz.');
  });

  it('finds a quoted draft', () => {
    expect(draftToReview('Should I send “You always miss the point of these meetings”?')).toBe(
      'You always miss the point of these meetings',
    );
    expect(draftToReview('review this: "Stop wasting my time with this"')).toBe(
      'Stop wasting my time with this',
    );
  });

  it('leaves ordinary follow-ups alone', () => {
    expect(draftToReview('They also hinted they are talking to a competitor')).toBeNull();
    expect(draftToReview('I reviewed the numbers: we can go to 10%')).toBeNull();
    expect(draftToReview('He said "ok" and left')).toBeNull();
  });
});
