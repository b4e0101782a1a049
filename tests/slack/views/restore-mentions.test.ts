import { describe, expect, it } from 'vitest';
import { restoreMentions } from '../../../src/slack/views/restore-mentions.ts';

describe('restoreMentions', () => {
  it('turns a mention shown by name back into the real mention the rewrite had', () => {
    expect(restoreMentions('@bob could we talk?', '<@U0999|bob> could we talk today?')).toBe(
      '<@U0999|bob> could we talk?',
    );
  });

  it('uses the names a payload gave, and leaves a longer name that only starts the same alone', () => {
    expect(restoreMentions('@Bob and @Bobby', 'Hi <@U0999>', { U0999: 'Bob' })).toBe('<@U0999> and @Bobby');
  });

  it('changes nothing when the rewrite had no mentions', () => {
    expect(restoreMentions('@bob hi', 'hi there')).toBe('@bob hi');
  });
});
