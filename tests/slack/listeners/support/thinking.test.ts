import { describe, expect, it } from 'vitest';
import { withThinking } from '../../../../src/slack/listeners/support/thinking.ts';

describe('withThinking', () => {
  it('skips the note when the work is already done', async () => {
    let noted = false;
    const result = await withThinking(Promise.resolve('review'), 1_000, async () => {
      noted = true;
    });
    expect(result).toEqual({ value: 'review', slow: false });
    expect(noted).toBe(false);
  });

  it('shows the note first when the work is still going, and finishes it before the result', async () => {
    const order: string[] = [];
    let finish: (value: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const result = await withThinking(work, 0, async () => {
      order.push('thinking');
      finish('review');
    });
    order.push('result');
    expect(result).toEqual({ value: 'review', slow: true });
    expect(order).toEqual(['thinking', 'result']);
  });

  it("passes the work's failure on", async () => {
    await expect(withThinking(Promise.reject(new Error('boom')), 1_000, async () => {})).rejects.toThrow(
      'boom',
    );
  });
});
