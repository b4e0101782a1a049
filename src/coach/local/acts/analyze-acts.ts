/**
 * The full offline analysis: the phrase lexicon's findings with every sentence's acts folded in
 * (flags from hostile acts, risk from the worst sentence and accumulation).
 */
import type { Context } from '../../schemas.ts';
import { type Analysis, analyze, maskMarkup } from '../analyze.ts';
import { isLang } from '../packs.ts';
import { isExcused, mergeFlags } from './flags.ts';
import { type ActReading, labelActs } from './label.ts';
import { actRisk, combineRisk } from './risk.ts';

export interface ActAnalysis {
  analysis: Analysis;
  /** Null for languages the offline engine cannot read. */
  reading: ActReading | null;
}

export interface ActAnalysisOptions {
  context?: Context | null;
  /** The language, when the caller already knows it (a rewrite is written in the draft's language). */
  language?: string;
  /** Long runs were already cut (collapse.ts): skip that scan. */
  collapsed?: boolean;
}

export function analyzeActs(draft: string, options: ActAnalysisOptions = {}): ActAnalysis {
  const lexicon = analyze(draft, {
    context: options.context ?? null,
    ...(options.language ? { language: options.language } : {}),
    ...(options.collapsed ? { collapsed: true } : {}),
  });
  const lang = lexicon.language;
  if (!lexicon.supported || !isLang(lang)) return { analysis: lexicon, reading: null };
  const reading = labelActs(maskMarkup(draft), lang);
  const flags = mergeFlags(reading, draft, lexicon.flags);
  // When the acts overrule every lexicon finding (an urgency label, banter), so does the score.
  const overruled = lexicon.flags.length > 0 && lexicon.flags.every((f) => isExcused(f, reading));
  const risk = combineRisk(lexicon.risk, actRisk(reading, flags, options.context), overruled);
  return { analysis: { ...lexicon, flags, risk }, reading };
}
