import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { OUTAGE_LOG_EVERY_MS, OutageLog } from '../../src/redis/outage.ts';

describe('OutageLog', () => {
  const setup = () => {
    const lines: Record<string, unknown>[] = [];
    let now = 0;
    const log = new OutageLog(
      createLogger('debug', (line) => lines.push(JSON.parse(line))),
      'redis',
      () => now,
    );
    return { lines, log, advance: (ms: number) => (now += ms) };
  };
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379 "a draft"'), {
    code: 'ECONNREFUSED',
  });

  it('says an outage once per minute, by kind and code only', () => {
    const { lines, log, advance } = setup();
    for (let i = 0; i < 100; i++) {
      log.down(refused);
      advance(1_000);
    }
    expect(lines.map((l) => l.msg)).toEqual(['redis unreachable', 'redis unreachable']);
    expect(lines[0]).toMatchObject({ level: 'warn', kind: 'Error', code: 'ECONNREFUSED' });
    expect(JSON.stringify(lines)).not.toContain('draft');
    expect(log.isDown).toBe(true);
  });

  it('says once when it is back, and a new outage is said at once', () => {
    const { lines, log, advance } = setup();
    log.down(refused);
    log.up();
    log.up();
    advance(1);
    log.down(refused);
    expect(lines.map((l) => l.msg)).toEqual([
      'redis unreachable',
      'redis reachable again',
      'redis unreachable',
    ]);
    expect(OUTAGE_LOG_EVERY_MS).toBe(60_000);
  });
});
