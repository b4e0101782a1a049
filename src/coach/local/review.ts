/**
 * Review a draft offline: every sentence labelled by what it does (acts), flags and risk from the
 * acts and the phrase lexicon, two or three technique rewrites rendered from the message plan,
 * and cues. In a language the offline engine does not support the review is unchecked: no
 * rewrites (they would be built over a draft it cannot read), and cues that say so.
 */
import type { ReviewOptions } from '../coach.ts';
import { Review } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyzeActs } from './acts/analyze-acts.ts';
import { collapseRuns } from './analysis/collapse.ts';
import { restoreOffsets } from './analyze.ts';
import { rewriteFromPlan } from './compose/rewrite-plan.ts';
import { buildCues } from './cues.ts';

export function reviewDraft(draft: string, options: ReviewOptions, techniques: TechniqueLibrary): Review {
  // The whole review reads the draft with long runs of spaces and punctuation cut (no rewrite
  // needs 8,000 of them); only the flags point into the draft, so only they are mapped back.
  const collapsed = collapseRuns(draft);
  const text = collapsed.text;
  const { analysis, reading } = analyzeActs(text, { context: options.context ?? null, collapsed: true });
  const flags =
    collapsed.cuts.length === 0 ? analysis.flags : restoreOffsets(analysis, draft, collapsed).flags;
  return Review.parse({
    engine: 'local',
    language: analysis.language,
    checked: analysis.supported,
    risk: analysis.risk,
    flags,
    rewrites: analysis.supported ? rewriteFromPlan(text, analysis, reading, options, techniques) : [],
    cues: buildCues(text, analysis, { context: options.context ?? null }),
  });
}
