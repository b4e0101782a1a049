/**
 * The thread-heat detector behind "take a break" reminders. Pure: time is passed in, nothing is
 * read from a clock or the network. Two times come in with each message: the message's own
 * timestamp, which shapes the thread's pace and decay, and the time it was received, which runs
 * cooldowns, the hourly cap and forgetting, so old-stamped or replayed events cannot slip past them. It keeps NO message text: each message is reduced to a few
 * numbers by `measureMessage` (hostility cues) and the detector stores only a timestamp, a
 * hostility score, an opaque user number and a small bit set of cue kinds per message.
 *
 * Heat is a "temperature" over a short sliding window of the thread: recent hostile messages
 * add up (older ones and older minutes count less), and a rising tone or a rapid back-and-forth
 * between the same people amplifies it. Busy but calm threads stay cold because pace and the
 * number of people only amplify hostility that is already there; they never create it.
 */

import { hostilityOf, type MessageMeasure } from './heat/measure.ts';
import { CUE, cuesOf, FIELDS, type HeatReading, readWindow } from './heat/window.ts';
import { MemoryReminderGate, type ReminderVerdict } from './reminder-gate.ts';

export { type AnalysisLike, hostilityOf, type MessageMeasure, measureMessage } from './heat/measure.ts';
export { FIELDS, type HeatReading, type HeatWindow, readWindow } from './heat/window.ts';

export type Sensitivity = 'low' | 'medium' | 'high';

/** A stable opaque number for a user id (FNV-1a, 32 bits): the detector never keeps the id itself. */
export function opaqueUser(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Heat at or above this fires a reminder (before the channel's "Not helpful" offset). */
export const THRESHOLDS: Record<Sensitivity, number> = { high: 0.45, medium: 0.6, low: 0.75 };
/** The offset can make a channel less sensitive, never deaf. */
export const MAX_SENSITIVITY_OFFSET = 0.2;

export interface HeatSettings {
  sensitivity: Sensitivity;
  /** Added to the threshold (from "Not helpful" clicks), clamped to 0..MAX_SENSITIVITY_OFFSET. */
  sensitivityOffset?: number;
  /** Minimum minutes between two reminders in one thread (default 30). */
  cooldownMinutes?: number;
}

export interface HeatOptions {
  /** Most threads tracked at once; the least recently received is dropped first. */
  maxThreads: number;
  /** A thread that received no message for this long is forgotten. */
  idleMinutes: number;
  /** Messages kept per thread. */
  windowSize: number;
  /** A message's weight halves every this many minutes. */
  halfLifeMinutes: number;
  /** Most reminders per channel in any hour. */
  hourlyCap: number;
}

export const DEFAULT_HEAT_OPTIONS: HeatOptions = {
  maxThreads: 10_000,
  idleMinutes: 30,
  windowSize: 8,
  halfLifeMinutes: 10,
  hourlyCap: 3,
};

export const DEFAULT_COOLDOWN_MINUTES = 30;

export interface HeatMessage {
  channel: string;
  /** The thread's root ts; top-level messages use the channel's own thread (e.g. "" or "channel"). */
  thread: string;
  /** An opaque user number (see opaqueUser) or an id, which is hashed at once. */
  user: number | string;
  /** The message's own time (Slack's ts), in milliseconds since the epoch: pace and decay. */
  at: number;
  /**
   * When this process received it (the server's clock), in milliseconds since the epoch: cooldown,
   * hourly cap and idle expiry run on it, since message stamps can be old, replayed or out of
   * order. Defaults to `at`, for replaying a transcript where the message time is the only clock.
   */
  receivedAt?: number;
  /** The message's measure, or its hostility when already computed. */
  measure: MessageMeasure | number;
}

/** One message as the window keeps it: numbers only. */
export interface HeatEntry {
  at: number;
  hostility: number;
  user: number;
  cues: number;
}

const MINUTE = 60_000;
/** How often idle threads and spent reminder windows are swept, in received time. */
const SWEEP_MS = 5_000;

/** A message reduced to what the window keeps. The text was already read by measureMessage. */
export function heatEntryOf(message: HeatMessage): HeatEntry {
  const hostility =
    typeof message.measure === 'number' ? clamp01(message.measure) : hostilityOf(message.measure);
  const cues =
    typeof message.measure === 'number'
      ? hostility >= 0.4
        ? CUE.hostile
        : 0
      : cuesOf(message.measure, hostility);
  const user = typeof message.user === 'number' ? message.user : opaqueUser(message.user);
  return { at: message.at, hostility, user, cues };
}

/**
 * Whether a reading should ask the reminder gate at all: hot enough for the channel's
 * sensitivity and between at least two people. Returns the reading with its reason when not.
 */
export function wantsReminder(
  reading: HeatReading,
  settings: HeatSettings,
): { ask: true } | { ask: false; reading: HeatReading } {
  const threshold =
    THRESHOLDS[settings.sensitivity] + clamp(settings.sensitivityOffset ?? 0, 0, MAX_SENSITIVITY_OFFSET);
  if (reading.heat < threshold) return { ask: false, reading };
  if (reading.people < 2) return { ask: false, reading: { ...reading, why: [...reading.why, 'one person'] } };
  return { ask: true };
}

/** The gate's answer folded into the reading. */
export function withVerdict(reading: HeatReading, verdict: ReminderVerdict): HeatReading {
  return verdict === 'remind' ? { ...reading, remind: true } : { ...reading, why: [...reading.why, verdict] };
}

/** Milliseconds of cooldown the channel's settings ask for. */
export const cooldownMsOf = (settings: HeatSettings) =>
  (settings.cooldownMinutes ?? DEFAULT_COOLDOWN_MINUTES) * MINUTE;

/** Where a message's thread lives, for window stores and gates. */
export const threadKey = (channel: string, thread: string) => `${channel}\u0000${thread}`;

interface ThreadState {
  /** Preallocated window, oldest first. */
  ring: Float64Array;
  size: number;
  /** Received time (server clock) of the latest message: idle expiry. */
  seenAt: number;
}

/**
 * The in-process detector: windows in a bounded LRU map, reminders through the in-memory gate.
 * Synchronous, for one process, the CLI and benchmarks; SharedHeat (shared-heat.ts) runs the
 * same reading and decision over stores several instances share.
 */
export class HeatDetector {
  readonly options: HeatOptions;
  // Map iteration order is insertion order: re-inserting on every message keeps it in LRU order.
  readonly #threads = new Map<string, ThreadState>();
  readonly #gate: MemoryReminderGate;
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<HeatOptions> = {}) {
    this.options = { ...DEFAULT_HEAT_OPTIONS, ...options };
    this.#gate = new MemoryReminderGate({ maxEntries: this.options.maxThreads });
  }

  /** Threads currently tracked (bounded by maxThreads). */
  get size(): number {
    return this.#threads.size;
  }

  /** Channels with a reminder in the last hour (bounded by maxThreads; spent windows are swept). */
  get channelsWithReminders(): number {
    return this.#gate.channels;
  }

  /** Feed one message; says how hot the thread is and whether to post a reminder now. */
  observe(message: HeatMessage, settings: HeatSettings): HeatReading {
    const now = message.receivedAt ?? message.at;
    this.#expire(now);
    const key = threadKey(message.channel, message.thread);
    let state = this.#threads.get(key);
    if (state) this.#threads.delete(key);
    else state = { ring: new Float64Array(this.options.windowSize * FIELDS), size: 0, seenAt: 0 };
    this.#threads.set(key, state);
    while (this.#threads.size > this.options.maxThreads) {
      const oldest = this.#threads.keys().next().value as string;
      this.#threads.delete(oldest);
    }
    pushEntry(state, heatEntryOf(message), this.options.windowSize);
    state.seenAt = now;

    const reading = readWindow({ entries: state.ring, size: state.size }, this.options.halfLifeMinutes);
    const wanted = wantsReminder(reading, settings);
    if (!wanted.ask) return wanted.reading;
    const verdict = this.#gate.claimNow({
      channel: message.channel,
      thread: message.thread,
      now,
      cooldownMs: cooldownMsOf(settings),
      hourlyCap: this.options.hourlyCap,
    });
    return withVerdict(reading, verdict);
  }

  /** Forget a channel's threads and reminders (e.g. when watching is turned off). */
  forgetChannel(channel: string): void {
    const prefix = threadKey(channel, '');
    for (const key of this.#threads.keys()) if (key.startsWith(prefix)) this.#threads.delete(key);
    this.#gate.forgetChannelNow(channel);
  }

  /**
   * Drop threads idle for longer than idleMinutes, and spent reminder windows. The map is in
   * received order, so the sweep stops at the first live entry.
   */
  #expire(now: number): void {
    // A sweep every few seconds is enough; the LRU caps bound memory in between.
    if (now - this.#sweptAt < SWEEP_MS && now >= this.#sweptAt) return;
    this.#sweptAt = now;
    const idle = this.options.idleMinutes * MINUTE;
    for (const [key, state] of this.#threads) {
      if (now - state.seenAt <= idle) break;
      this.#threads.delete(key);
      // Today's behaviour: a thread forgotten for being idle starts over, cooldown included.
      this.#gate.forgetThread(key);
    }
    this.#gate.sweep(now);
  }
}

/** Append to a preallocated ring, sliding the oldest entry out when full. */
function pushEntry(state: { ring: Float64Array; size: number }, entry: HeatEntry, windowSize: number): void {
  if (state.size === windowSize) state.ring.copyWithin(0, FIELDS);
  else state.size += 1;
  const slot = (state.size - 1) * FIELDS;
  state.ring[slot] = entry.at;
  state.ring[slot + 1] = entry.hostility;
  state.ring[slot + 2] = entry.user;
  state.ring[slot + 3] = entry.cues;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const clamp01 = (x: number) => clamp(Number.isFinite(x) ? x : 0, 0, 1);
