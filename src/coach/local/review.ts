/**
 * Review a draft offline: the analyzer's findings, two or three technique rewrites, and cues. In a
 * language the offline engine does not support the review is unchecked: no rewrites (they would be
 * built from the English or Polish lexicon, over a draft it cannot read), and cues that say so.
 */
import type { ReviewOptions } from '../coach.ts';
import { Review } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { collapseRuns } from './analysis/collapse.ts';
import { analyze, restoreOffsets } from './analyze.ts';
import { buildCues } from './cues.ts';
import { rewriteDraft } from './rewrite/rewrite-draft.ts';

export function reviewDraft(draft: string, options: ReviewOptions, techniques: TechniqueLibrary): Review {
  // The whole review reads the draft with long runs of spaces and punctuation cut (no rewrite
  // needs 8,000 of them); only the flags point into the draft, so only they are mapped back.
  const collapsed = collapseRuns(draft);
  const text = collapsed.text;
  const analysis = analyze(text, { context: options.context ?? null, collapsed: true });
  const flags =
    collapsed.cuts.length === 0 ? analysis.flags : restoreOffsets(analysis, draft, collapsed).flags;
  return Review.parse({
    engine: 'local',
    language: analysis.language,
    checked: analysis.supported,
    risk: analysis.risk,
    flags,
    rewrites: analysis.supported ? rewriteDraft(text, analysis, options, techniques) : [],
    cues: buildCues(text, analysis, { context: options.context ?? null }),
  });
}
