/**
 * Tone variants of a rewrite: the draft's message plan rendered again through the same technique
 * in another tone (shorter: facts, the ask and one question; warmer: appreciation, the shared goal
 * and a softer close; more direct: the ask first). Every rewrite changes, not only the first, and
 * each variant meets the same guarantees as the review's rewrites.
 */
import type { CoachOptions } from '../coach.ts';
import type { Rewrite, Tone } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyzeActs } from './acts/analyze-acts.ts';
import { collapseRuns } from './analysis/collapse.ts';
import { rankTechniques } from './compose/choose.ts';
import { buildFromPlan, planContext } from './compose/rewrite-plan.ts';

export function retoneRewrite(
  input: string,
  rewrite: Rewrite,
  tone: Tone,
  options: CoachOptions,
  techniques: TechniqueLibrary,
): Rewrite {
  // Read as the review read it: long runs of spaces and punctuation cut (see collapse.ts).
  const draft = collapseRuns(input).text;
  const { analysis, reading } = analyzeActs(draft, { context: options.context ?? null, collapsed: true });
  const ctx = planContext(draft, analysis, reading, options);
  if (!ctx) return rewrite;
  const known = (id: string) => techniques.has(id) && id in ctx.pack.techniques;
  const id = known(rewrite.technique)
    ? rewrite.technique
    : rankTechniques(ctx.plan, analysis.risk, ctx.pack, known)[0];
  const variant = id ? buildFromPlan(ctx, id, tone) : null;
  if (!variant) return rewrite;
  return {
    technique: rewrite.technique,
    text: variant.text,
    why: `${ctx.pack.tones[tone] ?? ''} ${variant.why}`.trim(),
  };
}
