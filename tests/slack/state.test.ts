import { describe, expect, it } from 'vitest';
import { STATE_TTL_MS, StateCache } from '../../src/slack/state.ts';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('StateCache', () => {
  it('returns what was put under a new random id', () => {
    const cache = new StateCache<string>();
    const a = cache.put('first');
    const b = cache.put('second');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(cache.get(a)).toBe('first');
    expect(cache.get(b)).toBe('second');
  });

  it('forgets entries after the TTL (30 minutes by default)', () => {
    const time = clock();
    const cache = new StateCache<string>({ clock: time.now });
    const id = cache.put('draft');
    time.advance(STATE_TTL_MS - 1);
    expect(cache.get(id)).toBe('draft');
    time.advance(1);
    expect(cache.get(id)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry beyond the cap', () => {
    let n = 0;
    const cache = new StateCache<string>({ maxEntries: 2, newId: () => `id${++n}` });
    cache.put('a');
    cache.put('b');
    expect(cache.get('id1')).toBe('a'); // id1 is now the most recently used
    cache.put('c');
    expect(cache.get('id2')).toBeUndefined();
    expect(cache.get('id1')).toBe('a');
    expect(cache.get('id3')).toBe('c');
    expect(cache.size).toBe(2);
  });

  it('drops expired entries before evicting live ones', () => {
    const time = clock();
    let n = 0;
    const cache = new StateCache<string>({
      maxEntries: 2,
      ttlMs: 100,
      clock: time.now,
      newId: () => `id${++n}`,
    });
    cache.put('old');
    time.advance(60);
    cache.put('live');
    time.advance(50); // "old" has expired, "live" has not
    cache.put('new');
    expect(cache.get('id2')).toBe('live');
    expect(cache.get('id3')).toBe('new');
  });

  it('replaces a value under a known key and restarts its TTL', () => {
    const time = clock();
    const cache = new StateCache<string>({ ttlMs: 100, clock: time.now });
    cache.set('thread', 'v1');
    time.advance(90);
    cache.set('thread', 'v2');
    time.advance(90);
    expect(cache.get('thread')).toBe('v2');
    cache.delete('thread');
    expect(cache.get('thread')).toBeUndefined();
  });
});
