/**
 * The reminder decision once a thread reads hot: at most one reminder per thread per cooldown and
 * a few per channel per hour. Check and record are one step, so two messages (or two instances)
 * deciding at once cannot both remind. The memory gate serves one process; a shared gate
 * implements the same interface for a fleet (src/redis/reminder-gate.ts).
 */

export type ReminderVerdict = 'remind' | 'cooldown' | 'hourly cap';

export interface ReminderClaim {
  channel: string;
  thread: string;
  /** The received time (this process's clock). A shared gate may use its own clock instead. */
  now: number;
  /** No second reminder in the thread for this long; 0 turns the cooldown off. */
  cooldownMs: number;
  /** Most reminders in the channel in any hour. */
  hourlyCap: number;
}

export interface ReminderGate {
  /** 'remind' records the reminder (cooldown and hourly count) in the same step that allows it. */
  claim(claim: ReminderClaim): Promise<ReminderVerdict>;
  /** Forget the channel's cooldowns and hourly count (watching turned off). */
  forgetChannel(channel: string): Promise<void>;
}

const HOUR = 60 * 60_000;
const key = (channel: string, thread: string) => `${channel}\u0000${thread}`;

export interface MemoryGateOptions {
  /** Most threads and channels remembered; the least recently reminded are dropped first. */
  maxEntries: number;
}

export class MemoryReminderGate implements ReminderGate {
  /** Thread key → received time of its last reminder. */
  readonly #lastReminder = new Map<string, number>();
  /** Channel → received times of its reminders in the last hour, oldest first. */
  readonly #sent = new Map<string, number[]>();
  readonly #maxEntries: number;

  constructor(options: MemoryGateOptions) {
    this.#maxEntries = Math.max(1, options.maxEntries);
  }

  /** Channels with a reminder in the last hour (until swept). */
  get channels(): number {
    return this.#sent.size;
  }

  async claim(claim: ReminderClaim): Promise<ReminderVerdict> {
    return this.claimNow(claim);
  }

  async forgetChannel(channel: string): Promise<void> {
    this.forgetChannelNow(channel);
  }

  /** The synchronous core: nothing can interleave between the checks and the record. */
  claimNow({ channel, thread, now, cooldownMs, hourlyCap }: ReminderClaim): ReminderVerdict {
    const threadKey = key(channel, thread);
    const last = this.#lastReminder.get(threadKey) ?? Number.NEGATIVE_INFINITY;
    if (now - last < cooldownMs) return 'cooldown';
    const sent = (this.#sent.get(channel) ?? []).filter((t) => now - t < HOUR);
    if (sent.length >= hourlyCap) {
      this.#sent.set(channel, sent);
      return 'hourly cap';
    }
    sent.push(now);
    // Re-inserting keeps both maps in least-recently-reminded order for the caps below.
    this.#sent.delete(channel);
    this.#sent.set(channel, sent);
    this.#lastReminder.delete(threadKey);
    this.#lastReminder.set(threadKey, now);
    if (this.#sent.size > this.#maxEntries) this.#sent.delete(this.#sent.keys().next().value as string);
    if (this.#lastReminder.size > this.#maxEntries)
      this.#lastReminder.delete(this.#lastReminder.keys().next().value as string);
    return 'remind';
  }

  forgetChannelNow(channel: string): void {
    const prefix = key(channel, '');
    for (const k of this.#lastReminder.keys()) if (k.startsWith(prefix)) this.#lastReminder.delete(k);
    this.#sent.delete(channel);
  }

  /** Forget one thread's cooldown (the detector forgot the thread). */
  forgetThread(threadKey: string): void {
    this.#lastReminder.delete(threadKey);
  }

  /** Drop channels whose reminders are all over an hour old; the map is in reminder order. */
  sweep(now: number): void {
    for (const [channel, sent] of this.#sent) {
      if (now - (sent.at(-1) ?? Number.NEGATIVE_INFINITY) < HOUR) break;
      this.#sent.delete(channel);
    }
  }
}
