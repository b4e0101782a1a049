/**
 * Review a draft offline: the analyzer's findings, two or three technique rewrites, and cues. In a
 * language the offline engine does not support the review is unchecked: no rewrites (they would be
 * built from the English or Polish lexicon, over a draft it cannot read), and cues that say so.
 */
import type { ReviewOptions } from '../coach.ts';
import { Review } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyze } from './analyze.ts';
import { buildCues } from './cues.ts';
import { rewriteDraft } from './rewrite/rewrite-draft.ts';

export function reviewDraft(draft: string, options: ReviewOptions, techniques: TechniqueLibrary): Review {
  const analysis = analyze(draft, { context: options.context ?? null });
  return Review.parse({
    engine: 'local',
    language: analysis.language,
    checked: analysis.supported,
    risk: analysis.risk,
    flags: analysis.flags,
    rewrites: analysis.supported ? rewriteDraft(draft, analysis, options, techniques) : [],
    cues: buildCues(draft, analysis, { context: options.context ?? null }),
  });
}
