/**
 * Risk of a draft starting a fight: a logistic score over flag severities and politeness cues.
 * Weights are set from linguistic knowledge (not fitted to data): threats, insults and going over
 * someone's head weigh most; shouting and absolutes least.
 */
import type { Context, FlagKind, RiskLevel } from '../../schemas.ts';

/** Level boundaries on the 0..1 score: calm < tense ≤ … < heated. */
export const RISK_THRESHOLDS = { tense: 0.35, heated: 0.65 } as const;

export const FLAG_WEIGHTS: Record<FlagKind, number> = {
  threat: 2.6,
  insult: 2.3,
  escalation: 2.1,
  manipulation: 1.6,
  blame: 1.6,
  demand: 1.4,
  sarcasm: 1.4,
  dismissive: 1.3,
  'passive-aggressive': 1.1,
  'non-apology': 1.0,
  absolute: 0.8,
  shouting: 0.8,
};

/** Logit of a plain, neutral message with no cues at all. */
export const BASE_LOGIT = -1.9;

/** Stakes are higher upward and outward; the same words land harder. */
const CONTEXT_LOGIT: Record<Context, number> = {
  boss: 0.15,
  client: 0.15,
  vendor: 0.05,
  peer: 0,
  team: 0.05,
  report: 0.1,
};

/** Repeats count less: 1, 0.5, 0.25… of the weight for the 1st, 2nd, 3rd… of a kind. */
export function flagLogit(kinds: readonly FlagKind[]): number {
  let total = 0;
  const seen: Partial<Record<FlagKind, number>> = {};
  for (const kind of kinds) {
    const n = seen[kind] ?? 0;
    seen[kind] = n + 1;
    total += FLAG_WEIGHTS[kind] * 0.5 ** n;
  }
  return total;
}

export function contextLogit(context: Context | null | undefined): number {
  return context ? CONTEXT_LOGIT[context] : 0;
}

export function riskLevel(score: number): RiskLevel {
  if (score >= RISK_THRESHOLDS.heated) return 'heated';
  if (score >= RISK_THRESHOLDS.tense) return 'tense';
  return 'calm';
}

/** Logit of the tense threshold: a draft with a flagged phrase is at least tense. */
const TENSE_LOGIT = Math.log(RISK_THRESHOLDS.tense / (1 - RISK_THRESHOLDS.tense));

/**
 * A flagged phrase is what hurts, whatever the softeners around it: raise the logit to just
 * above "tense", keeping the order among flagged drafts (more and heavier flags rank higher).
 */
export function withFlagFloor(logit: number, flagLogitSum: number): number {
  if (flagLogitSum <= 0) return logit;
  return Math.max(logit, TENSE_LOGIT + 0.05 + 0.05 * flagLogitSum);
}

export function toScore(logit: number): number {
  const s = 1 / (1 + Math.exp(-logit));
  return Math.round(s * 1_000_000) / 1_000_000;
}
