import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.ts';
import { databaseReadiness } from '../../src/store/readiness.ts';
import { StoreUnavailableError } from '../../src/store/store.ts';

describe('databaseReadiness', () => {
  it('is ready when the store answers a read', async () => {
    const check = databaseReadiness(new MemoryStore());
    expect(check.name).toBe('database');
    expect(await check.ready()).toBe(true);
  });

  it('is not ready when the store cannot be read', async () => {
    const down = {
      getCounter: async () => {
        throw new StoreUnavailableError('read', 'unreachable');
      },
    };
    expect(await databaseReadiness(down).ready()).toBe(false);
  });
});
