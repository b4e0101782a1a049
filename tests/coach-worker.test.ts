import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../src/coach/coach.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import { CoachBusyError, type CoachWorkers, startCoachWorkers } from '../src/coach-worker.ts';

describe('coach worker threads', () => {
  let workers: CoachWorkers;
  const local = new LocalEngine();
  beforeAll(async () => {
    workers = await startCoachWorkers({
      engine: { kind: 'local', openai: null },
      logLevel: 'error',
      size: 1,
    });
  }, 60_000);
  afterAll(async () => workers?.close());

  it('answers exactly like the engine built on the main thread', async () => {
    const draft = 'You ALWAYS ignore my emails and it is NOT ok!!!';
    expect(await workers.coach.review(draft, { user: 'U1', context: 'peer' })).toEqual(
      local.review(draft, { user: 'U1', context: 'peer' }),
    );
    const plan = await workers.coach.prepare('A client wants another 30% off', { user: 'U1' });
    expect(plan).toEqual(local.prepare('A client wants another 30% off', { user: 'U1' }));
  });

  it('takes options with a notify callback (functions stay on this thread)', async () => {
    const notices: Notice[] = [];
    const reading = await workers.coach.read('As I already explained, this is not my job.', {
      notify: (n) => notices.push(n),
    });
    expect(reading.engine).toBe('local');
    expect(notices).toEqual([]);
  });

  it('passes a failure back as its kind, without the message', async () => {
    const error = await workers.coach.review(undefined as unknown as string).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/Error$/);
    expect((error as Error).message).toBe('The coach failed in a worker thread');
  });

  it('refuses calls beyond the pending limit with CoachBusyError', async () => {
    const small = await startCoachWorkers({
      engine: { kind: 'local', openai: null },
      logLevel: 'error',
      size: 1,
      maxPending: 1,
    });
    try {
      const first = small.coach.prepare('The vendor missed the deadline again');
      await expect(small.coach.prepare('another')).rejects.toBeInstanceOf(CoachBusyError);
      await expect(first).resolves.toMatchObject({ engine: 'local' });
    } finally {
      await small.close();
    }
  }, 60_000);
});
