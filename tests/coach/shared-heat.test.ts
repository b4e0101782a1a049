import { describe, expect, it } from 'vitest';
import { HeatDetector, type HeatEntry, type HeatSettings, measureMessage } from '../../src/coach/heat.ts';
import { MemoryReminderGate, type ReminderGate } from '../../src/coach/reminder-gate.ts';
import { type HeatWindowStore, SharedHeat, windowOf } from '../../src/coach/shared-heat.ts';

const HEATED = [
  'The deploy broke prod again. Who merged this without tests?',
  'I did, it was urgent. The tests were flaky anyway.',
  'Why do you always skip the checks? You never listen.',
  "Seriously? You're blaming me for your own broken pipeline?!",
  'This is ridiculous. Stop making excuses and own it.',
  "You're unbelievable. I'm not taking the fall for your mess.",
];
const settings: HeatSettings = { sensitivity: 'medium' };
const message = (i: number, thread = 't') => ({
  channel: 'C1',
  thread,
  user: i % 2 === 0 ? 'ana' : 'ben',
  at: i * 40_000,
  measure: measureMessage(HEATED[i % HEATED.length]!),
});

/** A window store as simple as can be: one array per thread. */
function arrayWindows(): HeatWindowStore {
  const threads = new Map<string, HeatEntry[]>();
  return {
    async push(channel, thread, entry, { windowSize }) {
      const entries = [...(threads.get(`${channel}/${thread}`) ?? []), entry].slice(-windowSize);
      threads.set(`${channel}/${thread}`, entries);
      return windowOf(entries);
    },
    async forgetChannel(channel) {
      for (const key of threads.keys()) if (key.startsWith(`${channel}/`)) threads.delete(key);
    },
  };
}

const failing = async () => Promise.reject(new Error('store down'));

describe('SharedHeat (the detector over shared stores)', () => {
  it('reads and decides exactly as the in-process detector does', async () => {
    const shared = new SharedHeat(arrayWindows(), new MemoryReminderGate({ maxEntries: 100 }));
    const local = new HeatDetector();
    for (let i = 0; i < 12; i++)
      expect(await shared.observe(message(i), settings)).toEqual(local.observe(message(i), settings));
  });

  it('pauses when the window store fails: a cold reading, no reminder', async () => {
    const windows: HeatWindowStore = { push: failing, forgetChannel: failing };
    const shared = new SharedHeat(windows, new MemoryReminderGate({ maxEntries: 100 }));
    for (let i = 0; i < 6; i++)
      expect(await shared.observe(message(i), settings)).toMatchObject({ remind: false, why: ['paused'] });
    await expect(shared.forgetChannel('C1')).resolves.toBeUndefined();
  });

  it('pauses when the gate fails: the heat is shown, no reminder goes out', async () => {
    const gate: ReminderGate = { claim: failing, forgetChannel: failing };
    const shared = new SharedHeat(arrayWindows(), gate);
    const readings = [];
    for (let i = 0; i < 6; i++) readings.push(await shared.observe(message(i), settings));
    expect(readings.some((r) => r.remind)).toBe(false);
    expect(readings.some((r) => r.heat >= 0.6 && r.why.includes('paused'))).toBe(true);
  });
});
