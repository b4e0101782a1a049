import { describe, expect, it } from 'vitest';
import { isFromPerson } from '../../../../src/slack/listeners/messages/direct.ts';

describe('isFromPerson', () => {
  it('accepts a plain user message', () => {
    expect(isFromPerson({ user: 'U1', text: 'hi' }, 'U0PARLEY')).toBe(true);
  });

  it('ignores bots, Parley itself and every subtype', () => {
    expect(isFromPerson({ bot_id: 'B1', text: 'hi' }, 'U0PARLEY')).toBe(false);
    expect(isFromPerson({ user: 'U0PARLEY', text: 'hi' }, 'U0PARLEY')).toBe(false);
    expect(isFromPerson({ user: 'U1', subtype: 'message_changed' }, 'U0PARLEY')).toBe(false);
    expect(isFromPerson({ user: 'U1', subtype: 'channel_join' }, 'U0PARLEY')).toBe(false);
    expect(isFromPerson({ user: 'U1', bot_profile: { id: 'B2' } }, null)).toBe(false);
  });
});
