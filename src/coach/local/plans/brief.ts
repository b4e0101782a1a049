/**
 * What the user wrote about a conversation, taken apart so a plan can say it back: who the other
 * side is, what the user wants, what the conversation is about, what is at stake and what they
 * could offer, plus the first sentence as the story. Clauses are copied verbatim (never reworded
 * or invented) and shortened at a word boundary, so a plan can quote them.
 */
import { spaceOr, trimEndWhere } from '../analysis/trim.ts';
import { countStem, normalise, type PlanLanguage } from '../situation.ts';
import type { CompiledPlans } from './pack.ts';
import type { Person } from './pack-schema.ts';

export interface Brief {
  /** The other side, from the pack's people; null when the text names nobody the pack knows. */
  person: Person | null;
  want: string | null;
  about: string | null;
  stake: string | null;
  offer: string | null;
  /** The first sentence, as the user told it. */
  story: string | null;
  /** A first name the story mentions (the colleague who gets the work): "Tom", "Ania". */
  name: string | null;
}

/** Longest clause quoted back, in characters. */
const MAX_QUOTE = 110;

/** A clause shortened at a word boundary, without a dangling conjunction or comma. */
export function shorten(clause: string, max = MAX_QUOTE): string {
  let text = clause.replace(/\s+/g, ' ').trim();
  if (text.length > max) text = `${text.slice(0, text.lastIndexOf(' ', max - 1)).trim()}…`;
  // Trailing separators and one dangling conjunction, trimmed by loops: an end-anchored
  // `[\s,]+$` rescans a long run at every start (see analysis/trim.ts).
  let out = trimEndWhere(text, spaceOr(',:;–-'));
  const conj = /(?:^|[\s,:;–-])(?:and|but|or|i|a|ale|lub|oraz)$/iu.exec(out);
  if (conj && conj.index > 0) out = trimEndWhere(out.slice(0, conj.index), spaceOr(',:;–-'));
  return out;
}

/**
 * The clause a cue starts: after the cue ("I want | a fair share"), or with it when the cue is
 * part of what is said back ("I could hand the reporting over", "Boję się, że …").
 */
function clause(pattern: RegExp, text: string, withCue = false, skip?: RegExp): string | null {
  for (const m of text.matchAll(pattern)) {
    const rest = m.groups?.clause?.trim() ?? '';
    // A cue with nothing after it ("I'm worried.") says no more than the cue.
    if (rest.split(/\s+/).length < 2 || (skip && rest.search(skip) !== -1)) continue;
    return shorten(withCue ? (m.groups?.whole ?? rest) : rest);
  }
  return null;
}

function findPerson(plans: CompiledPlans, lower: string): Person | null {
  let best: Person | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const person of plans.people) {
    for (const stem of person.stems) {
      if (countStem(lower, stem) === 0) continue;
      // The first one named is the one the conversation is with ("my boss keeps giving Tom…").
      const at = lower.search(new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
      if (at < bestAt) {
        best = person;
        bestAt = at;
      }
    }
  }
  return best;
}

/** Capitalised words that are names, not sentence starts, pronouns or months. */
const NOT_NAMES =
  /^(I|I'm|I've|I'd|My|We|Our|The|A|An|He|She|They|It|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Pan|Pani|Państwo|Ja|Mój|Moja|Mam|Chcę|Szef|Szefowa|Slack|Jira|HR)$/u;

function findName(text: string): string | null {
  for (const m of text.matchAll(/(?<=[\p{Ll},;:]\s)\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu)) {
    if (!NOT_NAMES.test(m[0])) return m[0];
  }
  return null;
}

export function readBrief(text: string, plans: CompiledPlans, _language: PlanLanguage): Brief {
  const lower = normalise(text);
  // "I need to talk to my landlord about the heating": the conversation, not what the user wants from it.
  const want = clause(plans.patterns.want, text, false, plans.patterns.notWant);
  const first = text.split(/(?<=[.!?])\s+|\n+/u).find((s) => s.trim().length > 0) ?? null;
  return {
    person: findPerson(plans, lower),
    want,
    about: clause(plans.patterns.about, text),
    stake: clause(plans.patterns.stake, text, true),
    offer: clause(plans.patterns.offer, text, true),
    story: first
      ? shorten(
          trimEndWhere(first, (ch) => '.!?'.includes(ch)),
          140,
        )
      : null,
    name: findName(text),
  };
}

/** Which of the pack's topics the text is about: every group of stems hits, no excluding stem does. */
export function findTopic(text: string, plans: CompiledPlans) {
  const lower = normalise(text);
  return (
    plans.topics.find(
      (topic) =>
        topic.all.every((group) => group.some((stem) => countStem(lower, stem) > 0)) &&
        !topic.none.some((stem) => countStem(lower, stem) > 0),
    ) ?? null
  );
}
