import { describe, expect, it } from 'vitest';
import { HeatDetector } from '../../../src/coach/heat.ts';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { createLogger } from '../../../src/log.ts';
import { createListenerDeps } from '../../../src/slack/listeners/deps.ts';
import { requestStore } from '../../../src/slack/team-scope.ts';
import { MemoryStore } from '../../../src/store/memory.ts';

describe('createListenerDeps', () => {
  const local = new LocalEngine();
  const input = () => ({
    coach: local.asCoach(),
    techniques: local.techniques,
    store: requestStore(new MemoryStore()),
    logger: createLogger('error', () => {}),
    clock: () => 0,
  });

  it('gives every app its own heat detector', () => {
    const a = createListenerDeps(input());
    const b = createListenerDeps(input());
    expect(a.heat).toBeInstanceOf(HeatDetector);
    expect(a.heat).not.toBe(b.heat);
  });

  it('uses the heat detector it is given', () => {
    const heat = new HeatDetector({ hourlyCap: 1 });
    expect(createListenerDeps({ ...input(), heat }).heat).toBe(heat);
  });
});
