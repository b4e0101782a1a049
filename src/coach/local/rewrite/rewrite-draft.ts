/**
 * Rewrites for a reviewed draft: two or three, each with a different technique, chosen from what
 * the analyzer found; or exactly one when the user asked for a technique.
 */
import type { ReviewOptions } from '../../coach.ts';
import type { Rewrite } from '../../schemas.ts';
import type { TechniqueLibrary } from '../../techniques.ts';
import type { Analysis } from '../analyze.ts';
import { findFacts } from '../facts.ts';
import { rankTechniques } from './choose.ts';
import { buildMaterial } from './clean.ts';
import { buildRewrite, hashText, type RewriteContext } from './compose.ts';
import { LEXICONS, type RewriteLanguage, type RewriteLexicon } from './lexicon.ts';

const MAX_REWRITES = 3;
/** Polish drafts written to several people: "Wy", "Wasz…", or a verb in the second person plural. */
const PL_PLURAL_ADDRESS =
  /(?<![\p{L}])(?:wy|was|wam|wami|wasz\p{L}*|macie|możecie|dacie|jesteście|musicie|\p{L}{3,}(?:acie|ecie|icie))(?![\p{L}])/u;
const FALLBACK_ORDER = [
  'contrasting',
  'shared-purpose',
  'make-it-safe',
  'interests-not-positions',
  'apology',
  'take-a-break',
];

/** The rewrite context for a supported-language draft, or null for other languages. */
export function rewriteContext(
  draft: string,
  analysis: Analysis,
  options: ReviewOptions,
  techniques: TechniqueLibrary,
): RewriteContext | null {
  if (!analysis.supported || (analysis.language !== 'en' && analysis.language !== 'pl')) return null;
  const language: RewriteLanguage = analysis.language;
  const lex = LEXICONS[language];
  const goal = options.goal?.trim().replace(/(?<![.!?\s])[.!?\s]+$/u, '') || null;
  return {
    draft,
    analysis,
    language,
    lex,
    material: buildMaterial(draft, analysis, lex),
    techniques,
    context: options.context ?? null,
    goal: goal && goal.length <= 200 ? goal : null,
    seed: hashText(draft),
    facts: findFacts(draft),
    // Matched on lower case: V8 runs /u far faster than /iu.
    plural: language === 'pl' && PL_PLURAL_ADDRESS.test(draft.toLowerCase()),
    thirdParty: aboutSomeoneElse(draft, analysis, lex),
    checked: new Map(),
  };
}

/**
 * The judged sentences talk about someone else (a name, he/she/they) and never to "you": the
 * reader is not the one blamed (a complaint to a manager about a colleague).
 */
function aboutSomeoneElse(draft: string, analysis: Analysis, lex: RewriteLexicon): boolean {
  const judged = analysis.flags.filter((f) => f.kind !== 'shouting');
  // "<@U123> …" speaks to the person it mentions.
  if (judged.length === 0 || /^\s*<@/.test(draft)) return false;
  const sentences = analysis.sentences.filter((s) => judged.some((f) => f.start < s.end && f.end > s.start));
  const text = sentences.map((s) => draft.slice(s.start, s.end)).join(' ');
  if (lex.secondPerson.test(text)) return false;
  return lex.thirdPerson.test(text.toLowerCase()) || findFacts(text).some((f) => f.kind === 'name');
}

export function rewriteDraft(
  draft: string,
  analysis: Analysis,
  options: ReviewOptions,
  techniques: TechniqueLibrary,
): Rewrite[] {
  const requested = options.technique && techniques.has(options.technique) ? options.technique : null;
  const calm = analysis.risk.level === 'calm';
  // Calm drafts get nothing invented: no rewrite at all unless something was flagged or asked for.
  if (calm && analysis.flags.length === 0 && !requested) return [];
  const ctx = rewriteContext(draft, analysis, options, techniques);
  if (!ctx) return [];
  if (requested) {
    const one = buildRewrite(ctx, requested, 'default') ?? buildRewrite(ctx, requested, 'shorter');
    return one ? [one] : [];
  }
  const ranked = rankTechniques(draft, analysis, ctx.context, (id) => techniques.has(id));
  if (calm) {
    // Something was flagged in an otherwise calm draft: one rewrite, a light polish when only
    // the shouting needs calming.
    const style = analysis.flags.every((f) => f.kind === 'shouting') ? 'polish' : 'default';
    // A polish that only changes letter case is no rewrite: then the technique's full frame.
    const first = ranked[0];
    const one = first
      ? (buildRewrite(ctx, first, style) ?? (style === 'polish' ? buildRewrite(ctx, first, 'default') : null))
      : null;
    return one ? [one] : [];
  }
  const rewrites: Rewrite[] = [];
  // A tense draft gets the two best-fitting techniques, a heated one a third: every rewrite costs
  // a full analysis of its own, and two clear options serve a tense draft as well as three.
  const most = analysis.risk.level === 'heated' ? MAX_REWRITES : 2;
  const order = [...ranked, ...FALLBACK_ORDER.filter((id) => !ranked.includes(id) && techniques.has(id))];
  for (const id of order) {
    if (rewrites.length >= most) break;
    // Past the best-fitting techniques, only fill up to the minimum of two.
    if (!ranked.includes(id) && rewrites.length >= 2) break;
    const rewrite = buildRewrite(ctx, id, 'default');
    if (rewrite && !rewrites.some((r) => r.text === rewrite.text)) rewrites.push(rewrite);
  }
  return rewrites;
}
