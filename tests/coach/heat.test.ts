import { describe, expect, it } from 'vitest';
import {
  HeatDetector,
  type HeatSettings,
  hostilityOf,
  measureMessage,
  opaqueUser,
} from '../../src/coach/heat.ts';
import { INCIDENT_THREAD } from '../fixtures/incident-thread.ts';

const MIN = 60_000;
const medium: HeatSettings = { sensitivity: 'medium' };

const heated: [string, string][] = [
  ['ana', 'The deploy broke prod again. Who merged this without tests?'],
  ['ben', 'I did, it was urgent. The tests were flaky anyway.'],
  ['ana', 'Why do you always skip the checks? You never listen.'],
  ['ben', "Seriously? You're blaming me for your own broken pipeline?!"],
  ['ana', 'This is ridiculous. Stop making excuses and own it.'],
  ['ben', "You're unbelievable. I'm not taking the fall for your mess."],
  ['ana', 'Are you kidding me? Read the logs before you accuse anyone.'],
  ['ben', 'WHATEVER. This is a joke.'],
];

const incident = INCIDENT_THREAD;

const review: [string, string][] = [
  ['ana', 'Can you rename this to fetchUser?'],
  ['ben', 'Sure, done. Do you want a test for the null case too?'],
  ['ana', "Yes please. Also this loop doesn't handle an empty list."],
  ['ben', "Good catch, it wasn't. Fixed."],
  ['ana', 'Nit: no need for the extra log line'],
  ['ben', 'Removed'],
  ['ana', 'LGTM, thanks!'],
  ['ben', 'Merging'],
  ['ana', 'wait, CI is red'],
  ['ben', 'That is the flaky e2e, not mine. Rerunning.'],
  ['ana', 'ok green now'],
  ['ben', 'merged 🙂'],
];

function feed(
  detector: HeatDetector,
  messages: [string, string][],
  options: {
    channel?: string;
    thread?: string;
    start?: number;
    gap?: number;
    settings?: HeatSettings;
    /** The server's clock for message i; by default the message's own time. */
    received?: (i: number) => number;
  } = {},
) {
  const { channel = 'C1', thread = 't1', start = 0, gap = 40_000, settings = medium, received } = options;
  return messages.map(([user, text], i) =>
    detector.observe(
      {
        channel,
        thread,
        user,
        at: start + i * gap,
        ...(received ? { receivedAt: received(i) } : {}),
        measure: measureMessage(text),
      },
      settings,
    ),
  );
}

describe('measureMessage', () => {
  it('reads blame, challenge, contempt and shouting as numbers only', () => {
    const m = measureMessage('Why do you ALWAYS ignore me?! This is RIDICULOUS. You never listen.');
    expect(m.blame).toBeGreaterThanOrEqual(2);
    expect(m.challenge).toBeGreaterThanOrEqual(1);
    expect(m.contempt).toBeGreaterThanOrEqual(1);
    expect(m.shouting).toBeGreaterThan(0);
    expect(Object.values(m).every((v) => typeof v === 'number')).toBe(true);
  });

  it('scores a warm, specific message as far cooler than a hostile one', () => {
    const warm = hostilityOf(measureMessage('Thanks for the fix! Could we add a test for the empty case?'));
    const hostile = hostilityOf(
      measureMessage('You never test anything. This is a joke, stop wasting my time.'),
    );
    expect(warm).toBeLessThan(0.2);
    expect(hostile).toBeGreaterThan(0.5);
  });

  it('does not count short acronyms in capitals as shouting', () => {
    expect(measureMessage('PR for the API is up, CI is green').shouting).toBe(0);
  });

  it('picks up Polish blame and contempt', () => {
    const m = measureMessage('Zawsze to psujesz. To jest żałosne, znowu zrobiłeś błąd.');
    expect(m.blame + m.contempt).toBeGreaterThanOrEqual(2);
  });

  it('adds the analyzer risk and flags when given', () => {
    const plain = hostilityOf(measureMessage('ok'));
    const risky = hostilityOf(
      measureMessage('ok', {
        risk: { level: 'heated', score: 0.8 },
        flags: [{ start: 0, end: 2, text: 'ok', kind: 'insult', why: 'x', instead: null } as never],
      }),
    );
    expect(risky).toBeGreaterThan(plain + 0.5);
  });
});

describe('HeatDetector', () => {
  it('fires exactly once in a heated two-person thread', () => {
    const readings = feed(new HeatDetector(), heated);
    expect(readings.filter((r) => r.remind)).toHaveLength(1);
    expect(Math.max(...readings.map((r) => r.heat))).toBeGreaterThan(0.6);
    expect(readings.find((r) => r.remind)?.people).toBe(2);
  });

  it('says why without names or words from the thread', () => {
    const fired = feed(new HeatDetector(), heated).find((r) => r.remind)!;
    expect(fired.why.length).toBeGreaterThan(0);
    const said = fired.why.join(' ').toLowerCase();
    expect(said).not.toMatch(/ana|ben|deploy|ridiculous|pipeline/);
  });

  it('stays quiet in a calm, busy incident thread with five people and thirty fast messages', () => {
    const detector = new HeatDetector();
    const readings = incident.map((text, i) =>
      detector.observe(
        { channel: 'C1', thread: 'inc', user: `u${i % 5}`, at: i * 15_000, measure: measureMessage(text) },
        { sensitivity: 'high' },
      ),
    );
    expect(readings.some((r) => r.remind)).toBe(false);
    expect(Math.max(...readings.map((r) => r.heat))).toBeLessThan(0.3);
  });

  it('ignores the small baseline risk an analyzer gives plain messages', () => {
    const detector = new HeatDetector();
    const readings = incident.map((text, i) =>
      detector.observe(
        {
          channel: 'C1',
          thread: 'inc',
          user: `u${i % 5}`,
          at: i * 10_000,
          measure: measureMessage(text, { risk: { level: 'calm', score: 0.2 }, flags: [] }),
        },
        { sensitivity: 'high' },
      ),
    );
    expect(readings.some((r) => r.remind)).toBe(false);
  });

  it('stays quiet in a quick code-review back-and-forth', () => {
    const readings = feed(new HeatDetector(), review, { gap: 15_000, settings: { sensitivity: 'high' } });
    expect(readings.some((r) => r.remind)).toBe(false);
  });

  it('never reminds one angry person talking alone', () => {
    const alone = heated.map(([, text]) => ['ana', text] as [string, string]);
    const readings = feed(new HeatDetector(), alone);
    expect(readings.some((r) => r.remind)).toBe(false);
    expect(readings.at(-1)?.why).toContain('one person');
  });

  it('waits for the cooldown before reminding the same thread again', () => {
    const detector = new HeatDetector({ hourlyCap: 10 });
    const settings: HeatSettings = { sensitivity: 'medium', cooldownMinutes: 30 };
    const first = feed(detector, heated, { settings });
    const soon = feed(detector, heated, { start: 10 * MIN, settings });
    const later = feed(detector, heated, { start: 45 * MIN, settings });
    expect(first.filter((r) => r.remind)).toHaveLength(1);
    expect(soon.filter((r) => r.remind)).toHaveLength(0);
    expect(soon.some((r) => r.why.includes('cooldown'))).toBe(true);
    expect(later.filter((r) => r.remind)).toHaveLength(1);
  });

  it('sends at most three reminders per channel per hour', () => {
    const detector = new HeatDetector();
    const fired = [0, 1, 2, 3, 4].map(
      (n) => feed(detector, heated, { thread: `t${n}`, start: n * 5 * MIN }).filter((r) => r.remind).length,
    );
    expect(fired).toEqual([1, 1, 1, 0, 0]);
    const other = feed(detector, heated, { channel: 'C2', thread: 'x', start: 25 * MIN });
    expect(other.filter((r) => r.remind)).toHaveLength(1);
    const nextHour = feed(detector, heated, { thread: 't9', start: 70 * MIN });
    expect(nextHour.filter((r) => r.remind)).toHaveLength(1);
  });

  it('counts the hourly cap on the received clock, so old-stamped threads in a burst get at most the cap', () => {
    const detector = new HeatDetector();
    // Five heated threads stamped two hours apart (a backlog or a replay) arrive within 17 s.
    let clock = 1_000 * 60 * MIN;
    const fired = [0, 1, 2, 3, 4].map(
      (n) =>
        feed(detector, heated, {
          thread: `old${n}`,
          start: n * 120 * MIN,
          received: () => (clock += 400),
        }).filter((r) => r.remind).length,
    );
    expect(fired.reduce((a, b) => a + b, 0)).toBe(3);
    expect(clock - 1_000 * 60 * MIN).toBeLessThan(17_000);
    // An hour later on the server's clock the channel may be reminded again.
    clock += 60 * MIN;
    const later = feed(detector, heated, { thread: 'fresh', start: 0, received: () => (clock += 400) });
    expect(later.filter((r) => r.remind)).toHaveLength(1);
  });

  it('runs the cooldown on the received clock, not on message stamps that jump ahead', () => {
    const detector = new HeatDetector({ hourlyCap: 10 });
    const settings: HeatSettings = { sensitivity: 'medium', cooldownMinutes: 30 };
    let clock = 0;
    const tick = () => (clock += 1_000);
    const first = feed(detector, heated, { settings, received: tick });
    // Stamped 45 minutes later, received seconds later: still within the cooldown.
    const stamped = feed(detector, heated, { start: 45 * MIN, settings, received: tick });
    expect(first.filter((r) => r.remind)).toHaveLength(1);
    expect(stamped.filter((r) => r.remind)).toHaveLength(0);
    expect(stamped.some((r) => r.why.includes('cooldown'))).toBe(true);
    clock += 31 * MIN;
    const later = feed(detector, heated, { start: 90 * MIN, settings, received: tick });
    expect(later.filter((r) => r.remind)).toHaveLength(1);
  });

  it('forgets idle threads by the received clock, whatever the message stamps say', () => {
    const detector = new HeatDetector({ idleMinutes: 30 });
    // Stamped years apart but received seconds apart: both threads are live.
    feed(detector, heated.slice(0, 3), { thread: 'a', start: 0, received: (i) => i * 1_000 });
    feed(detector, heated.slice(0, 3), { thread: 'b', start: 1e12, received: (i) => 10_000 + i * 1_000 });
    expect(detector.size).toBe(2);
    // 31 minutes later on the server's clock, an old-stamped message does not keep them alive.
    detector.observe(
      { channel: 'C1', thread: 'c', user: 'x', at: 0, receivedAt: 45 * MIN, measure: 0 },
      medium,
    );
    expect(detector.size).toBe(1);
  });

  it('never holds more threads than its cap, after every message, and drops spent reminder windows', () => {
    const cap = 50;
    const detector = new HeatDetector({ maxThreads: cap, hourlyCap: 100 });
    const hot = measureMessage("Seriously? You're blaming me for your own broken pipeline?!");
    let most = 0;
    for (let i = 0; i < 2_000; i++) {
      // Four messages a thread, 500 threads over 7 channels, stamps older than their arrival.
      const t = Math.floor(i / 4);
      detector.observe(
        {
          channel: `C${t % 7}`,
          thread: `t${t}`,
          user: i % 2,
          at: i * 20_000 - 1e9,
          receivedAt: i * 1_000,
          measure: hot,
        },
        { sensitivity: 'high', cooldownMinutes: 0 },
      );
      most = Math.max(most, detector.size);
    }
    expect(most).toBe(cap);
    expect(detector.channelsWithReminders).toBeGreaterThan(0);
    detector.observe(
      { channel: 'C9', thread: 'x', user: 0, at: 0, receivedAt: 2_000 * 1_000 + 61 * MIN, measure: 0 },
      medium,
    );
    expect(detector.channelsWithReminders).toBe(0);
    expect(detector.size).toBe(1);
  });

  it('reminds sooner at high sensitivity and later, or never, at low', () => {
    const firstAt = (settings: HeatSettings) =>
      feed(new HeatDetector(), heated, { settings }).findIndex((r) => r.remind);
    const high = firstAt({ sensitivity: 'high' });
    const med = firstAt({ sensitivity: 'medium' });
    const low = firstAt({ sensitivity: 'low' });
    expect(high).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(med);
    expect(low === -1 || low >= med).toBe(true);
  });

  it('becomes less sensitive with a Not-helpful offset', () => {
    const firstAt = (offset: number) =>
      feed(new HeatDetector(), heated.slice(0, 4), {
        settings: { sensitivity: 'medium', sensitivityOffset: offset },
      }).findIndex((r) => r.remind);
    expect(firstAt(0)).toBeGreaterThanOrEqual(0);
    expect(firstAt(0.2)).toBe(-1);
  });

  it('keeps at most maxThreads threads however many arrive', () => {
    const detector = new HeatDetector({ maxThreads: 100 });
    for (let i = 0; i < 1_000; i++) {
      detector.observe({ channel: 'C1', thread: `t${i}`, user: i, at: i, measure: 0.1 }, medium);
    }
    expect(detector.size).toBe(100);
  });

  it('forgets threads after the idle time, so a cold thread starts from zero', () => {
    const detector = new HeatDetector({ idleMinutes: 30 });
    feed(detector, heated.slice(0, 6), { thread: 'old' });
    expect(detector.size).toBe(1);
    detector.observe({ channel: 'C1', thread: 'new', user: 'x', at: 2 * 60 * MIN, measure: 0 }, medium);
    expect(detector.size).toBe(1);
    const back = detector.observe(
      { channel: 'C1', thread: 'old', user: 'ana', at: 2 * 60 * MIN + 1, measure: 0 },
      medium,
    );
    expect(back.heat).toBe(0);
  });

  it('cools down over time without new hostile messages', () => {
    const detector = new HeatDetector();
    const hot = feed(detector, heated.slice(0, 5)).at(-1)!.heat;
    const calm = detector.observe(
      {
        channel: 'C1',
        thread: 't1',
        user: 'ben',
        at: 25 * MIN,
        measure: measureMessage('ok, let us talk tomorrow'),
      },
      medium,
    );
    expect(calm.heat).toBeLessThan(hot / 2);
  });

  it('forgets a channel when asked', () => {
    const detector = new HeatDetector();
    feed(detector, heated.slice(0, 2), { channel: 'C1' });
    feed(detector, heated.slice(0, 2), { channel: 'C2' });
    detector.forgetChannel('C1');
    expect(detector.size).toBe(1);
  });

  it('hashes user ids to stable opaque numbers', () => {
    expect(opaqueUser('U123')).toBe(opaqueUser('U123'));
    expect(opaqueUser('U123')).not.toBe(opaqueUser('U124'));
    expect(Number.isInteger(opaqueUser('U123'))).toBe(true);
  });
});
