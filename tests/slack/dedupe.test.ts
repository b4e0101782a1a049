import { describe, expect, it } from 'vitest';
import { MemoryEventLedger } from '../../src/slack/dedupe.ts';

function clock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('MemoryEventLedger', () => {
  it('says first time once per key, and no for every repeat inside the window', async () => {
    const ledger = new MemoryEventLedger({ ttlMs: 1_000, maxEntries: 10, clock: clock().now });
    expect(await ledger.firstTime('Ev1')).toBe(true);
    expect(await ledger.firstTime('Ev1')).toBe(false);
    expect(await ledger.firstTime('Ev1')).toBe(false);
    expect(await ledger.firstTime('Ev2')).toBe(true);
  });

  it('lets exactly one of two copies arriving together through', async () => {
    const ledger = new MemoryEventLedger({ ttlMs: 1_000, maxEntries: 10 });
    const answers = await Promise.all([ledger.firstTime('Ev1'), ledger.firstTime('Ev1')]);
    expect(answers.sort()).toEqual([false, true]);
  });

  it('forgets a key once its TTL has passed', async () => {
    const time = clock();
    const ledger = new MemoryEventLedger({ ttlMs: 1_000, maxEntries: 10, clock: time.now });
    await ledger.firstTime('Ev1');
    time.advance(999);
    expect(await ledger.firstTime('Ev1')).toBe(false);
    time.advance(1);
    expect(await ledger.firstTime('Ev1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest key first', async () => {
    const time = clock();
    const ledger = new MemoryEventLedger({ ttlMs: 60_000, maxEntries: 3, clock: time.now });
    for (const key of ['a', 'b', 'c', 'd']) {
      await ledger.firstTime(key);
      time.advance(1);
    }
    expect(ledger.size).toBe(3);
    expect(await ledger.firstTime('d')).toBe(false);
    expect(await ledger.firstTime('b')).toBe(false);
    expect(await ledger.firstTime('a')).toBe(true);
  });

  it('drops expired keys as time passes, not only when full', async () => {
    const time = clock();
    const ledger = new MemoryEventLedger({ ttlMs: 100, maxEntries: 1_000, clock: time.now });
    for (let i = 0; i < 50; i += 1) await ledger.firstTime(`old-${i}`);
    time.advance(100);
    await ledger.firstTime('new');
    expect(ledger.size).toBe(1);
  });
});
