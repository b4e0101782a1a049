import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeatDetector, type HeatSettings, measureMessage } from '../../src/coach/heat.ts';
import { SharedHeat } from '../../src/coach/shared-heat.ts';
import { createLogger } from '../../src/log.ts';
import { connectRedis, type SharedRedis } from '../../src/redis/connection.ts';
import { RedisHeatWindows, RedisReminderGate } from '../../src/redis/heat.ts';
import { cleanUp, closedRedisUrl, keysUnder, openRedis, requireRedis, testPrefix } from '../helpers/redis.ts';

const HEATED: [string, string][] = [
  ['ana', 'The deploy broke prod again. Who merged this without tests?'],
  ['ben', 'I did, it was urgent. The tests were flaky anyway.'],
  ['ana', 'Why do you always skip the checks? You never listen.'],
  ['ben', "Seriously? You're blaming me for your own broken pipeline?!"],
  ['ana', 'This is ridiculous. Stop making excuses and own it.'],
  ['ben', "You're unbelievable. I'm not taking the fall for your mess."],
  ['ana', 'Are you kidding me? Read the logs before you accuse anyone.'],
  ['ben', 'WHATEVER. This is a joke.'],
];
const medium: HeatSettings = { sensitivity: 'medium', cooldownMinutes: 30 };
const message = (channel: string, thread: string, i: number) => ({
  channel,
  thread,
  user: HEATED[i]![0],
  at: 1_700_000_000_000 + i * 40_000,
  measure: measureMessage(HEATED[i]![1]),
});
const claim = (channel: string, thread: string, cooldownMs = 60_000, hourlyCap = 3) => ({
  channel,
  thread,
  now: 0,
  cooldownMs,
  hourlyCap,
});

describe('thread heat in Redis', () => {
  const prefix = testPrefix('heat');
  let a: SharedRedis;
  let b: SharedRedis;

  beforeAll(async () => {
    await requireRedis();
    a = await openRedis(prefix);
    b = await openRedis(prefix);
  });
  afterAll(async () => {
    await cleanUp(a);
    await a.close();
    await b.close();
  });

  const shared = (r: SharedRedis) => new SharedHeat(new RedisHeatWindows(r), new RedisReminderGate(r));

  it('reads a thread fed through two instances exactly as one in-process detector does', async () => {
    const onA = shared(a);
    const onB = shared(b);
    const local = new HeatDetector();
    for (let i = 0; i < HEATED.length; i++) {
      const m = message('C1', 't1', i);
      const reading = await (i % 2 === 0 ? onA : onB).observe(m, medium);
      expect(reading).toEqual(local.observe(m, medium));
    }
  });

  it('keeps numbers only, at most the window, forgotten after the idle time', async () => {
    const windows = new RedisHeatWindows(a);
    for (let i = 0; i < 12; i++)
      await windows.push(
        'C2',
        't',
        { at: i, hostility: 0.5, user: 7, cues: 1 },
        { windowSize: 8, idleMs: 60_000 },
      );
    const key = `${prefix}heat:{C2}:w:t`;
    const stored = await a.client.lRange(key, 0, -1);
    expect(stored).toHaveLength(8);
    expect(stored[0]).toBe('4,0.5,7,1');
    expect(stored.every((e) => /^[\d.,-]+$/.test(e))).toBe(true);
    expect(await a.client.pTTL(key)).toBeGreaterThan(0);
  });

  it('lets exactly one of many simultaneous claims remind, across instances', async () => {
    const gates = [new RedisReminderGate(a), new RedisReminderGate(b)];
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gates[i % 2]!.claim(claim('C3', 't'))),
    );
    expect(verdicts.filter((v) => v === 'remind')).toHaveLength(1);
    expect(verdicts.filter((v) => v === 'cooldown')).toHaveLength(19);
  });

  it('remembers the cooldown across a restart (a new connection)', async () => {
    expect(await new RedisReminderGate(a).claim(claim('C4', 't'))).toBe('remind');
    const restarted = await openRedis(prefix);
    try {
      expect(await new RedisReminderGate(restarted).claim(claim('C4', 't'))).toBe('cooldown');
    } finally {
      await restarted.close();
    }
  });

  it('caps reminders per channel per hour, whichever threads and instances ask', async () => {
    const gates = [new RedisReminderGate(a), new RedisReminderGate(b)];
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await gates[i % 2]!.claim(claim('C5', `t${i}`, 60_000, 3)));
    expect(verdicts).toEqual(['remind', 'remind', 'remind', 'hourly cap', 'hourly cap']);
    expect(await gates[0]!.claim(claim('C6', 't0', 60_000, 3))).toBe('remind');
  });

  it('allows back-to-back reminders with the cooldown off, up to the cap', async () => {
    const gate = new RedisReminderGate(a);
    expect(await gate.claim(claim('C7', 't', 0, 2))).toBe('remind');
    expect(await gate.claim(claim('C7', 't', 0, 2))).toBe('remind');
    expect(await gate.claim(claim('C7', 't', 0, 2))).toBe('hourly cap');
  });

  it('forgets a channel (watching turned off) and only that channel', async () => {
    const heat = shared(a);
    for (let i = 0; i < HEATED.length; i++) {
      await heat.observe(message('C8', 't', i), medium);
      await heat.observe(message('C9', 't', i), medium);
    }
    await heat.forgetChannel('C8');
    expect(await keysUnder(a, `${prefix}heat:{C8}`)).toEqual([]);
    expect((await keysUnder(a, `${prefix}heat:{C9}`)).length).toBeGreaterThan(0);
    expect(await new RedisReminderGate(a).claim(claim('C8', 't'))).toBe('remind');
  });

  it('keeps two workspaces apart in a channel they share (each watches it with its own settings)', async () => {
    let team = 'T1';
    const teamOf = () => team;
    const gate = new RedisReminderGate(a, teamOf);
    const windows = new RedisHeatWindows(a, teamOf);
    const entry = { at: 1, hostility: 0.9, user: 1, cues: 1 };
    expect(await gate.claim(claim('C11', 't'))).toBe('remind');
    expect((await windows.push('C11', 't', entry, { windowSize: 8, idleMs: 60_000 })).size).toBe(1);
    team = 'T2';
    expect(await gate.claim(claim('C11', 't'))).toBe('remind');
    expect((await windows.push('C11', 't', entry, { windowSize: 8, idleMs: 60_000 })).size).toBe(1);
    await windows.forgetChannel('C11');
    await gate.forgetChannel('C11');
    expect(await keysUnder(a, `${prefix}heat:{T2/C11}`)).toEqual([]);
    team = 'T1';
    expect(await gate.claim(claim('C11', 't'))).toBe('cooldown');
  });

  it('pauses reminders when Redis is down: a cold reading, never a reminder', async () => {
    const down = connectRedis({
      url: await closedRedisUrl(),
      prefix,
      logger: createLogger('error', () => {}),
    });
    try {
      const heat = shared(down);
      for (let i = 0; i < HEATED.length; i++) {
        const reading = await heat.observe(message('C10', 't', i), medium);
        expect(reading).toMatchObject({ remind: false, why: ['paused'] });
      }
    } finally {
      await down.close();
    }
  });
});
