/**
 * Risk from acts: the worst sentence sets the floor (a threat, a motive claim, an insult: at
 * least tense), accumulation raises it (several hostile sentences, or a threat with anything
 * else hostile: heated), and who the message is for shifts it a little. Combined with the lexicon
 * score by taking the higher of the two.
 */
import type { Context, Flag, FlagKind, Risk } from '../../schemas.ts';
import { RISK_THRESHOLDS, riskLevel } from '../analysis/risk.ts';
import { type ActReading, SEVERITY } from './label.ts';

/** Severity of a lexicon flag in a sentence with no hostile act of its own. */
const KIND_SEVERITY: Partial<Record<FlagKind, number>> = {
  threat: 3,
  insult: 2.5,
  escalation: 2.5,
  blame: 2,
  sarcasm: 2,
  manipulation: 2,
  dismissive: 1.8,
  'non-apology': 1.5,
  'passive-aggressive': 1.5,
  demand: 1.5,
  absolute: 1.2,
};
const CONTEXT_SHIFT: Partial<Record<Context, number>> = {
  client: 0.03,
  boss: 0.03,
  vendor: 0.02,
  report: 0.02,
};

/** The worst severity of each sentence that carries something hostile. */
export function sentenceSeverities(reading: ActReading, flags: readonly Flag[]): number[] {
  const out: number[] = [];
  for (const s of reading.sentences) {
    let worst = 0;
    for (const a of s.acts) worst = Math.max(worst, SEVERITY[a] ?? 0);
    for (const h of s.hits) if (h.kind === 'insult') worst = Math.max(worst, 2.5);
    for (const f of flags) {
      if (f.start < s.end && f.end > s.start) worst = Math.max(worst, KIND_SEVERITY[f.kind] ?? 0);
    }
    if (worst > 0) out.push(worst);
  }
  return out.sort((a, b) => b - a);
}

export function actRisk(
  reading: ActReading,
  flags: readonly Flag[],
  context: Context | null | undefined,
): number {
  const sev = sentenceSeverities(reading, flags);
  if (sev.length === 0) return 0;
  const sum = sev.reduce((a, b) => a + b, 0);
  const worst = sev[0]!;
  const heated = sev.length >= 3 || (worst >= 2.5 && sev.length >= 2) || sum >= 5.5;
  const shift = context ? (CONTEXT_SHIFT[context] ?? 0) : 0;
  const score = heated
    ? Math.min(0.95, RISK_THRESHOLDS.heated + 0.03 + 0.04 * (sum - 4) + shift)
    : Math.min(RISK_THRESHOLDS.heated - 0.02, RISK_THRESHOLDS.tense + 0.05 + 0.05 * (sum - 1) + shift);
  return Math.round(Math.max(score, RISK_THRESHOLDS.tense + 0.01) * 1_000_000) / 1_000_000;
}

/** The higher of the lexicon's score and the acts' score. */
export function combineRisk(lexicon: Risk, acts: number, overruled: boolean): Risk {
  // A draft whose every lexicon finding the acts overruled (an urgency label, banter) is not raised by it.
  const base = overruled ? Math.min(lexicon.score, RISK_THRESHOLDS.tense - 0.05) : lexicon.score;
  const score = Math.max(base, acts);
  return { score, level: riskLevel(score) };
}
