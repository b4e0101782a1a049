/**
 * The message plan: what the draft is for, extracted from its acts. Greeting and form of address,
 * the facts, the ask (from a request, or recovered from a threat's condition or an accusing
 * question), the consequence the writer may have to act on, the writer's position (what they hold
 * and offer), the sentences safe to carry over as written, and the sign-off. Rewrites are
 * rendered from this, never by deleting phrases from the draft.
 */

import type { Context, Flag, Risk } from '../../schemas.ts';
import type { ActReading, LabeledSentence } from '../acts/label.ts';
import { packFor } from '../acts/load.ts';
import { type PolishAddress, polishAddress } from '../acts/morphology.ts';
import type { Act } from '../acts/schema.ts';
import { lowerSameLength } from '../analysis/compile.ts';
import { trimEndWhere } from '../analysis/trim.ts';
import { type Fact, findFacts, missingFrom } from '../facts.ts';
import type { Lang } from '../packs.ts';
import { askText, recoverAsk } from './ask.ts';
import { type Order, orderToAsk } from './orders.ts';
import { impactOf, reproachAsk } from './reproach.ts';

/** What the writer asks for: a verb phrase with its subject, or a whole clause. */
export type Ask =
  | { kind: 'verb'; subject: 'you' | 'me' | 'us'; phrase: string }
  | { kind: 'clause'; clause: string }
  /** Polish "o + accusative" ("o uzupełnianie godzin"): asked for with "Proszę o …". */
  | { kind: 'object'; object: string }
  /** Terms of an ultimatum ("20% discount or we cancel"): asked to be agreed on. */
  | { kind: 'terms'; terms: string };

export interface MessagePlan {
  lang: Lang;
  context: Context | null;
  /** Polish form of address every written sentence keeps; null in English. */
  address: PolishAddress | null;
  greeting: string | null;
  signoff: string | null;
  facts: Fact[];
  /**
   * What the body says, in the draft's order: sentences carried over as written (fact, request,
   * feeling, thanks, apology with no hostile act), and orders of a hostile draft turned into asks.
   */
  carried: Array<string | Order>;
  /** The ask, when it had to be recovered from a hostile sentence (a carried request already says it). */
  ask: Ask | null;
  /** A carried sentence already asks for something. */
  hasRequest: boolean;
  /** Facts of the threat's condition (a deadline) the consequence is restated around. */
  deadline: string | null;
  /** The draft threatened a consequence (restated as a plan). */
  consequence: boolean;
  /** The draft threatened to go over their head (restated as bringing someone in together). */
  escalation: boolean;
  /** The person the draft threatened to go to, as written ("Sarah", "Anny"), when it named one. */
  escalationTarget: string | null;
  /** The writer admits fault (a sincere apology or "my mistake"): only then an apology technique fits. */
  admitsFault: boolean;
  /** The writer apologised conditionally ("sorry if you felt…"): apologise for the impact, keep the position. */
  nonApology: boolean;
  /** A conditional apology went on to hold a position ("…, but we did what the contract says"). */
  holdsPosition: boolean;
  /** The draft complains about a miss or a wait (the generic ask asks where things stand). */
  waiting: boolean;
  /** The talk is about a price or a discount. */
  price: boolean;
  /** Hostile acts of the draft, for choosing techniques. */
  acts: Set<Act>;
  /** Sentences that carried a hostile act (or a lexicon flag), for the five-word check. */
  hostile: string[];
  /** Names the draft speaks to ("…, Kevin." or "Kevin, …"). */
  vocatives: string[];
  /** Sentences that only counted or judged ("Third time I'm asking for…"): their ask may be restated. */
  stings: string[];
  /** What the draft's feelings say it costs the writer, as a calm I-statement ("I've been covering the gaps…"). */
  impact: string | null;
  /** Facts of sentences that were not carried (hostile ones), to be restated in neutral sentences. */
  restate: Fact[];
}

const PRICE: Record<Lang, RegExp> = {
  en: /\b(?:discount|price|pricing|rate|fee|quote|offer|cheaper|expensive|% off)\b|%/,
  pl: /rabat|zniżk|upust|cen[aęyi](?![\p{L}])|cenow|taniej|drogo|ofert|%/u,
};

function holdsFlag(s: LabeledSentence, flags: readonly Flag[]): boolean {
  return flags.some((f) => f.kind !== 'shouting' && f.start < s.end && f.end > s.start);
}

const CARRY: ReadonlySet<Act> = new Set(['fact', 'request', 'feeling', 'thanks', 'apology', 'proposal']);

/**
 * A carried sentence as the rewrite writes it: the words the lexicon flagged as shouting in lower
 * case, stacked "!!" / "??" single, and a capital first letter (it no longer follows a greeting).
 */
function calmCase(draft: string, s: LabeledSentence, flags: readonly Flag[]): string {
  let text = s.text;
  for (const f of flags) {
    if (f.kind !== 'shouting' || f.start < s.start || f.end > s.end) continue;
    const at = f.start - s.start;
    text = text.slice(0, at) + draft.slice(f.start, f.end).toLowerCase() + text.slice(at + f.end - f.start);
  }
  text = text.replace(/([!?])\1+/g, '$1');
  return /^\p{Ll}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function escalationTarget(draft: string, reading: ActReading): string | null {
  for (const s of reading.sentences)
    for (const h of s.hits) {
      if (h.act !== 'escalation') continue;
      const name = findFacts(draft.slice(h.start, h.end + 20)).find((f) => f.kind === 'name');
      if (name) return name.text;
    }
  return null;
}

/** A sentence whose only flags are one- or two-word jabs ("finally", "w końcu"), with them left out. */
function withoutJabs(s: LabeledSentence, flags: readonly Flag[]): string | null {
  const inside = flags.filter((f) => f.start < s.end && f.end > s.start && f.kind !== 'shouting');
  if (inside.length === 0) return null;
  if (
    !inside.every(
      (f) =>
        (f.kind === 'passive-aggressive' || f.kind === 'absolute') && f.text.trim().split(/\s+/).length <= 2,
    )
  )
    return null;
  let text = s.text;
  for (const f of [...inside].sort((a, b) => b.start - a.start)) {
    if (f.start < s.start || f.end > s.end) return null;
    text = text.slice(0, f.start - s.start) + text.slice(f.end - s.start);
  }
  text = text
    .replace(/\s{2,}/g, ' ')
    .replace(/(?<!\s)\s+([,.!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
  return text.split(/\s+/).length >= 3 ? text : null;
}

export function extractPlan(
  draft: string,
  reading: ActReading,
  flags: readonly Flag[],
  context: Context | null,
  risk: Risk,
): MessagePlan {
  const lang = reading.lang;
  const acts = new Set<Act>();
  const hostile: string[] = [];
  const stings: string[] = [];
  const carried: Array<string | Order> = [];
  let greeting: string | null = null;
  let signoff: string | null = null;
  let ask: Ask | null = null;
  let deadline: string | null = null;
  let hasRequest = false;
  let topic: Ask | null = null;
  let impact: string | null = null;
  const dropped: string[] = [];
  const sentences = reading.sentences;
  const anyHostile = sentences.some((s) => s.hostile || holdsFlag(s, flags));
  const diffuse = !anyHostile && risk.level !== 'calm';
  const tense = anyHostile || flags.length > 0 || risk.level !== 'calm';
  for (const [i, s] of sentences.entries()) {
    for (const a of s.acts) acts.add(a);
    // "Bartek," on its own line is the greeting, whatever the acts made of it.
    if (i === 0 && !greeting && NAME_ALONE.test(s.text.trim())) {
      greeting = s.text.trim();
      continue;
    }
    if (i === 0 && !greeting && (s.hostile || holdsFlag(s, flags))) greeting = leadingVocative(s.text);
    const bad = s.hostile || holdsFlag(s, flags);
    // "Thanks for finally sending the slides": without its jab word the sentence says what it meant.
    const mended = bad && !s.hostile ? withoutJabs(s, flags) : null;
    if (mended) {
      carried.push(mended);
      continue;
    }
    impact ??= impactOf(s.text, lang);
    if (bad) {
      hostile.push(s.text);
      dropped.push(s.text);
      topic ??= reproachAsk(s.text, lang);
      ask ??= recoverAsk(s, lang);
      // An explanation demand, or an order whose only fault was its pressure, is still asked for.
      const order = orderToAsk(s.text, lang);
      if (order && (order.kind === 'explain' || !s.hostile)) {
        carried.push(order);
        hasRequest = true;
      }
      if (s.acts.includes('threat') || s.acts.includes('escalation') || s.acts.includes('manipulation')) {
        const due = findFacts(s.text).find(
          (f) => f.kind === 'weekday' || f.kind === 'date' || f.kind === 'time',
        );
        deadline ??= due?.text ?? null;
      }
      continue;
    }
    if (s.acts.includes('greeting') && s.acts.length === 1) {
      greeting = s.text;
      continue;
    }
    if (s.acts.includes('signoff')) {
      signoff = s.text;
      continue;
    }
    // A sentence that counts misses or judges reads as a complaint once its neighbour was hostile.
    if (anyHostile && s.sting) {
      stings.push(s.text);
      dropped.push(s.text);
      topic ??= reproachAsk(s.text, lang);
      ask ??= recoverAsk(s, lang);
      continue;
    }
    // An order in a hostile draft is asked for instead ("Fix the tests" → "Could you fix the tests?").
    const order = anyHostile || flags.length > 0 ? orderToAsk(s.text, lang) : null;
    if (order) {
      carried.push(order);
      hasRequest = true;
      continue;
    }
    // A tense draft carries tension in sentences the acts read as plain statements too (the acts
    // miss some hurt): a statement is carried only when it holds a fact a rewrite must keep;
    // the rest of what it meant is restated from the plan.
    if ((diffuse || anyHostile) && !s.acts.some((a) => a !== 'fact') && findFacts(s.text).length === 0) {
      stings.push(s.text);
      topic ??= reproachAsk(s.text, lang);
      continue;
    }
    // In a tense draft, a sentence whose reproach or feeling the plan restates (the ask it implies,
    // the impact it states) is not carried as well: its facts are restated instead.
    const reproach = tense && !s.acts.includes('request') ? reproachAsk(s.text, lang) : null;
    if (tense && (reproach || (impactOf(s.text, lang) && !s.acts.includes('apology')))) {
      stings.push(s.text);
      dropped.push(s.text);
      topic ??= reproach;
      continue;
    }
    if (s.acts.every((a) => CARRY.has(a))) {
      carried.push(endCalmly(calmCase(draft, s, flags)));
      if (s.acts.includes('request')) hasRequest = true;
    }
  }
  // No request and no threat to take it from: the reproach's topic says what is wanted.
  if (!ask && !hasRequest) ask = topic;
  const said = [...carried.filter((c): c is string => typeof c === 'string'), ask ? askText(ask) : ''].join(
    ' ',
  );
  const vocatives = vocativesOf(draft);
  const restate: Fact[] = [];
  for (const text of dropped)
    for (const f of findFacts(text))
      if (
        missingFrom([f], `${said} ${greeting ?? ''}`).length > 0 &&
        !vocatives.includes(f.text) &&
        !restate.some((r) => r.text === f.text)
      )
        restate.push(f);
  return {
    lang,
    context,
    impact,
    restate,
    address: lang === 'pl' ? (polishAddress(draft) ?? titledAddress(draft)) : null,
    greeting,
    signoff,
    facts: findFacts(draft),
    carried,
    ask,
    hasRequest,
    deadline,
    consequence: acts.has('threat'),
    escalation: acts.has('escalation'),
    escalationTarget: escalationTarget(draft, reading),
    admitsFault: acts.has('apology'),
    nonApology: acts.has('non-apology'),
    holdsPosition: sentences.some(
      (s) => s.acts.includes('non-apology') && /,\s*(?:but|ale)\s+\p{L}/iu.test(s.text),
    ),
    waiting: packFor(lang).lists.waiting.test(lowerSameLength(draft)),
    price: PRICE[lang].test(draft.toLowerCase()),
    acts,
    hostile,
    stings,
    vocatives,
  };
}

/** Names the draft speaks to ("…, Kevin." or "Kevin, …"). */
function vocativesOf(draft: string): string[] {
  return findFacts(draft)
    .filter((f) => f.kind === 'name')
    .filter(
      (f) =>
        (/,\s*$/.test(draft.slice(Math.max(0, f.start - 3), f.start)) &&
          /^[.!?]/.test(draft.slice(f.end, f.end + 1))) ||
        (/^,/.test(draft.slice(f.end, f.end + 1)) && /(?:^|[.!?]\s+)$/.test(draft.slice(0, f.start))),
    )
    .map((f) => f.text);
}

const NAME_ALONE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,?$/u;
/** "Panie Profesorze, mam dość…" → "Panie Profesorze,": the greeting of a hostile first sentence. */
const VOCATIVE_HEAD =
  /^((?:Szanown\p{L}+\s+)?(?:Panie|Pani|Drog\p{L}+)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s/u;

function leadingVocative(text: string): string | null {
  const m = VOCATIVE_HEAD.exec(text);
  return m ? `${m[1]},` : null;
}

/** A Polish draft that speaks to "Panie X" / "Pani X" keeps Pan / Pani even when no verb says so. */
function titledAddress(draft: string): PolishAddress | null {
  if (/(?:^|[\s,.])Panie\s+\p{Lu}/u.test(draft)) return 'pan';
  if (/(?:^|[\s,.])Pani\s+\p{Lu}/u.test(draft)) return 'pani';
  return null;
}

/** A carried sentence ends in a full stop, not exclamation marks (a loop: linear on long runs). */
function endCalmly(text: string): string {
  const trimmed = trimEndWhere(text, (ch) => ch === '!');
  return trimmed.length === text.length ? text : `${trimmed}.`;
}
