/**
 * Thread heat shared by the fleet. Windows: a list per thread of "at,hostility,user,cues" (numbers
 * only, as in memory), appended, trimmed and read in one MULTI, forgotten by Redis after the idle
 * time. Reminders: one Lua script checks the thread's cooldown and the channel's hourly cap and
 * records the reminder in the same step, on the Redis server's clock, so two instances deciding
 * at once cannot both remind and a restart forgets nothing. Keys of one channel share a hash tag
 * ({channel}), so the script's keys sit in one slot on a cluster too.
 */
import { randomBytes } from 'node:crypto';
import { FIELDS, type HeatEntry, type HeatWindow } from '../coach/heat.ts';
import type { ReminderClaim, ReminderGate, ReminderVerdict } from '../coach/reminder-gate.ts';
import type { HeatWindowStore } from '../coach/shared-heat.ts';
import type { SharedRedis } from './connection.ts';

const HOUR_MS = 60 * 60_000;

/** The workspace of the request being handled, when several share one app (a shared channel is watched per workspace). */
export type TeamOf = () => string | undefined;

const channelTag = (channel: string, team: TeamOf) => {
  const t = team();
  return t ? `{${t}/${channel}}` : `{${channel}}`;
};

/** Deletes a channel's keys of one kind: SCAN on its tag, then DEL (rare: watching turned off). */
async function forgetChannelKeys(redis: SharedRedis, tag: string, kind: string): Promise<void> {
  const match = `${redis.key('heat', tag, kind).replace(/[*?[\]\\]/g, '\\$&')}:*`;
  await redis.run(async (c) => {
    for await (const batch of c.scanIterator({ MATCH: match, COUNT: 500 })) {
      const keys = Array.isArray(batch) ? batch : [batch];
      if (keys.length > 0) await c.del(keys);
    }
  });
}

export class RedisHeatWindows implements HeatWindowStore {
  constructor(
    private readonly redis: SharedRedis,
    private readonly team: TeamOf = () => undefined,
  ) {}

  async push(
    channel: string,
    thread: string,
    entry: HeatEntry,
    limits: { windowSize: number; idleMs: number },
  ): Promise<HeatWindow> {
    const key = this.redis.key('heat', channelTag(channel, this.team), 'w', thread);
    const encoded = `${entry.at},${entry.hostility},${entry.user},${entry.cues}`;
    const replies = await this.redis.run((c) =>
      c
        .multi()
        .rPush(key, encoded)
        .lTrim(key, -limits.windowSize, -1)
        .pExpire(key, limits.idleMs)
        .lRange(key, 0, -1)
        .exec(),
    );
    const list = replies[3];
    return decodeWindow(Array.isArray(list) ? (list as unknown[]) : []);
  }

  async forgetChannel(channel: string): Promise<void> {
    await forgetChannelKeys(this.redis, channelTag(channel, this.team), 'w');
  }
}

/** The stored entries, oldest first; anything malformed is skipped (numbers only get in). */
export function decodeWindow(list: unknown[]): HeatWindow {
  const entries: number[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const numbers = item.split(',').map(Number);
    if (numbers.length !== FIELDS || !numbers.every(Number.isFinite)) continue;
    entries.push(...numbers);
  }
  return { entries, size: entries.length / FIELDS };
}

/** KEYS: the thread's cooldown, the channel's reminders (scored by time). ARGV: cooldown ms, cap, member. */
const CLAIM = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'cooldown' end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ${HOUR_MS})
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 'hourly cap' end
if tonumber(ARGV[1]) > 0 then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
redis.call('ZADD', KEYS[2], now, ARGV[3])
redis.call('PEXPIRE', KEYS[2], ${HOUR_MS})
return 'remind'
`;

const VERDICTS: readonly string[] = ['remind', 'cooldown', 'hourly cap'] satisfies ReminderVerdict[];

export class RedisReminderGate implements ReminderGate {
  constructor(
    private readonly redis: SharedRedis,
    private readonly team: TeamOf = () => undefined,
  ) {}

  async claim({ channel, thread, cooldownMs, hourlyCap }: ReminderClaim): Promise<ReminderVerdict> {
    const tag = channelTag(channel, this.team);
    const reply = await this.redis.script(
      CLAIM,
      [this.redis.key('heat', tag, 'c', thread), this.redis.key('heat', tag, 'sent')],
      [
        String(Math.max(0, Math.round(cooldownMs))),
        String(hourlyCap),
        `${thread}:${randomBytes(6).toString('hex')}`,
      ],
    );
    if (typeof reply !== 'string' || !VERDICTS.includes(reply))
      throw new Error('Unexpected reminder gate reply');
    return reply as ReminderVerdict;
  }

  async forgetChannel(channel: string): Promise<void> {
    const tag = channelTag(channel, this.team);
    await this.redis.run((c) => c.del(this.redis.key('heat', tag, 'sent')));
    await forgetChannelKeys(this.redis, tag, 'c');
  }
}
