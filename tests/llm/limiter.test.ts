import { describe, expect, it } from 'vitest';
import { UserLimiter } from '../../src/llm/limiter.ts';

describe('UserLimiter', () => {
  it('allows `limit` calls per user per sliding window', () => {
    let now = 0;
    const limiter = new UserLimiter({ limit: 2, windowMs: 1_000, clock: () => now });
    expect(limiter.take('U1')).toBe(true);
    now = 500;
    expect(limiter.take('U1')).toBe(true);
    expect(limiter.take('U1')).toBe(false);
    expect(limiter.take('U2')).toBe(true);
    now = 1_001; // the first call left the window
    expect(limiter.take('U1')).toBe(true);
    expect(limiter.take('U1')).toBe(false);
  });

  it('gives callers without a user id one shared budget', () => {
    const limiter = new UserLimiter({ limit: 1, windowMs: 1_000, clock: () => 0 });
    expect(limiter.take(null)).toBe(true);
    expect(limiter.take(undefined)).toBe(false);
  });

  it('forgets the least recently seen users beyond its capacity', () => {
    const limiter = new UserLimiter({ limit: 1, windowMs: 1_000, clock: () => 0, maxUsers: 2 });
    limiter.take('A');
    limiter.take('B');
    limiter.take('C');
    expect(limiter.take('A')).toBe(true);
  });
});
