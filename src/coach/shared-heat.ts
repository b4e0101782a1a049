/**
 * Thread heat over stores several instances share: the same window reading and reminder decision
 * as HeatDetector, with the window kept in a HeatWindowStore and reminders claimed through a
 * ReminderGate, so a thread whose messages land on different instances heats up as one and the
 * fleet reminds it once. Still pure domain: the stores are injected, time is passed in.
 *
 * When a store fails the thread reads cold and no reminder goes out ("paused"): a missed
 * reminder is harmless, a duplicate one is not. The store's own layer logs the outage.
 */
import {
  cooldownMsOf,
  DEFAULT_HEAT_OPTIONS,
  FIELDS,
  type HeatEntry,
  type HeatMessage,
  type HeatOptions,
  type HeatReading,
  type HeatSettings,
  type HeatWindow,
  heatEntryOf,
  readWindow,
  wantsReminder,
  withVerdict,
} from './heat.ts';
import type { ReminderGate } from './reminder-gate.ts';

export interface HeatWindowStore {
  /**
   * Append one entry to the thread's window (dropping the oldest beyond `windowSize`, forgetting
   * a thread idle for `idleMs`) and return the window, oldest first, in one atomic step.
   */
  push(
    channel: string,
    thread: string,
    entry: HeatEntry,
    limits: { windowSize: number; idleMs: number },
  ): Promise<HeatWindow>;
  forgetChannel(channel: string): Promise<void>;
}

/** What the Slack layer needs from a detector: HeatDetector (sync) and SharedHeat (async) both fit. */
export interface ThreadHeat {
  observe(message: HeatMessage, settings: HeatSettings): HeatReading | Promise<HeatReading>;
  forgetChannel(channel: string): void | Promise<void>;
}

export const PAUSED: HeatReading = { heat: 0, remind: false, why: ['paused'], people: 0 };

export class SharedHeat implements ThreadHeat {
  readonly options: HeatOptions;

  constructor(
    private readonly windows: HeatWindowStore,
    private readonly gate: ReminderGate,
    options: Partial<HeatOptions> = {},
  ) {
    this.options = { ...DEFAULT_HEAT_OPTIONS, ...options };
  }

  async observe(message: HeatMessage, settings: HeatSettings): Promise<HeatReading> {
    const now = message.receivedAt ?? message.at;
    let window: HeatWindow;
    try {
      window = await this.windows.push(message.channel, message.thread, heatEntryOf(message), {
        windowSize: this.options.windowSize,
        idleMs: this.options.idleMinutes * 60_000,
      });
    } catch {
      return PAUSED;
    }
    const reading = readWindow(window, this.options.halfLifeMinutes);
    const wanted = wantsReminder(reading, settings);
    if (!wanted.ask) return wanted.reading;
    try {
      const verdict = await this.gate.claim({
        channel: message.channel,
        thread: message.thread,
        now,
        cooldownMs: cooldownMsOf(settings),
        hourlyCap: this.options.hourlyCap,
      });
      return withVerdict(reading, verdict);
    } catch {
      return { ...reading, why: [...reading.why, 'paused'] };
    }
  }

  async forgetChannel(channel: string): Promise<void> {
    // Both are attempted; a failure leaves state that expires on its own (idle time, cooldown).
    await Promise.allSettled([this.windows.forgetChannel(channel), this.gate.forgetChannel(channel)]);
  }
}

/** Entries as the flat window readWindow takes. */
export function windowOf(entries: readonly HeatEntry[]): HeatWindow {
  const flat = new Float64Array(entries.length * FIELDS);
  entries.forEach((e, i) => {
    flat.set([e.at, e.hostility, e.user, e.cues], i * FIELDS);
  });
  return { entries: flat, size: entries.length };
}
