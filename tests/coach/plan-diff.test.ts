import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import { planChanges } from '../../src/coach/plan-diff.ts';

const engine = new LocalEngine();

describe('planChanges', () => {
  const before = engine.prepare('A client wants another 30% off the renewal and I cannot go that low');

  it('finds nothing new in the same plan', () => {
    expect(planChanges(before, structuredClone(before))).toEqual([]);
  });

  it('keeps only what is new, field by field, in reading order', () => {
    const after = structuredClone(before);
    after.ifItHeatsUp = [...before.ifItHeatsUp, 'If they mention a competitor, ask what the quote includes.'];
    after.opening = 'A new opening line.';
    expect(planChanges(before, after)).toEqual([
      { field: 'opening', added: ['A new opening line.'] },
      { field: 'ifItHeatsUp', added: ['If they mention a competitor, ask what the quote includes.'] },
    ]);
  });

  it('does not report a field that only lost items', () => {
    const after = structuredClone(before);
    after.followUp = before.followUp.slice(1);
    expect(planChanges(before, after)).toEqual([]);
  });

  it('reports what a new detail changes in an offline plan, not every field', () => {
    const after = engine.prepare(
      "A client wants another 30% off the renewal and I cannot go that low\nThey also said they'll go to a competitor",
    );
    const changes = planChanges(before, after);
    expect(changes.length).toBeLessThan(13);
  });
});
