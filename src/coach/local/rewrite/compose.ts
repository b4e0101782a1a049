/**
 * Wraps rewrite material in a technique (its opening, technique-specific lines and closing
 * question from prompts/techniques) and guarantees every rewrite it returns keeps the draft's
 * facts, drops every flagged phrase, stays in the draft's language and itself reviews as calm.
 * A candidate that fails falls back to a more conservative construction; one that still fails
 * is never returned.
 */
import type { Context, Flag, Rewrite, Tone } from '../../schemas.ts';
import type { Technique, TechniqueLibrary } from '../../techniques.ts';
import { analyzeActs } from '../acts/analyze-acts.ts';
import type { Analysis } from '../analyze.ts';
import { type Fact, findFacts, missingFrom } from '../facts.ts';
import type { Material, Piece } from './clean.ts';
import { lowerFirst, type RewriteLanguage, type RewriteLexicon } from './lexicon.ts';

export type Style = Tone | 'default' | 'polish';

export interface RewriteContext {
  draft: string;
  analysis: Analysis;
  language: RewriteLanguage;
  lex: RewriteLexicon;
  material: Material;
  techniques: TechniqueLibrary;
  context: Context | null;
  goal: string | null;
  /** Stable per-draft number for deterministic phrase choice. */
  seed: number;
  /** The draft's facts, found once. */
  facts: readonly Fact[];
  /** The draft addresses several people ("Wy" in Polish): templates follow. */
  plural: boolean;
  /** Verdicts of `passes` by text, so no candidate is analysed twice for one draft. */
  checked: Map<string, boolean>;
  /** The draft's complaint is about someone else (a name, he/she/they): openings must not blame the reader. */
  thirdParty: boolean;
}

/** Polish second person singular → plural, for template sentences only (never the draft's own). */
const PL_PLURAL: Record<string, string> = {
  Ci: 'Wam',
  Cię: 'Was',
  Ciebie: 'Was',
  Tobą: 'Wami',
  Tobie: 'Wam',
  Twój: 'Wasz',
  Twoja: 'Wasza',
  Twoje: 'Wasze',
  Twojego: 'Waszego',
  Twojej: 'Waszej',
  Twoim: 'Waszym',
  Twoją: 'Waszą',
  Twoich: 'Waszych',
  możesz: 'możecie',
  będziesz: 'będziecie',
  potrzebujesz: 'potrzebujecie',
  poświęcasz: 'poświęcacie',
  popraw: 'poprawcie',
};
const PL_SINGULAR_WORD = new RegExp(`(?<![\\p{L}])(?:${Object.keys(PL_PLURAL).join('|')})(?![\\p{L}])`, 'gu');

export function addressed(ctx: Pick<RewriteContext, 'plural' | 'language'>, text: string): string {
  if (!ctx.plural || ctx.language !== 'pl') return text;
  return text.replace(PL_SINGULAR_WORD, (w) => PL_PLURAL[w] ?? w);
}

/** FNV-1a: a cheap, stable hash so phrase choice varies by draft without randomness. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function phrase(ctx: RewriteContext, technique: Technique, role: string, offset = 0): string | null {
  const options = technique.phrasing[ctx.language].filter((p) => p.role === role && !p.text.includes('{'));
  if (options.length === 0) return null;
  const text = options[(ctx.seed + offset) % options.length]?.text;
  return text ? addressed(ctx, text) : null;
}

function wordsOf(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).join(' ');
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

const PREPOSITION = /(?:^|\s)(by|on|at|until|before|from|since|due|do|w|we|na|od|przed|o|z|za)\s+$/i;

/** "For reference: the outage on Tuesday at 14:30." for facts the text would otherwise lose. */
function factNote(ctx: RewriteContext, text: string, phrases: boolean): string | null {
  const missing = new Set(missingFrom(ctx.facts, text));
  if (missing.size === 0) return null;
  const items: string[] = [];
  if (phrases) {
    for (const phrase of ctx.material.factPhrases) {
      const covers = findFacts(phrase).filter((f) => missing.has(f.text));
      if (covers.length === 0) continue;
      items.push(lowerFirst(phrase.replace(/[.?!]+$/, '')));
      for (const f of covers) missing.delete(f.text);
    }
  }
  for (const f of ctx.facts) {
    if (!missing.has(f.text)) continue;
    missing.delete(f.text);
    const prep = PREPOSITION.exec(ctx.draft.slice(Math.max(0, f.start - 10), f.start))?.[1];
    items.push(prep ? `${prep.toLowerCase()} ${f.text}` : f.text);
  }
  return `${ctx.lex.factsIntro} ${items.join('; ')}.`;
}

function joinList(items: string[], language: RewriteLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${language === 'pl' ? ' i ' : ' and '}${items.at(-1)}`;
}

export function whyFor(ctx: RewriteContext, id: string): string {
  const base = ctx.lex.why[id] ?? ctx.lex.why.default ?? '';
  const dropped = ctx.material.dropped.map((k) => ctx.lex.dropped[k]);
  return dropped.length > 0 ? `${base} ${ctx.lex.droppedIntro} ${joinList(dropped, ctx.language)}.` : base;
}

/**
 * The rewrite's sentences for one technique and style. Level 0 uses all material; level 1 keeps
 * only the draft's unflagged sentences plus a plain request; level 2 keeps only the facts.
 */
function compose(ctx: RewriteContext, technique: Technique, style: Style, level: number): string {
  const { lex, material } = ctx;
  const id = technique.id;
  const out: string[] = [];
  const push = (s: string | null | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const priced = id === 'interests-not-positions' && lex.money.test(ctx.draft);
  const open =
    (id === 'apology' && material.denies ? lex.impactApology : null) ??
    (priced ? phrase(ctx, technique, 'price-open') : null) ??
    (ctx.thirdParty ? phrase(ctx, technique, 'open-neutral') : null) ??
    phrase(ctx, technique, 'open');
  const ask = phrase(ctx, technique, 'ask', 1);
  const body: Piece[] = level === 0 ? material.body : level === 1 ? material.neutral : [];
  const hasRequest = body.some((p) => p.request);
  const needsRequest = level > 0 && !hasRequest && id !== 'apology' && id !== 'take-a-break';

  if (material.greeting && style !== 'shorter') push(material.greeting);
  if (style === 'warmer') push(addressed(ctx, lex.thanks));

  const direct = style === 'direct' || style === 'shorter';
  if (style === 'polish') {
    // A light polish keeps the draft's own shape: no technique frame.
  } else if (direct) {
    if (id === 'apology' && open) push(firstSentence(open));
  } else {
    push(open);
    if (style === 'warmer' && id !== 'shared-purpose') push(lex.goalLine);
    if (id === 'shared-purpose' && ctx.goal && style !== 'warmer')
      push(lex.goalFrame.replace('{goal}', ctx.goal));
  }
  if (style === 'default' || style === 'warmer') {
    if (priced) push(phrase(ctx, technique, 'interest'));
    // "Here is what I know" only when facts of the draft follow.
    if (id === 'make-it-safe' && body.some((p) => p.hasFact && !p.comp))
      push(phrase(ctx, technique, 'safety'));
  }

  const brief = id === 'take-a-break' || style === 'shorter' || style === 'direct';
  let pieces = body.filter((p) => {
    if (p.comp === 'ownership' && id === 'apology') return false;
    if (p.comp && brief)
      return p.comp === 'request' || p.comp === 'involve' || (p.comp === 'nextStep' && id !== 'take-a-break');
    // A pause and a fresh request in one message pull in opposite directions.
    if (id === 'take-a-break') return p.hasFact && !p.request;
    return style !== 'shorter' || p.hasFact || p.request;
  });
  if (style === 'direct') pieces = [...pieces.filter((p) => p.request), ...pieces.filter((p) => !p.request)];
  for (const p of pieces) push(p.comp || p.template ? addressed(ctx, p.text) : p.text);
  if (needsRequest) push(addressed(ctx, lex.request));
  // A rewrite must carry the draft's point: with none of its words and no facts left, name the topic.
  if (
    style !== 'polish' &&
    id !== 'take-a-break' &&
    ctx.facts.length === 0 &&
    !pieces.some((p) => !p.comp || p.comp === 'observation' || p.comp === 'disagree')
  )
    push(lex.topic);

  push(factNote(ctx, `${out.join(' ')} ${material.signoff ?? ''}`, level < 2));

  if (style !== 'polish') {
    if (id === 'apology') push(phrase(ctx, technique, 'fix'));
    if (id === 'take-a-break') push(phrase(ctx, technique, 'pause'));
    if (style === 'default' || style === 'warmer') {
      if (id === 'interests-not-positions') push(phrase(ctx, technique, 'options'));
      if (id === 'make-it-safe') push(phrase(ctx, technique, 'return'));
    }
    push(ask);
    if (style === 'warmer') push(lex.closeWarm);
  }
  let text = out
    .join(' ')
    .replace(/[ \t]{2,}/g, ' ')
    // No " ." or " ," left where a phrase was cut.
    .replace(/[ \t]+([.,;:?!])(?=\s|$)/g, '$1')
    .trim();
  // Greeting and sign-off keep their own lines, as people write them.
  if (material.greeting && text.startsWith(material.greeting)) {
    text = `${material.greeting}\n${text.slice(material.greeting.length).trim()}`;
  }
  if (material.signoff) text = `${text}\n${material.signoff}`;
  return text;
}

/**
 * Whether a flag's text is itself a fact, per flag object: the draft's flags are the same objects
 * for every candidate of a review, so the fact scan runs once per flag, not once per candidate.
 */
const FLAG_IS_FACT = new WeakMap<Flag, boolean>();
function isFact(flag: Flag, t: string): boolean {
  let fact = FLAG_IS_FACT.get(flag);
  if (fact === undefined) {
    fact = findFacts(t).some((f) => f.text === t);
    FLAG_IS_FACT.set(flag, fact);
  }
  return fact;
}

function survives(flag: Flag, text: string, lowerText: string): boolean {
  const t = flag.text.trim();
  if (!/[\p{L}\d]/u.test(t))
    return flag.kind === 'shouting' && /([!?])\1|[!?]{2,}/.test(text) && text.includes(t);
  if (isFact(flag, t)) return false;
  // Shouting is in the letter case: the word itself may stay once it is no longer in caps.
  if (flag.kind === 'shouting') return text.includes(t) && t !== t.toLowerCase();
  return lowerText.includes(t.toLowerCase());
}

/** Every guarantee a returned rewrite must meet. */
export function passes(ctx: RewriteContext, text: string): boolean {
  if (!text || text.length > 4000) return false;
  // The draft with its punctuation or case toned down is not a rewrite.
  if (text.length <= ctx.draft.length + 8 && wordsOf(text) === wordsOf(ctx.draft)) return false;
  const lower = text.toLowerCase();
  if (ctx.analysis.flags.some((f) => survives(f, text, lower))) return false;
  if (missingFrom(ctx.facts, text).length > 0) return false;
  // Built from the draft's sentences and templates in its language: the language is known.
  const check = analyzeActs(text, { context: ctx.context, language: ctx.language }).analysis;
  return check.supported && check.flags.length === 0 && check.risk.level === 'calm';
}

/** The best passing rewrite for one technique and style, or null when none passes. */
export function buildRewrite(ctx: RewriteContext, id: string, style: Style): Rewrite | null {
  if (!ctx.techniques.has(id)) return null;
  const technique = ctx.techniques.get(id);
  const levels = style === 'polish' ? [0] : [0, 1, 2];
  for (const level of levels) {
    const text = compose(ctx, technique, style, level);
    let ok = ctx.checked.get(text);
    if (ok === undefined) {
      ok = passes(ctx, text);
      ctx.checked.set(text, ok);
    }
    if (ok) return { technique: id, text, why: whyFor(ctx, id) };
  }
  // Without the goal the user typed (it may itself be heated or in another language); only the
  // shared-purpose frame uses it, so only there can leaving it out change the text.
  if (ctx.goal && id === 'shared-purpose') return buildRewrite({ ...ctx, goal: null }, id, style);
  return null;
}
