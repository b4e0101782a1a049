/**
 * The offline analyzer: language, flagged phrases with exact spans, risk, and the polite/hostile
 * signals the rest of the local engine builds on. Pure and deterministic: every regex is compiled
 * once at module load, and a call makes one pass per lexicon over the draft.
 */
import type { Context, Flag, FlagKind, Risk } from '../schemas.ts';
import { countWords } from './analysis/chars.ts';
import { type Collapsed, collapseRuns, originalSpan } from './analysis/collapse.ts';
import { type CompiledLexicon, CUES, compileLexicon, lowerSameLength } from './analysis/compile.ts';
import {
  BASE_LOGIT,
  contextLogit,
  FLAG_WEIGHTS,
  flagLogit,
  riskLevel,
  toScore,
  withFlagFloor,
} from './analysis/risk.ts';
import { splitSentences } from './analysis/sentences.ts';
import { findShouting } from './analysis/shouting.ts';
import type { Lexicon } from './analysis/types.ts';
import { detectLanguage, isSupported } from './language.ts';
import { lexiconOf } from './lexicon/load.ts';
import { isLang, LANGS, type Lang } from './packs.ts';

export { RISK_THRESHOLDS } from './analysis/risk.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Counts of the cues that make a message read warmer or colder. */
export interface Signals {
  questions: number;
  softeners: number; // please, could you, would you mind, I think, maybe…
  gratitude: number;
  apology: number;
  sharedPurpose: number; // we, us, together, our goal…
  secondPerson: number; // you-statements
  /** Politeness cues that lowered risk, summed (negative logit contributions). */
  politeness: number;
  /** Hostility cues that raised risk, summed (positive logit contributions, flags excluded). */
  hostility: number;
}

export interface Analysis {
  /** ISO 639-1 code, or "und" when unknown. */
  language: string;
  /** True for languages the offline engine fully supports (en, pl). */
  supported: boolean;
  /** Sorted by start; spans do not overlap; text === draft.slice(start, end). */
  flags: Flag[];
  risk: Risk;
  sentences: Sentence[];
  signals: Signals;
}

export interface AnalyzeOptions {
  context?: Context | null;
  /**
   * The language, when the caller already knows it: a rewrite is built from the draft's own
   * sentences and templates in the draft's language, so re-detecting it would only cost time.
   */
  language?: string;
  /** The caller already cut long runs (see collapse.ts): a review's own re-analyses skip the scan. */
  collapsed?: boolean;
}

/** Read (packs/<lang>/lexicon.yml) and compiled on a language's first draft: importing stays cheap. */
const LEXICONS: Record<string, CompiledLexicon> = {};
function lexiconFor(language: Lang): CompiledLexicon {
  let compiled = LEXICONS[language];
  if (compiled === undefined) {
    compiled = compileLexicon(lexiconOf(language), language);
    LEXICONS[language] = compiled;
  }
  return compiled;
}
/** Capitalised emphasis words of every language: a draft's language does not decide what shouts. */
let shoutWords: ReadonlySet<string> | undefined;
function allShoutWords(): ReadonlySet<string> {
  shoutWords ??= new Set(LANGS.flatMap((lang) => lexiconOf(lang).shoutWords));
  return shoutWords;
}

/** Slack markup, code and links: masked with spaces so offsets stay exact but nothing inside is read. */
const MARKUP =
  /```[\s\S]*?```|`[^`\n]+`|<(?:[@#!]|https?:|mailto:)[^>\n]{0,500}>|<[a-z]{2,10}>|https?:\/\/\S+|:[a-z0-9_+-]+:/g;
const MAY_HAVE_MARKUP = /[<`:]/;
/** A bare opening question; kept small because wh-questions already count as direct questions. */
const DIRECT_START = 0.2;
const ELLIPSIS = /\.\.\.|…/;
const SMILEY = /(?:^|\s)[:;=]-?[)D\]P]|\(:|🙂|😊|😀|😄|😉|🙏|👍/u;
/** What every smiley above contains: most drafts skip the Unicode regex. */
const MAY_SMILE = /[:;=(\u0080-\uffff]/;

interface Candidate extends Flag {
  weight: number;
}

/** The draft with Slack markup, code and links blanked out, offsets unchanged. */
export function maskMarkup(text: string): string {
  return MAY_HAVE_MARKUP.test(text) ? text.replace(MARKUP, (m) => ' '.repeat(m.length)) : text;
}

export function analyze(draft: string, options: AnalyzeOptions = {}): Analysis {
  if (options.collapsed) return analyzeText(draft, options);
  // Long runs of spaces or punctuation are cut first (see collapse.ts); offsets map back.
  const collapsed = collapseRuns(draft);
  const analysis = analyzeText(collapsed.text, options);
  return collapsed.cuts.length === 0 ? analysis : restoreOffsets(analysis, draft, collapsed);
}

/** An analysis of the collapsed text, with flags and sentences as spans of the draft as written. */
export function restoreOffsets(analysis: Analysis, draft: string, collapsed: Collapsed): Analysis {
  const span = <T extends { start: number; end: number; text: string }>(item: T): T => {
    const { start, end } = originalSpan(collapsed, item.start, item.end);
    return { ...item, start, end, text: draft.slice(start, end) };
  };
  return { ...analysis, flags: analysis.flags.map(span), sentences: analysis.sentences.map(span) };
}

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const masked = maskMarkup(text);
  const language = options.language ?? detectLanguage(masked);
  const supported = isSupported(language);
  const compiled = supported && isLang(language) ? lexiconFor(language) : undefined;
  // A language the engine cannot check still gets its shouting explained, in English.
  const texts: Lexicon = compiled?.lexicon ?? lexiconOf('en');

  const candidates: Candidate[] = [];
  const lower = compiled ? lowerSameLength(masked) : masked;
  // Cues are scored once the flags are known (a cue inside a flag may not count): kept until then.
  const cueHits: number[] = [];
  if (compiled) scanLexicon(text, lower, compiled, candidates, cueHits);
  for (const span of findShouting(masked, allShoutWords())) {
    candidates.push(toFlag(text, span.start, span.end, 'shouting', texts, `${language}.shouting.caps`));
  }
  const flags = resolveOverlaps(candidates);

  const signals: Signals = {
    questions: 0,
    softeners: 0,
    gratitude: 0,
    apology: 0,
    sharedPurpose: 0,
    secondPerson: 0,
    politeness: 0,
    hostility: 0,
  };
  const sentences = splitSentences(text);
  for (const s of sentences) if (s.text.includes('?')) signals.questions++;
  if (compiled) scoreCues(cueHits, compiled, flags, signals);

  const questionMarks = count(masked, '?');
  const words = countWords(masked);
  const flagSum = flagLogit(flags.map((f) => f.kind));
  const logit =
    BASE_LOGIT +
    flagSum +
    signals.politeness +
    signals.hostility +
    contextLogit(options.context) +
    // A volley of questions reads as interrogation.
    0.3 * Math.min(Math.max(questionMarks - 1, 0), 4) +
    // Trailing off ("…", "...") hints at irritation or sarcasm; a smiley softens.
    (ELLIPSIS.test(masked) ? 0.3 : 0) +
    (MAY_SMILE.test(masked) && SMILEY.test(masked) ? -0.6 : 0) +
    // Opening with a bare question, before any context, presumes an answer is owed.
    (sentences[0]?.text.endsWith('?') ? DIRECT_START : 0) +
    // Politeness costs words (Brown & Levinson): longer requests carry more context and redress.
    -0.012 * Math.min(words, 60);
  const score = toScore(withFlagFloor(logit, flagSum));
  return {
    language,
    supported,
    flags: flags.map(({ weight: _w, ...flag }) => flag),
    risk: { score, level: riskLevel(score) },
    sentences,
    signals,
  };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** One pass for phrases (flag candidates, into `out`) and cues (index, start pairs, into `cueHits`). */
function scanLexicon(
  text: string,
  masked: string,
  compiled: CompiledLexicon,
  out: Candidate[],
  cueHits: number[],
): void {
  compiled.matcher.scan(masked, (stream, index, matchStart, matchEnd) => {
    if (stream === CUES) {
      cueHits.push(index, matchStart);
      return;
    }
    const rule = compiled.rules[index]!;
    if (rule.needsHostile && !compiled.hostile.test(aroundMatch(masked, matchStart, matchEnd))) return;
    const start = skipForward(masked, matchStart, matchEnd);
    const end = skipBack(masked, start, matchEnd);
    const flag = toFlag(text, start, end, rule.kind, compiled.lexicon, compiled.ruleIds[index]!);
    if (rule.why !== undefined) flag.why = rule.why;
    if (rule.suggestion !== undefined) flag.suggestion = rule.suggestion;
    out.push(flag);
  });
}

/** The sentence of a match and its neighbours: where sarcasm finds its target. */
function aroundMatch(text: string, start: number, end: number): string {
  let from = start;
  let starts = 0;
  while (from > 0 && starts < 2) {
    if (SENTENCE_END.test(text[from - 1]!) && !SENTENCE_END.test(text[from] ?? '')) starts++;
    if (starts < 2) from--;
  }
  let to = end;
  let ends = 0;
  while (to < text.length && ends < 2) {
    if (SENTENCE_END.test(text[to]!) && !SENTENCE_END.test(text[to + 1] ?? '')) ends++;
    to++;
  }
  return text.slice(from, to);
}
const SENTENCE_END = /[.!?\n…]/;

function toFlag(
  text: string,
  start: number,
  end: number,
  kind: FlagKind,
  lexicon: Lexicon,
  ruleId: string,
): Candidate {
  const k = lexicon.kinds[kind];
  return {
    ruleId,
    count: 1,
    start,
    end,
    text: text.slice(start, end),
    kind,
    why: k.why,
    suggestion: k.suggestion,
    weight: FLAG_WEIGHTS[kind],
  };
}

/** Keep the most severe (then longest) of overlapping candidates; return them sorted by start. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  // The usual case: nothing overlaps, so nothing needs choosing.
  if (byStart.every((c, i) => i === 0 || c.start >= byStart[i - 1]!.end)) return byStart;
  const byPriority = [...candidates].sort(
    (a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of byPriority) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Sum cue weights with diminishing repeats (1, 1/2, 1/3…), and count signals. */
function scoreCues(
  cueHits: readonly number[],
  compiled: CompiledLexicon,
  flags: readonly Flag[],
  signals: Signals,
): void {
  if (cueHits.length === 0) return;
  const counts = new Uint8Array(compiled.cueList.length);
  for (let h = 0; h < cueHits.length; h += 2) {
    const index = cueHits[h]!;
    const cue = compiled.cueList[index]!;
    // "Oh great" and "thanks a lot" inside a sarcasm flag are not politeness.
    if (cue.weight < 0 && insideFlag(cueHits[h + 1]!, flags)) continue;
    const n = ++counts[index]!;
    const contribution = cue.weight / n;
    if (contribution < 0) signals.politeness += contribution;
    else signals.hostility += contribution;
    if (cue.signal) signals[cue.signal]++;
  }
}

function insideFlag(index: number, flags: readonly Flag[]): boolean {
  for (const f of flags) if (index >= f.start && index < f.end) return true;
  return false;
}

/** Flags start at a word: skip leading spaces and punctuation a pattern consumed. */
const SKIP = /[\s,.;:]/;
function skipForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && SKIP.test(text[i]!)) i++;
  return i;
}
function skipBack(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}
