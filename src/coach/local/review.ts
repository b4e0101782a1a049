/**
 * Review a draft offline: every sentence labelled by what it does (acts), flags and risk from the
 * acts and the phrase lexicon, two or three technique rewrites rendered from the message plan,
 * and cues.
 */
import type { ReviewOptions } from '../coach.ts';
import { Review } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyzeActs } from './acts/analyze-acts.ts';
import { rewriteFromPlan } from './compose/rewrite-plan.ts';
import { buildCues } from './cues.ts';

export function reviewDraft(draft: string, options: ReviewOptions, techniques: TechniqueLibrary): Review {
  const { analysis, reading } = analyzeActs(draft, { context: options.context ?? null });
  return Review.parse({
    engine: 'local',
    language: analysis.language,
    risk: analysis.risk,
    flags: analysis.flags,
    rewrites: rewriteFromPlan(draft, analysis, reading, options, techniques),
    cues: buildCues(draft, analysis, { context: options.context ?? null }),
  });
}
