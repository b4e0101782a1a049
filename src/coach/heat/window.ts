/**
 * How hot a thread's window reads. Each message arrives as numbers (its hostility and a bit set of
 * cue kinds); here they are read together, because much of what makes a thread hot is in how
 * the replies change: a bare "ok" right after a reproach, a 🙂 "sure, you're right" after a
 * disagreement, "thanks for the feedback, I'll continue" after "stop doing that". Pace and the
 * number of people only amplify hostility that is already there; they never create it.
 */
import type { MessageMeasure } from './measure.ts';

/** Cue kinds, kept per message as bits so the detector can say why without keeping text. */
export const CUE = {
  hostile: 1,
  blame: 2,
  challenge: 4,
  shouting: 8,
  contempt: 16,
  sarcasm: 32,
  smileAgree: 64,
  curt: 128,
  defiance: 256,
  formula: 512,
  sharp: 1024,
  thirdBlame: 2048,
  banter: 4096,
  disagree: 8192,
  concede: 16384,
  act: 32768,
  dismissal: 65536,
  intervene: 131072,
  meta: 262144,
} as const;

/** Something said against another person: what a reply can be a reaction to. */
const PRESSING =
  CUE.hostile | CUE.act | CUE.blame | CUE.sarcasm | CUE.sharp | CUE.dismissal | CUE.contempt | CUE.thirdBlame;

export function cuesOf(m: MessageMeasure, hostility: number): number {
  const bit = (on: boolean | number | undefined, b: number) => (on ? b : 0);
  return (
    bit(hostility >= 0.4, CUE.hostile) |
    bit(m.blame > 0, CUE.blame) |
    bit(m.challenge > 0, CUE.challenge) |
    bit(m.shouting >= 0.5, CUE.shouting) |
    bit(m.contempt > 0 || m.accusation > 0 || m.risk >= 0.6, CUE.contempt) |
    bit((m.sarcasm ?? 0) > 0, CUE.sarcasm) |
    bit(m.smileAgree, CUE.smileAgree) |
    bit(m.curt, CUE.curt) |
    bit((m.defiance ?? 0) > 0, CUE.defiance) |
    bit((m.formula ?? 0) > 0, CUE.formula) |
    bit((m.sharp ?? 0) > 0, CUE.sharp) |
    bit((m.thirdBlame ?? 0) > 0, CUE.thirdBlame) |
    bit(m.banter, CUE.banter) |
    bit(m.disagreement > 0, CUE.disagree) |
    bit((m.concede ?? 0) > 0, CUE.concede) |
    bit((m.hostileActs ?? 0) > 0, CUE.act) |
    bit((m.dismissal ?? 0) > 0, CUE.dismissal) |
    bit((m.intervene ?? 0) > 0, CUE.intervene) |
    bit(m.accusation > 0, CUE.meta)
  );
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

export const FIELDS = 4;
const MINUTE = 60_000;
/** Replies closer than this count as rapid. */
const RAPID_MS = 90_000;
/** Older messages count less by position too, so a long calm stretch cools a thread. */
const POSITION_DECAY = 0.85;
/** Temperature that maps to heat ≈ 0.63. */
const SCALE = 1.6;
/** A message this hostile (with its context) is one move in a quarrel. */
const MOVE = 0.35;

/** What a reply adds because of what came before it in the window. */
const CONTEXT = {
  /** A bare acknowledgement from someone who was just reproached. */
  coldReply: 0.5,
  /** Agreement with a 🙂 after a disagreement, or from someone already sarcastic. */
  mockAgreement: 0.55,
  /** Carrying on after being told to stop. */
  defiance: 0.45,
  /** A closing formula after being told to stop. */
  formula: 0.3,
  /** Defiance or sarcasm a second time from the same person. */
  persists: 0.25,
  /** Blame about someone from a second person: piling on. */
  pilingOn: 0.3,
  /** Talk about the exchange itself ("watch your tone", "I'm right here") after being pressed. */
  meta: 0.2,
};

const has = (cues: number, bits: number) => (cues & bits) !== 0;

/** Per message: its hostility plus what its place in the exchange adds, and why. */
function inContext(r: ArrayLike<number>, n: number): { eff: Float64Array; why: Set<string> } {
  const eff = new Float64Array(n);
  const why = new Set<string>();
  const at = (i: number, f: number) => r[i * FIELDS + f]!;
  for (let i = 0; i < n; i++) {
    const user = at(i, 2);
    const cues = at(i, 3);
    let e = at(i, 1);
    let pressed = false; // someone else pressed this person earlier in the window
    let disagreed = false; // someone else disagreed or pressed
    let toldToStop = false;
    let spoke = false; // this person spoke before
    let wasSarcastic = false;
    let defied = false;
    let blamedBefore = false; // someone else already blamed a third person
    for (let j = 0; j < i; j++) {
      const cj = at(j, 3);
      if (at(j, 2) === user) {
        spoke = true;
        if (has(cj, CUE.sarcasm | CUE.smileAgree) && eff[j]! >= MOVE) wasSarcastic = true;
        if (has(cj, CUE.defiance | CUE.formula) && eff[j]! >= MOVE) defied = true;
        continue;
      }
      const pressing = has(cj, PRESSING) && at(j, 1) >= 0.25;
      // Aimed at this person: it came after they spoke, or right before this reply.
      if (pressing && (spoke || j === i - 1)) pressed = true;
      if (pressing || has(cj, CUE.disagree)) disagreed = true;
      if (has(cj, CUE.sharp | CUE.act | CUE.blame) && at(j, 1) >= 0.25) toldToStop = true;
      if (has(cj, CUE.thirdBlame)) blamedBefore = true;
    }
    if (has(cues, CUE.thirdBlame) && blamedBefore) {
      e += CONTEXT.pilingOn;
      why.add('piling on');
    }
    if (has(cues, CUE.meta) && (pressed || blamedBefore)) e += CONTEXT.meta;
    if (has(cues, CUE.curt) && pressed) {
      e += CONTEXT.coldReply;
      why.add('cold replies after a reproach');
    }
    if (has(cues, CUE.smileAgree) && (disagreed || wasSarcastic)) {
      e += CONTEXT.mockAgreement + (wasSarcastic ? CONTEXT.persists : 0);
      why.add('mock agreement');
    } else if (has(cues, CUE.sarcasm) && wasSarcastic) e += CONTEXT.persists;
    if (has(cues, CUE.defiance | CUE.formula) && toldToStop) {
      e += has(cues, CUE.defiance) ? CONTEXT.defiance : CONTEXT.formula;
      if (defied) e += CONTEXT.persists;
      why.add('carrying on after being asked to stop');
    }
    eff[i] = Math.min(1.5, e);
  }
  return { eff, why };
}

/**
 * How hot a window reads, as of its newest message. Pure: the same window gives the same reading
 * on every instance. Temperature is Σ hostility-in-context × position decay × time decay, raised
 * when several messages of the window are moves in a quarrel.
 */
export function readWindow(window: HeatWindow, halfLifeMinutes: number): HeatReading {
  const halfLife = halfLifeMinutes * MINUTE;
  const r = window.entries;
  const n = window.size;
  if (n === 0) return { heat: 0, remind: false, why: [], people: 0 };
  const now = r[(n - 1) * FIELDS]!;
  const { eff, why: context } = inContext(r, n);
  let temperature = 0;
  let cues = 0;
  let people = 0;
  let moves = 0;
  for (let i = 0; i < n; i++) {
    const o = i * FIELDS;
    temperature += eff[i]! * POSITION_DECAY ** (n - 1 - i) * 0.5 ** (Math.max(0, now - r[o]!) / halfLife);
    if (now - r[o]! > halfLife * 2) continue;
    cues |= r[o + 3]!;
    if (eff[i]! >= MOVE) moves++;
    // Distinct people among recent entries, without allocating: count first appearances.
    let seen = false;
    for (let j = 0; j < i && !seen; j++)
      seen = r[j * FIELDS + 2] === r[o + 2] && now - r[j * FIELDS]! <= halfLife * 2;
    if (!seen) people++;
  }

  // Escalation: the last two messages against the two before them.
  let escalation = 0;
  if (n >= 3) {
    const h = (k: number) => eff[n - k]!;
    const recent = (h(1) + h(2)) / 2;
    const before = n >= 4 ? (h(3) + h(4)) / 2 : h(3);
    // Capped: a first sharp exchange rises steeply, but that alone is not yet a quarrel.
    escalation = Math.min(0.3, Math.max(0, recent - before));
  }
  // A quarrel is several moves: one sharp message is not yet a heated thread, three are.
  const pressure = 1 + 0.25 * Math.min(4, Math.max(0, moves - 1));

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

  const heat = 1 - Math.exp(-(temperature * Math.max(pressure, 1 + escalation) * (1 + 0.3 * pace)) / SCALE);
  const why: string[] = [];
  if (cues & CUE.hostile) why.push('hostile tone');
  if (cues & CUE.contempt) why.push('contempt');
  if (cues & CUE.blame) why.push('second-person blame');
  if (cues & CUE.thirdBlame) why.push('third-person blame');
  if (cues & CUE.sarcasm) why.push('sarcasm');
  if (cues & CUE.challenge) why.push('challenging questions');
  if (cues & CUE.intervene) why.push('someone asked to stop');
  if (cues & CUE.shouting && cues & CUE.hostile) why.push('shouting');
  why.push(...context);
  if (escalation >= 0.15) why.push('rising');
  if (pace >= 0.5 && temperature > 0.5) why.push('rapid back-and-forth');
  if (people >= 2 && heat >= 0.3) why.push(`${people} people`);
  return { heat: round(heat), remind: false, why, people };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
