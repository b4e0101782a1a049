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
import type { Analysis } from './local/analyze.ts';
import { MemoryReminderGate, type ReminderVerdict } from './reminder-gate.ts';

export type Sensitivity = 'low' | 'medium' | 'high';

/** What one message looked like, as numbers only. */
export interface MessageMeasure {
  /** The analyzer's risk score, 0..1. */
  risk: number;
  /** How many phrases the analyzer flagged. */
  flags: number;
  /** Sentences that point at "you" together with negation, absolutes or accusation. */
  blame: number;
  /** Direct challenging questions ("why did you…", "are you serious?") and curt imperatives. */
  challenge: number;
  /** Contempt, insults, profanity. */
  contempt: number;
  /** Talk about the conflict itself: "you're accusing me", "personal attack", "biased", "threatening". */
  accusation: number;
  /** Negations and "wrong": disagreement, a weak signal on its own. */
  disagreement: number;
  /** 0..1: capitals and "!!!". */
  shouting: number;
  /** Softeners, thanks, apologies, "let's": they cool a message down. */
  warmth: number;
  /** Second-person mentions of any kind (a weak signal on its own). */
  secondPerson: number;
}

/** The analyzer fields the detector reads (so callers can pass a full Analysis). */
export type AnalysisLike = Pick<Analysis, 'risk' | 'flags'>;

const words = (re: string) => new RegExp(`(?<![\\p{L}\\p{N}_'])(?:${re})(?![\\p{L}\\p{N}_])`, 'giu');

// English and Polish, the languages the offline engine supports. Kept short on purpose: these are
// the cues a person would name when a thread turns ("you never", "why did you", "ridiculous").
const SECOND_PERSON = words(
  "you|your|yours|you're|youre|you've|you'd|you'll|yourself|u|ur|ty|tobie|ciebie|cię|cie|twój|twoja|twoje|twoim|twojej|twojego|wy|wam|wasz|wasza|\\p{L}+(?:łeś|łaś)",
);
const NEGATIVE = words(
  "not|no|don't|dont|didn't|didnt|doesn't|doesnt|isn't|wasn't|aren't|weren't|can't|cant|won't|wont|couldn't|wouldn't|never|nothing|nie|nigdy|nic|wrong|fault|blame|mess(?:ed)?|broke|ignored?|ignoring|pointless|błąd|wina|winy|źle",
);
const ABSOLUTE = words(
  'always|never|every time|everyone|nobody|again|constantly|zawsze|nigdy|znowu|ciągle|wiecznie|każdym razem',
);
const CONTEMPT = words(
  [
    'nonsense|ridiculous|stupid\\w*|absurd|pathetic|idiot\\w*|moron\\w*|incompetent|useless|clueless|ignorant',
    'lazy|garbage|crap|bullshit|shit\\w*|damn|fuck\\w*|wtf|lie|lies|liar|lying|troll\\w*|rude|childish',
    'hypocri\\w*|joke|disgrac\\w*|shameful|unacceptable|vandal\\w*|biased|dumb|insane|laughable|shut up',
    'bzdur\\w*|głup\\w*|idiot\\w*|debil\\w*|kretyn\\w*|żałosn\\w*|beznadziejn\\w*|niekompetentn\\w*|kłam\\w*',
    'bezczeln\\w*|skandal\\w*|żenuj\\w*|kpina|cholera|kurw\\w*|chuj\\w*|gówn\\w*|zamknij się',
  ].join('|'),
);
const ACCUSATION = words(
  [
    'accus\\p{L}*|attack(?:ed|ing|s)? (?:me|us|you|him|her|them)|personal attacks?|insult\\p{L}*|threaten\\p{L}*',
    'harass\\p{L}*|censor\\p{L}*|propaganda|biased|pov|vandal\\p{L}*|bull(?:y|ying|ied)|offensive|bad faith',
    'oskarż\\p{L}*|obraża\\p{L}*|obraził\\p{L}*|grozi\\p{L}*|manipul\\p{L}*',
  ].join('|'),
);
const DISAGREEMENT = words(
  "not|no|don't|dont|didn't|didnt|doesn't|doesnt|isn't|wasn't|aren't|can't|cant|won't|wont|never|nothing|wrong|nie|nigdy|nic|źle",
);
const CHALLENGE_START =
  /^(?:why|how come|what makes you|who are you|who do you think|are you (?:serious|kidding)|seriously|did you (?:even|actually|really)|do you (?:even|actually|really)|have you (?:even|actually)|can't you|cant you|didn't you|don't you|dlaczego|czemu|po co|czy ty|serio|naprawdę)(?![\p{L}])/iu;
const IMPERATIVE_START =
  /^(?:stop|quit|read|learn|listen|look|get over|go away|leave|drop it|cut it out|grow up|deal with it|przestań\p{L}*|przeczytaj|słuchaj|daj spokój|odpuść|ogarnij)(?![\p{L}])/iu;
const WARMTH = words(
  "thanks|thank you|thx|appreciate\\w*|please|sorry|apologi\\w*|i think|i believe|maybe|perhaps|might|could we|let's|lets|good point|fair point|i agree|makes sense|dzięki|dziękuję|proszę|przepraszam|myślę|może|zgadzam się|racja|😊|🙂|🙏",
);

const count = (text: string, re: RegExp) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};
const has = (text: string, re: RegExp) => {
  re.lastIndex = 0;
  return re.test(text);
};

/** Reduce one message to numbers. The text is read here and never kept. */
export function measureMessage(text: string, analysis?: AnalysisLike): MessageMeasure {
  const sentences = text.split(/(?<=[.!?…])\s+|\n+/u).filter((s) => s.trim() !== '');
  let blame = 0;
  let challenge = 0;
  for (const raw of sentences) {
    const sentence = raw.trim();
    const second = has(sentence, SECOND_PERSON);
    if (second && (has(sentence, NEGATIVE) || has(sentence, ABSOLUTE) || has(sentence, CONTEMPT))) blame++;
    if ((CHALLENGE_START.test(sentence) && /\?/.test(sentence)) || IMPERATIVE_START.test(sentence))
      challenge++;
    else if (second && /\?!|!\?/.test(sentence)) challenge++;
  }
  const flagged = analysis?.flags ?? [];
  blame += flagged.filter((f) => f.kind === 'blame').length;
  return {
    risk: analysis?.risk.score ?? 0,
    flags: flagged.length,
    blame,
    challenge,
    contempt: count(text, CONTEMPT),
    accusation: count(text, ACCUSATION),
    disagreement: count(text, DISAGREEMENT),
    shouting: shouting(text),
    warmth: count(text, WARMTH),
    secondPerson: count(text, SECOND_PERSON),
  };
}

/** 0..1 from words in capitals (four letters or more, so "PR" and "API" don't count) and "!!!". */
function shouting(text: string): number {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  const caps = long.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const capsShare = caps >= 2 ? caps / long.length : 0;
  const bursts = (text.match(/[!?]{2,}/g) ?? []).length;
  return Math.min(1, capsShare * 1.25 + 0.25 * bursts);
}

/** Cue kinds, kept per message as bits so the detector can say why without keeping text. */
const CUE = { hostile: 1, blame: 2, challenge: 4, shouting: 8, contempt: 16 } as const;

/** Risk scores up to this read as calm (the analyzer's baseline for neutral messages). */
const CALM_RISK = 0.25;

/** How hostile one message reads, 0..1. Round weights chosen by reading, not fitted to data. */
export function hostilityOf(m: MessageMeasure): number {
  // The analyzer gives even plain messages a small risk; only what rises above calm counts here.
  const risk = Math.max(0, m.risk - CALM_RISK) / (1 - CALM_RISK);
  const x =
    2 * risk +
    0.3 * Math.min(m.flags, 4) +
    0.3 * Math.min(m.blame, 3) +
    0.25 * Math.min(m.challenge, 3) +
    0.4 * Math.min(m.contempt + m.accusation, 3) +
    0.05 * Math.min(m.disagreement, 5) +
    0.8 * m.shouting +
    0.05 * Math.min(m.secondPerson, 6) -
    0.15 * Math.min(m.warmth, 3);
  return 1 - Math.exp(-Math.max(0, x));
}

function cuesOf(m: MessageMeasure, hostility: number): number {
  return (
    (hostility >= 0.4 ? CUE.hostile : 0) |
    (m.blame > 0 ? CUE.blame : 0) |
    (m.challenge > 0 ? CUE.challenge : 0) |
    (m.shouting >= 0.5 ? CUE.shouting : 0) |
    (m.contempt > 0 || m.accusation > 0 || m.risk >= 0.6 ? CUE.contempt : 0)
  );
}

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

export interface HeatReading {
  /** 0..1 */
  heat: number;
  remind: boolean;
  /** Short reasons, no names and no text: "hostile tone", "rising", "cooldown"… */
  why: string[];
  /** Distinct people in the window. */
  people: number;
}

/**
 * A thread's window, oldest first: FIELDS numbers per message ([at, hostility, user, cues]).
 * The same flat shape in memory and in a shared store, so the reading below is one pure function.
 */
export interface HeatWindow {
  entries: ArrayLike<number>;
  /** Messages in the window (entries.length / FIELDS, or fewer for a preallocated ring). */
  size: number;
}

/** One message as the window keeps it: numbers only. */
export interface HeatEntry {
  at: number;
  hostility: number;
  user: number;
  cues: number;
}

export const FIELDS = 4;
const MINUTE = 60_000;
/** Replies closer than this count as rapid. */
const RAPID_MS = 90_000;
/** How often idle threads and spent reminder windows are swept, in received time. */
const SWEEP_MS = 5_000;
/** Older messages count less by position too, so a long calm stretch cools a thread. */
const POSITION_DECAY = 0.85;
/** Temperature that maps to heat ≈ 0.63. */
const SCALE = 1.6;

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
 * How hot a window reads, as of its newest message. Pure: the same window gives the same reading
 * on every instance. Temperature is Σ hostility × position decay × time decay over the window.
 */
export function readWindow(window: HeatWindow, halfLifeMinutes: number): HeatReading {
  const halfLife = halfLifeMinutes * MINUTE;
  const r = window.entries;
  const n = window.size;
  if (n === 0) return { heat: 0, remind: false, why: [], people: 0 };
  const now = r[(n - 1) * FIELDS]!;
  let temperature = 0;
  let cues = 0;
  let people = 0;
  for (let i = 0; i < n; i++) {
    const o = i * FIELDS;
    temperature += r[o + 1]! * POSITION_DECAY ** (n - 1 - i) * 0.5 ** (Math.max(0, now - r[o]!) / halfLife);
    if (now - r[o]! > halfLife * 2) continue;
    cues |= r[o + 3]!;
    // Distinct people among recent entries, without allocating: count first appearances.
    let seen = false;
    for (let j = 0; j < i && !seen; j++)
      seen = r[j * FIELDS + 2] === r[o + 2] && now - r[j * FIELDS]! <= halfLife * 2;
    if (!seen) people++;
  }

  // Escalation: the last two messages against the two before them.
  let escalation = 0;
  if (n >= 3) {
    const h = (k: number) => r[(n - k) * FIELDS + 1]!;
    const recent = (h(1) + h(2)) / 2;
    const before = n >= 4 ? (h(3) + h(4)) / 2 : h(3);
    escalation = Math.max(0, recent - before);
  }

  // Pace: replies within RAPID_MS between different people, mostly the same pair (A-B-A-B).
  let rapid = 0;
  for (let i = 1; i < n; i++) {
    const a = (i - 1) * FIELDS;
    const b = i * FIELDS;
    if (r[b + 2] !== r[a + 2] && r[b]! - r[a]! <= RAPID_MS) {
      const pingPong = i >= 2 && r[(i - 2) * FIELDS + 2] === r[b + 2];
      rapid += pingPong ? 1 : 0.5;
    }
  }
  const pace = n > 1 ? rapid / (n - 1) : 0;

  const heat = 1 - Math.exp(-(temperature * (1 + 0.5 * pace) * (1 + escalation)) / SCALE);
  const why: string[] = [];
  if (cues & CUE.hostile) why.push('hostile tone');
  if (cues & CUE.contempt) why.push('contempt');
  if (cues & CUE.blame) why.push('second-person blame');
  if (cues & CUE.challenge) why.push('challenging questions');
  if (cues & CUE.shouting) why.push('shouting');
  if (escalation >= 0.15) why.push('rising');
  if (pace >= 0.5 && temperature > 0.5) why.push('rapid back-and-forth');
  if (people >= 2 && heat >= 0.3) why.push(`${people} people`);
  return { heat: round(heat), remind: false, why, people };
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
const round = (x: number) => Math.round(x * 1000) / 1000;
