/**
 * Labels every sentence of a draft by what it does (its acts): the pack's rules give the cues,
 * the structure around them (who is addressed, a question, a complaint nearby, a condition,
 * laughter) decides whether a cue counts. Pure and deterministic; offsets index the draft.
 */
import type { FlagKind } from '../../schemas.ts';
import { lowerSameLength } from '../analysis/compile.ts';
import { splitSentences } from '../analysis/sentences.ts';
import type { Lang } from '../packs.ts';
import { type CompiledPack, type CompiledRule, packFor } from './load.ts';
import { addressedByForm } from './morphology.ts';
import { type Act, type Condition, HOSTILE_ACTS } from './schema.ts';

export interface ActHit {
  ruleId: string;
  act: Act;
  kind: FlagKind | null;
  /** The cue's span in the draft. */
  start: number;
  end: number;
  why: string;
  suggestion: string | null;
}

export interface LabeledSentence {
  start: number;
  end: number;
  text: string;
  acts: Act[];
  /** The act that matters most: the most severe hostile act, else the most telling neutral one. */
  primary: Act;
  hits: ActHit[];
  hostile: boolean;
  /** Counts or judges without a hostile act of its own ("the third week in a row"): in a hostile draft, not carried over. */
  sting: boolean;
}

export interface ActReading {
  lang: Lang;
  sentences: LabeledSentence[];
  /** The draft laughs (😂, haha, lol): friendly mock insults are banter. */
  banter: boolean;
}

/** Severity of hostile acts: sets the order among a sentence's acts and the draft's risk floor. */
export const SEVERITY: Partial<Record<Act, number>> = {
  threat: 3,
  escalation: 2.5,
  motive: 2,
  reproach: 2,
  rhetorical: 2,
  sarcasm: 2,
  manipulation: 2,
  dismissal: 1.8,
  'non-apology': 1.5,
};
const NEUTRAL_ORDER: Act[] = [
  'apology',
  'request',
  'proposal',
  'feeling',
  'thanks',
  'greeting',
  'signoff',
  'fact',
];

interface Span {
  start: number;
  end: number;
}

/** The greeting at the head of the first sentence ("Hi Tom,", "Szanowni Państwo,"), or null. */
function greetingSpan(pack: CompiledPack, text: string, lower: string, s: Span): Span | null {
  const head = lower.slice(s.start, Math.min(s.end, s.start + 60));
  const m = pack.greeting.exec(head);
  if (!m) return null;
  let at = s.start + m[0].length;
  const NAME =
    /\s{1,10}(?:<@[^>\s]{1,40}>|\p{Lu}[\p{L}'’-]{0,30}|team|all|everyone|folks|guys|wszystkim|wszyscy)/uy;
  for (let n = 0; n < 3; n++) {
    NAME.lastIndex = at;
    const name = NAME.exec(text);
    if (!name || name.index + name[0].length > s.end) break;
    at = name.index + name[0].length;
  }
  const PUNCT = /\s{0,5}[,!:—–-]/y;
  PUNCT.lastIndex = at;
  const p = PUNCT.exec(text);
  if (p && p.index + p[0].length <= s.end) at = p.index + p[0].length;
  else if (at < s.end && !/\s/.test(text[at] ?? '')) return null;
  return { start: s.start, end: at };
}

function trimmed(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

/** Sentences, with a leading greeting split off the first one and a trailing lone name joined to its sign-off. */
function segments(pack: CompiledPack, text: string, lower: string): { spans: Span[]; greeting: number } {
  const spans: Span[] = splitSentences(text).map(({ start, end }) => ({ start, end }));
  let greeting = -1;
  const first = spans[0];
  if (first) {
    const g = greetingSpan(pack, text, lower, first);
    if (g) {
      greeting = 0;
      const rest = trimmed(text, g.end, first.end);
      spans.splice(0, 1, g, ...(rest ? [rest] : []));
    }
  }
  const last = spans.at(-1);
  const before = spans.at(-2);
  if (
    last &&
    before &&
    spans.length - 2 > greeting &&
    /^\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30})?$/u.test(text.slice(last.start, last.end))
  ) {
    if (pack.signoff.test(lower.slice(before.start, before.end)))
      spans.splice(-2, 2, { start: before.start, end: last.end });
  }
  return { spans, greeting };
}

/** A first-person singular clause: "I", "ja", or a Polish past tense in -łem / -łam. */
const FIRST_PERSON_SINGULAR = /(?<![\p{L}])(?:i|i'm|i've|ja|\p{L}{2,}(?:łem|łam|łabym|łbym))(?![\p{L}'’])/u;

class Structure {
  private cache = new Map<string, boolean>();
  constructor(
    private readonly pack: CompiledPack,
    private readonly text: string,
    private readonly lower: string,
    private readonly spans: readonly Span[],
    private readonly index: number,
    private readonly banter: boolean,
    readonly hits: readonly ActHit[],
  ) {}

  private get own(): string {
    const s = this.spans[this.index]!;
    return this.lower.slice(s.start, s.end);
  }

  private near(): string {
    const from = this.spans[Math.max(0, this.index - 1)]!;
    const to = this.spans[Math.min(this.spans.length - 1, this.index + 1)]!;
    return this.lower.slice(from.start, to.end);
  }

  private neighbours(): string[] {
    const out: string[] = [];
    for (const i of [this.index - 1, this.index + 1]) {
      const s = this.spans[i];
      if (s) out.push(this.lower.slice(s.start, s.end));
    }
    return out;
  }

  /** `at` is the cue's offset in the sentence, for conditions about the cue's own clause. */
  check(condition: Condition, at: number): boolean {
    if (condition === 'self') return this.aboutWriter(at);
    let v = this.cache.get(condition);
    if (v === undefined) {
      v = this.compute(condition);
      this.cache.set(condition, v);
    }
    return v;
  }

  /** The clause around `at` (between commas, dashes, semicolons) speaks in the first person singular. */
  private aboutWriter(at: number): boolean {
    const own = this.own;
    const before = own.lastIndexOf(',', at);
    const stops = [',', ';', ' — ', ' – ', ' - '].map((c) => own.indexOf(c, at)).filter((i) => i >= 0);
    const clause = own.slice(before + 1, stops.length > 0 ? Math.min(...stops) : own.length);
    return FIRST_PERSON_SINGULAR.test(clause);
  }

  private compute(condition: Exclude<Condition, 'self'>): boolean {
    const { lists } = this.pack;
    const s = this.spans[this.index]!;
    switch (condition) {
      case 'addressed':
        return (
          lists.you.test(this.own) ||
          this.pack.imperativeStart.test(this.own) ||
          addressedByForm(this.pack.lang, this.own, this.text.slice(s.start, s.end))
        );
      case 'question':
        return this.own.includes('?');
      case 'complaint': {
        // A repeat word counts only in a neighbour: "thanks again" is no complaint on its own.
        const near = this.near();
        return (
          lists.failure.test(near) ||
          lists.negEval.test(near) ||
          this.neighbours().some((n) => lists.absolute.test(n))
        );
      }
      case 'negative':
        return lists.negation.test(this.own);
      case 'banter':
        return this.banter;
      case 'negated-eval':
        return this.pack.negatedEval.test(this.own);
      case 'non-apology':
        return this.hits.some((h) => h.act === 'non-apology');
      case 'conditional':
        return lists.condition.test(this.own);
      case 'mocking':
        return lists.mocking.test(this.own);
    }
  }
}

/**
 * The hits of one rule's patterns `candidates[from…to)` (indexes into the pack's patterns, in
 * order; one hit per pattern that matches), once the rule's structure holds. Only patterns the
 * candidate trie listed for the sentence are run: any other cannot match, so skipping it changes
 * nothing.
 */
function matchRule(
  rule: CompiledRule,
  lower: string,
  st: Structure,
  offset: number,
  out: ActHit[],
  candidates: readonly number[],
  from: number,
  to: number,
): void {
  let checked = false;
  for (let k = from; k < to; k++) {
    const m = rule.pattern(candidates[k]! - rule.first).exec(lower);
    if (!m) continue;
    if (!checked) {
      if (!rule.requires.every((c) => st.check(c, m.index))) return;
      if (rule.unless.some((c) => st.check(c, m.index))) return;
      checked = true;
    }
    let start = offset + m.index;
    let end = start + m[0].length;
    // Spans start and end at a word, not at the spaces or commas a pattern consumed.
    while (start < end && /[\s,.;:]/.test(lower[start - offset]!)) start++;
    while (end > start && /[\s,;:]/.test(lower[end - 1 - offset]!)) end--;
    out.push({
      ruleId: rule.id,
      act: rule.act,
      kind: rule.kind,
      start,
      end,
      why: rule.why,
      suggestion: rule.suggestion,
    });
  }
}

/** Per pack, one slot per pattern for `candidatesIn`, with the last stamp used, reused call to call. */
const MARKS = new Map<CompiledPack, { marks: Uint32Array; stamp: number }>();

/** The pack-wide indexes of the patterns `own` may match, ascending (rules in order, then patterns). */
function candidatesOf(pack: CompiledPack, own: string): number[] {
  let entry = MARKS.get(pack);
  if (!entry) {
    entry = { marks: new Uint32Array(pack.ruleOfPattern.length), stamp: 0 };
    MARKS.set(pack, entry);
  }
  entry.stamp++;
  if (entry.stamp === 0xffffffff) {
    entry.marks.fill(0);
    entry.stamp = 1;
  }
  const out: number[] = [];
  pack.candidates.candidatesIn(own, entry.marks, entry.stamp, out);
  return out.sort((x, y) => x - y);
}

/** Every rule with a candidate pattern in `own`, in pack order, each through matchRule. */
function matchRules(pack: CompiledPack, own: string, st: Structure, offset: number, out: ActHit[]): void {
  const candidates = candidatesOf(pack, own);
  for (let k = 0; k < candidates.length; ) {
    const rule = pack.ruleOfPattern[candidates[k]!]!;
    let to = k + 1;
    while (to < candidates.length && pack.ruleOfPattern[candidates[to]!] === rule) to++;
    matchRule(rule, own, st, offset, out, candidates, k, to);
    k = to;
  }
}

function primaryOf(acts: readonly Act[]): Act {
  let best: Act | null = null;
  for (const a of acts)
    if (HOSTILE_ACTS.has(a) && (best === null || (SEVERITY[a] ?? 0) > (SEVERITY[best] ?? 0))) best = a;
  if (best) return best;
  for (const a of NEUTRAL_ORDER) if (acts.includes(a)) return a;
  return 'fact';
}

export function labelActs(text: string, lang: Lang): ActReading {
  const pack = packFor(lang);
  const lower = lowerSameLength(text);
  const { spans, greeting } = segments(pack, text, lower);
  const banter = pack.lists.banter.test(lower);
  const sentences: LabeledSentence[] = spans.map((span, index) => {
    const own = lower.slice(span.start, span.end);
    const hits: ActHit[] = [];
    const st = new Structure(pack, text, lower, spans, index, banter, hits);
    matchRules(pack, own, st, span.start, hits);
    const acts = new Set<Act>(hits.map((h) => h.act));
    if (index === greeting) acts.add('greeting');
    if (index === spans.length - 1 && index > greeting && pack.signoffLine.test(own)) acts.add('signoff');
    if (acts.size === 0) acts.add('fact');
    const list = [...acts];
    const hostile = list.some((a) => HOSTILE_ACTS.has(a));
    const sting = !hostile && (pack.lists.absolute.test(own) || pack.lists.negEval.test(own));
    return {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      acts: list,
      primary: primaryOf(list),
      hits,
      hostile,
      sting,
    };
  });
  return { lang, sentences, banter };
}
