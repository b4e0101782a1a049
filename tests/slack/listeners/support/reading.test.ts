import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { createLogger } from '../../../../src/log.ts';
import { createListenerDeps } from '../../../../src/slack/listeners/deps.ts';
import { retryReading } from '../../../../src/slack/listeners/support/reading.ts';
import type { ReadingState } from '../../../../src/slack/state.ts';
import { MemoryStore } from '../../../../src/store/memory.ts';
import { reading, strings } from '../../views/fixtures.ts';

describe('retryReading ("Try another technique" on a reading)', () => {
  const local = new LocalEngine();
  let reads = 0;
  const deps = createListenerDeps({
    coach: {
      ...local.asCoach(),
      read: async () => {
        reads += 1;
        throw new Error('a reading is never redone for a technique');
      },
    },
    techniques: local.techniques,
    store: new MemoryStore(),
    logger: createLogger('error', () => {}),
    clock: () => 0,
  });
  const put = (): [string, ReadingState] => {
    const state: ReadingState = {
      kind: 'reading',
      user: 'U1',
      message: 'As I already explained, this is not my job.',
      reading: reading(),
      context: null,
      language: 'auto',
    };
    return [deps.state.put(state), state];
  };

  it('shows the reply with the chosen technique first and keeps that order for the tone buttons', () => {
    const [id, state] = put();
    expect(state.reading.replies.map((r) => r.technique)).toEqual(['contrasting', 'apology']);
    const message = retryReading(deps, id, state, 'apology');
    const cached = deps.state.get(id) as ReadingState;
    expect(cached.reading.replies.map((r) => r.technique)).toEqual(['apology', 'contrasting']);
    expect(strings(message.blocks).join('\n')).not.toContain('None of these replies');
    expect(reads).toBe(0);
  });

  it('says so plainly when no reply uses the chosen technique', () => {
    const [id, state] = put();
    const name = local.techniques.all.find((t) => t.id === 'take-a-break')?.name ?? '';
    expect(name).not.toBe('');
    const message = retryReading(deps, id, state, 'take-a-break');
    expect(strings(message.blocks).join('\n')).toContain(`None of these replies uses ${name}.`);
    expect(typeof message.text).toBe('string');
    expect(reads).toBe(0);
  });
});
