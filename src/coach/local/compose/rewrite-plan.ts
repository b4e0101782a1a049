/**
 * Rewrites built from the message plan: two or three, each a different technique chosen by the
 * draft's acts (or exactly one when the user asked for a technique). Every candidate is checked
 * by more than the analyzer: it keeps every fact, carries no five-word run of a hostile sentence,
 * and then reads calm with no flag under the full analysis. A candidate that fails falls back to
 * a plainer level of the plan; one that still fails is not returned.
 */

import type { ReviewOptions } from '../../coach.ts';
import type { Flag, Rewrite, Risk } from '../../schemas.ts';
import type { TechniqueLibrary } from '../../techniques.ts';
import { analyzeActs } from '../acts/analyze-acts.ts';
import type { ActReading } from '../acts/label.ts';
import { spaceOr, trimEndWhere } from '../analysis/trim.ts';
import { type Analysis, analyze } from '../analyze.ts';
import { missingFrom } from '../facts.ts';
import { isLang } from '../packs.ts';
import { askText } from './ask.ts';
import { rankTechniques } from './choose.ts';
import { factWordsOf, sharesRun } from './overlap.ts';
import { extractPlan, type MessagePlan } from './plan.ts';
import { type Level, render, type Style } from './render.ts';
import { type RewritesPack, rewritesFor } from './templates.ts';

const MAX_REWRITES = 3;

export interface PlanContext {
  draft: string;
  plan: MessagePlan;
  pack: RewritesPack;
  risk: Risk;
  goal: string | null;
  factWords: Set<string>;
  checked: Map<string, boolean>;
  /** Verdicts of the full analysis on the draft-worded sentences of a candidate. */
  calm: Map<string, boolean>;
}

export function planContext(
  draft: string,
  analysis: Analysis,
  reading: ActReading | null,
  options: ReviewOptions,
): PlanContext | null {
  if (!reading || !isLang(analysis.language)) return null;
  const goal = (options.goal ? trimEndWhere(options.goal.trim(), spaceOr('.!?')) : '') || null;
  return {
    draft,
    plan: extractPlan(draft, reading, analysis.flags, options.context ?? null, analysis.risk),
    pack: rewritesFor(reading.lang),
    risk: analysis.risk,
    goal: goal && goal.length <= 200 ? goal : null,
    factWords: factWordsOf(draft),
    checked: new Map(),
    calm: new Map(),
  };
}

const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).join(' ');

/**
 * Every guarantee a returned rewrite meets. The sentences that carry the draft's words get the full
 * act-aware analysis, once per distinct set (the techniques of one review share them); the whole
 * text then gets the lexicon's analysis, which scores the sentences together. The pack's own lines
 * read calm under the full analysis by construction (templates.test.ts renders every one).
 */
function passes(ctx: PlanContext, text: string, fromDraft: readonly string[]): boolean {
  if (!text || text.length > 4000) return false;
  if (wordsOf(text) === wordsOf(ctx.draft)) return false;
  if (missingFrom(ctx.plan.facts, text).length > 0) return false;
  if (sharesRun(text, ctx.plan.hostile, ctx.factWords)) return false;
  // A sentence that only counted misses may lend its ask, never anything else.
  const ask = ctx.plan.ask;
  const asked = ask ? askText(ask) : '';
  if (sharesRun(asked ? text.split(asked).join(' · ') : text, ctx.plan.stings, ctx.factWords)) return false;
  const own = fromDraft.join('\n');
  if (own) {
    let verdict = ctx.calm.get(own);
    if (verdict === undefined) {
      const check = analyzeActs(own, { context: ctx.plan.context, language: ctx.plan.lang }).analysis;
      verdict = check.flags.length === 0 && check.risk.level === 'calm';
      ctx.calm.set(own, verdict);
    }
    if (!verdict) return false;
  }
  const whole = analyze(text, { context: ctx.plan.context, language: ctx.plan.lang });
  return whole.flags.length === 0 && whole.risk.level === 'calm';
}

/** The first passing rendering of one technique in one style, or null. */
export function buildFromPlan(ctx: PlanContext, technique: string, style: Style): Rewrite | null {
  const t = ctx.pack.techniques[technique];
  if (!t) return null;
  const goals = ctx.goal ? [ctx.goal, null] : [null];
  for (const goal of goals) {
    for (const level of [0, 1, 2, 3] as Level[]) {
      const rendered = render({ plan: ctx.plan, pack: ctx.pack, technique, style, level, goal });
      if (!rendered) continue;
      const { text, fromDraft } = rendered;
      let ok = ctx.checked.get(text);
      if (ok === undefined) {
        ok = passes(ctx, text, fromDraft);
        ctx.checked.set(text, ok);
      }
      if (ok) return { technique, text, why: t.why };
    }
  }
  return null;
}

export function rewriteFromPlan(
  draft: string,
  analysis: Analysis,
  reading: ActReading | null,
  options: ReviewOptions,
  techniques: TechniqueLibrary,
): Rewrite[] {
  const requested = options.technique && techniques.has(options.technique) ? options.technique : null;
  const calm = analysis.risk.level === 'calm';
  const judged = analysis.flags.some((f: Flag) => f.kind !== 'shouting');
  // Calm drafts get nothing invented: no rewrite at all unless something was flagged or asked for.
  if (calm && analysis.flags.length === 0 && !requested) return [];
  const ctx = planContext(draft, analysis, reading, options);
  if (!ctx) return [];
  const known = (id: string) => techniques.has(id) && id in ctx.pack.techniques;
  if (requested) {
    const one = known(requested) ? buildFromPlan(ctx, requested, 'default') : null;
    return one ? [one] : [];
  }
  const ranked = rankTechniques(ctx.plan, analysis.risk, ctx.pack, known);
  const most = calm ? 1 : analysis.risk.level === 'heated' ? MAX_REWRITES : 2;
  const rewrites: Rewrite[] = [];
  const fallback = Object.keys(ctx.pack.techniques).filter((id) => known(id) && !ranked.includes(id));
  for (const id of [...ranked, ...fallback]) {
    if (rewrites.length >= most) break;
    if (!ranked.includes(id) && rewrites.length >= Math.min(2, most)) break;
    // A calm draft that only shouts needs a light touch, not a frame it did not ask for.
    const rewrite = buildFromPlan(ctx, id, calm && !judged ? 'shorter' : 'default');
    if (rewrite && !rewrites.some((r) => r.text === rewrite.text)) rewrites.push(rewrite);
  }
  return rewrites;
}
