import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/slack/app.ts';

describe('readiness (GET /readyz)', () => {
  it('is ready with no checks: the embedded mode depends on nothing', async () => {
    expect(await readiness([])).toEqual({ ready: true, body: { ok: true, checks: {}, down: [] } });
  });

  it('names every dependency that is down, failing or not answering in time', async () => {
    const result = await readiness(
      [
        { name: 'redis', ready: async () => false },
        { name: 'database', ready: async () => true },
        { name: 'throws', ready: async () => Promise.reject(new Error('boom')) },
        { name: 'hangs', ready: () => new Promise<boolean>(() => {}) },
      ],
      20,
    );
    expect(result.ready).toBe(false);
    expect(result.body).toEqual({
      ok: false,
      checks: { redis: 'down', database: 'up', throws: 'down', hangs: 'down' },
      down: ['redis', 'throws', 'hangs'],
    });
  });
});
