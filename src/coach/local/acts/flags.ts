/**
 * Flags from acts: the spans that carry a hostile act (the cue phrase), merged with the phrase
 * lexicon's flags (evidence, kept where they are precise). A phrase repeated many times is one
 * flag with a count. Urgency labels in capitals ("URGENT:", "PILNE") are not shouting.
 */
import type { Flag, FlagKind } from '../../schemas.ts';
import type { Lang } from '../packs.ts';
import type { ActReading } from './label.ts';
import { packFor } from './load.ts';

/** A lexicon shouting flag that is only an urgency label. */
export function isUrgencyLabel(flag: Flag, lang: Lang): boolean {
  if (flag.kind !== 'shouting') return false;
  const words = flag.text
    .toLowerCase()
    .replace(/[^\p{L}\d\s]/gu, ' ')
    .trim();
  if (!words) return false;
  const label = packFor(lang).lists.urgency;
  return words.split(/\s+/).every((w) => label.test(w) && label.exec(w)?.[0] === w);
}

/**
 * Kinds a friendly mock insult shares with a real one: laughter with no hostile act excuses them.
 * Not sarcasm: "lol ok, I guess deadlines are optional now" laughs at the reader, not with them.
 */
const BANTER_KINDS: ReadonlySet<Flag['kind']> = new Set(['blame', 'absolute', 'insult', 'shouting']);

/** A lexicon flag the acts overrule: an urgency label, or banter ("you broke it again, legend 😂"). */
export function isExcused(flag: Flag, reading: ActReading): boolean {
  if (isUrgencyLabel(flag, reading.lang)) return true;
  if (!reading.banter || !BANTER_KINDS.has(flag.kind)) return false;
  return !reading.sentences.some((s) => s.hostile);
}

/** Act flags first (their rule and reason name the act); lexicon flags fill in where no act was found. */
export function mergeFlags(reading: ActReading, text: string, lexicon: readonly Flag[]): Flag[] {
  const acts: Flag[] = [];
  for (const s of reading.sentences) {
    for (const h of s.hits) {
      if (h.kind === null || h.end <= h.start) continue;
      acts.push({
        start: h.start,
        end: h.end,
        text: text.slice(h.start, h.end),
        kind: h.kind,
        why: h.why,
        suggestion: h.suggestion,
        ruleId: h.ruleId,
        count: 1,
      });
    }
  }
  // Where two findings overlap, the graver kind names the span ("You are an idiot" is an insult,
  // not only a judgement of the person); at equal gravity the act, which read the whole sentence.
  const candidates = [...acts, ...lexicon.filter((f) => !isExcused(f, reading))];
  const order = candidates
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => GRAVITY[b.flag.kind] - GRAVITY[a.flag.kind] || a.i - b.i);
  const kept: Flag[] = [];
  const free = (start: number, end: number) => !kept.some((k) => start < k.end && k.start < end);
  for (const { flag } of order) if (free(flag.start, flag.end)) kept.push(flag);
  kept.sort((a, b) => a.start - b.start);
  return countRepeats(kept);
}

/** How much a kind of finding hurts, to choose between overlapping findings. */
const GRAVITY: Record<FlagKind, number> = {
  insult: 5,
  threat: 5,
  escalation: 4,
  manipulation: 3,
  sarcasm: 3,
  'non-apology': 3,
  blame: 2,
  dismissive: 2,
  'passive-aggressive': 2,
  absolute: 1,
  demand: 1,
  shouting: 0,
};

/** One flag per repeated phrase (same words, same kind), at its first occurrence, with the count. */
export function countRepeats(flags: readonly Flag[]): Flag[] {
  const byKey = new Map<string, Flag>();
  const out: Flag[] = [];
  for (const f of flags) {
    const key = `${f.kind}\u0000${f.text.toLowerCase().replace(/\s+/g, ' ')}`;
    const first = byKey.get(key);
    if (first) {
      first.count += f.count;
      continue;
    }
    const copy = { ...f };
    byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}
