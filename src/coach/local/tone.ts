/**
 * Tone variants of a rewrite: shorter (facts, request, question), warmer (appreciation, shared
 * goal, softer close) and more direct (request and facts first). Built from the draft again with
 * the same technique, under the same guarantees as the review's rewrites.
 */
import type { CoachOptions } from '../coach.ts';
import type { Rewrite, Tone } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { collapseRuns } from './analysis/collapse.ts';
import { analyze } from './analyze.ts';
import { rankTechniques } from './rewrite/choose.ts';
import { buildRewrite } from './rewrite/compose.ts';
import { rewriteContext } from './rewrite/rewrite-draft.ts';

const NOTES: Record<'en' | 'pl', Record<Tone, string>> = {
  en: {
    shorter: 'Shorter: only the facts, the request and one question.',
    warmer: 'Warmer: it adds appreciation and the goal you share, and softens the close.',
    direct: 'More direct: it leads with the request and the facts and stays calm.',
  },
  pl: {
    shorter: 'Krócej: tylko fakty, prośba i jedno pytanie.',
    warmer: 'Cieplej: dodaje podziękowanie i wspólny cel oraz łagodniejsze zakończenie.',
    direct: 'Bardziej wprost: zaczyna od prośby i faktów, zachowując spokojny ton.',
  },
};

export function retoneRewrite(
  input: string,
  rewrite: Rewrite,
  tone: Tone,
  options: CoachOptions,
  techniques: TechniqueLibrary,
): Rewrite {
  // Read as the review read it: long runs of spaces and punctuation cut (see collapse.ts).
  const draft = collapseRuns(input).text;
  const analysis = analyze(draft, { context: options.context ?? null, collapsed: true });
  const ctx = rewriteContext(draft, analysis, options, techniques);
  if (!ctx) return rewrite;
  const id = techniques.has(rewrite.technique)
    ? rewrite.technique
    : rankTechniques(draft, analysis, ctx.context, (t) => techniques.has(t))[0];
  const variant = id ? buildRewrite(ctx, id, tone) : null;
  if (!variant) return rewrite;
  return {
    technique: rewrite.technique,
    text: variant.text,
    why: `${NOTES[ctx.language][tone]} ${variant.why}`,
  };
}
