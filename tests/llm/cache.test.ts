import { describe, expect, it } from 'vitest';
import { CACHE_TTL_MS, cacheKey, ResultCache } from '../../src/llm/cache.ts';

describe('cacheKey', () => {
  it('is a SHA-256 hex digest that never contains the text itself', () => {
    const key = cacheKey('review', { draft: 'You never listen' }, 'm');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('listen');
  });

  it('depends on method, every input and the model, but not on input order', () => {
    const base = cacheKey('review', { a: '1', b: '2' }, 'm');
    expect(cacheKey('review', { b: '2', a: '1' }, 'm')).toBe(base);
    expect(cacheKey('read', { a: '1', b: '2' }, 'm')).not.toBe(base);
    expect(cacheKey('review', { a: '1', b: '3' }, 'm')).not.toBe(base);
    expect(cacheKey('review', { a: '1', b: '2' }, 'n')).not.toBe(base);
  });
});

describe('ResultCache', () => {
  it('forgets entries after ten minutes', () => {
    let now = 0;
    const cache = new ResultCache({ clock: () => now });
    cache.set('k', { v: 1 });
    now = CACHE_TTL_MS - 1;
    expect(cache.get('k')).toEqual({ v: 1 });
    now = CACHE_TTL_MS;
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops the least recently used entry when full', () => {
    const cache = new ResultCache({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('hands out copies, so a caller changing a result does not change the next one', () => {
    const cache = new ResultCache();
    cache.set('k', { list: [1] });
    cache.get<{ list: number[] }>('k')!.list.push(2);
    expect(cache.get('k')).toEqual({ list: [1] });
  });

  it('stores nothing when its size is 0', () => {
    const cache = new ResultCache({ maxEntries: 0 });
    cache.set('k', 1);
    expect(cache.get('k')).toBeUndefined();
  });
});
