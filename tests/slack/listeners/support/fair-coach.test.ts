import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { CoachBusyError, fairCoach } from '../../../../src/slack/listeners/support/fair-coach.ts';

describe('fairCoach', () => {
  const local = new LocalEngine().asCoach();

  it('answers like the coach it wraps', async () => {
    const draft = 'You always ignore my emails!';
    expect(await fairCoach(local).review(draft)).toEqual(await local.review(draft));
  });

  it('starts one call per event-loop turn, so other callbacks run between them', async () => {
    const order: string[] = [];
    const coach = fairCoach({
      ...local,
      prepare: async (situation) => {
        order.push(situation);
        return local.prepare(situation);
      },
    });
    const calls = [coach.prepare('a'), coach.prepare('b')];
    setImmediate(() => order.push('other work'));
    await Promise.all(calls);
    expect(order).toEqual(['a', 'other work', 'b']);
  });

  it('refuses calls beyond the queue limit with CoachBusyError', async () => {
    const coach = fairCoach(local, 1);
    const first = coach.prepare('a client wants a discount');
    await expect(coach.prepare('another')).rejects.toBeInstanceOf(CoachBusyError);
    await expect(first).resolves.toMatchObject({ engine: 'local' });
  });

  it('passes a coach failure on to its caller', async () => {
    const coach = fairCoach({
      ...local,
      read: () => {
        throw new Error('sync failure');
      },
    });
    await expect(coach.read('hi')).rejects.toThrow('sync failure');
  });

  it('offers prepareStream only when the coach it wraps streams', async () => {
    expect(fairCoach(local).prepareStream).toBeUndefined();
    const chunks: string[] = [];
    const coach = fairCoach({
      ...local,
      prepareStream: async (situation, options, onMarkdown, toMarkdown) => {
        const plan = await local.prepare(situation, options);
        onMarkdown(toMarkdown(plan));
        return plan;
      },
    });
    const plan = await coach.prepareStream!(
      'a client wants a discount',
      {},
      (c) => chunks.push(c),
      () => 'md',
    );
    expect(plan.engine).toBe('local');
    expect(chunks).toEqual(['md']);
  });

  it('offers practiceStream only when the coach it wraps streams', async () => {
    expect(fairCoach(local).practiceStream).toBeUndefined();
    const chunks: string[] = [];
    const coach = fairCoach({
      ...local,
      practiceStream: async (input, onText) => {
        const reply = await local.practice(input);
        onText(reply.text);
        return reply;
      },
    });
    const reply = await coach.practiceStream!({ situation: 'a client wants a discount', turns: [] }, (c) =>
      chunks.push(c),
    );
    expect(reply.engine).toBe('local');
    expect(chunks).toEqual([reply.text]);
  });
});
