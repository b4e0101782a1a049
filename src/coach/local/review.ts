/** Review a draft offline: analysis + rewrites + cues. (Stub: replaced by the real rewriter.) */
import type { ReviewOptions } from '../coach.ts';
import type { Review } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyze } from './analyze.ts';

export function reviewDraft(draft: string, options: ReviewOptions, _techniques: TechniqueLibrary): Review {
  const analysis = analyze(draft, { context: options.context ?? null });
  return {
    engine: 'local',
    language: analysis.language,
    risk: analysis.risk,
    flags: analysis.flags,
    rewrites: [],
    cues: [],
  };
}
