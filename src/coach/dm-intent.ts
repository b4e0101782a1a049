/**
 * What a turn in a DM conversation with Parley asks for, in English and Polish: a greeting, a
 * review of a draft, a question (about the plan, a technique or a practice run), a new detail of
 * the situation, or a situation to plan for. Pure word knowledge: no Slack, no engine. The DM
 * listener routes on it; the words live in dm-words.ts.
 */

import {
  ACKNOWLEDGEMENTS,
  DRAFT_SIGN_OFF,
  GREETING_FILLERS,
  GREETINGS,
  GROUP_ADDRESS,
  NARRATION,
  PLAN_FIELD_WORDS,
  QUESTION_START,
  REVIEW_PREFIX,
  SALUTATION,
  SECOND_PERSON,
  TECHNIQUE_QUESTION_START,
} from './dm-words.ts';
import type { AnswerTopic, PlanField } from './schemas.ts';

export type DmIntent =
  | { kind: 'greeting' }
  /** "thanks", "ok, got it": nothing to coach, a short line back. */
  | { kind: 'thanks' }
  | { kind: 'review'; draft: string }
  | { kind: 'question'; topic: AnswerTopic | null }
  | { kind: 'detail' }
  | { kind: 'situation' };

/** A technique as the router needs it: the names people may call it by. */
export interface TechniqueName {
  id: string;
  name: string;
  namePl?: string;
}

export interface DmTurnContext {
  /** The thread already holds a plan. */
  hasPlan: boolean;
  /** A practice run ended in the thread (questions after it are about how it went). */
  afterPractice: boolean;
  techniques: readonly TechniqueName[];
}

/** A quoted span: straight, curly, Polish low-high and guillemet quotes. */
const QUOTED = /["“”„«»]([^"“”„«»]{12,})["“”„«»]/;

/** The draft to review, or null when the message is not asking for a review. */
export function draftToReview(text: string): string | null {
  const prefix = REVIEW_PREFIX.exec(text);
  if (prefix) {
    const rest = text.slice(prefix[0].length).trim();
    const quoted = QUOTED.exec(rest);
    return (quoted?.[1] ?? rest).trim() || null;
  }
  const quoted = QUOTED.exec(text);
  return quoted ? quoted[1]!.trim() : null;
}

/** Lowercase words only: emoji shortcodes, mentions and punctuation go. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/:[a-z0-9_+-]+:/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The message as one short phrase from `phrases` (after the fillers go), or null. */
function onlyPhrase(text: string, phrases: ReadonlyMap<string, 'en' | 'pl'>): 'en' | 'pl' | null {
  let rest = words(text);
  if (rest === '' || rest.length > 40) return null;
  for (const filler of GREETING_FILLERS) rest = rest.replace(filler, ' ').trim();
  return phrases.get(rest.replace(/\s+/g, ' ')) ?? null;
}

/** The language of a message that is only a greeting ("hi", "cześć :wave:", "dzień dobry, Parley"), else null. */
export function greetingLanguage(text: string): 'en' | 'pl' | null {
  return onlyPhrase(text, GREETINGS);
}

/** The language of a message that only thanks or acknowledges ("thanks!", "ok, got it", "dzięki"), else null. */
export function thanksLanguage(text: string): 'en' | 'pl' | null {
  return onlyPhrase(text, ACKNOWLEDGEMENTS);
}

export function isGreeting(text: string): boolean {
  return greetingLanguage(text) !== null;
}

/** A question by its form: a question mark, or an opening question word. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /[?？]\s*$/.test(t) || QUESTION_START.test(t);
}

/**
 * A draft pasted as is, told from a description of a situation: it greets someone by name, signs
 * off, or speaks to "you" without narrating anyone ("my boss", "they", "help me").
 */
export function looksLikeDraft(text: string): boolean {
  const t = text.trim();
  if (SALUTATION.test(t) || GROUP_ADDRESS.test(t) || DRAFT_SIGN_OFF.test(t)) return true;
  return SECOND_PERSON.test(t) && !NARRATION.test(t);
}

const wordRe = (phrase: string) =>
  new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');

/** Every name a technique goes by: id, English and Polish name, and a stem ("contrast"). */
function techniqueNames(t: TechniqueName): RegExp[] {
  const names = new Set([t.id.replace(/-/g, ' '), t.name.toLowerCase()]);
  if (t.namePl) names.add(t.namePl.toLowerCase());
  for (const name of [...names]) {
    const stem = name.replace(/(ing|ion|ie|a|e)$/u, '');
    if (stem.length >= 6 && !stem.includes(' ')) names.add(stem);
  }
  return [...names].map(wordRe);
}

/** The technique a text names, if any. */
export function mentionedTechnique(text: string, techniques: readonly TechniqueName[]): string | null {
  const t = words(text);
  return techniques.find((technique) => techniqueNames(technique).some((re) => re.test(t)))?.id ?? null;
}

/** The plan field a question is about, if its words say. */
export function planFieldOf(text: string): PlanField | null {
  const t = words(text);
  return PLAN_FIELD_WORDS.find(({ pattern }) => pattern.test(t))?.field ?? null;
}

/** The topic of a question: a technique it names first, else a plan field. */
export function questionTopic(text: string, techniques: readonly TechniqueName[]): AnswerTopic | null {
  const technique = mentionedTechnique(text, techniques);
  if (technique) return { kind: 'technique', id: technique };
  const field = planFieldOf(text);
  return field ? { kind: 'plan', field } : null;
}

/** Route one DM turn (outside a practice run, where every turn is the user's next line). */
export function routeDmTurn(text: string, context: DmTurnContext): DmIntent {
  if (isGreeting(text)) return { kind: 'greeting' };
  if (thanksLanguage(text)) return { kind: 'thanks' };
  const draft = draftToReview(text);
  if (draft) return { kind: 'review', draft };
  const asks = isQuestion(text) || TECHNIQUE_QUESTION_START.test(text.trim());
  // "What is contrasting?" needs no plan; other questions are about the plan once there is one.
  const technique = asks ? mentionedTechnique(text, context.techniques) : null;
  if (technique) return { kind: 'question', topic: { kind: 'technique', id: technique } };
  const ongoing = context.hasPlan || context.afterPractice;
  if (ongoing && asks) return { kind: 'question', topic: questionTopic(text, context.techniques) };
  if (looksLikeDraft(text)) return { kind: 'review', draft: text.trim() };
  return ongoing ? { kind: 'detail' } : { kind: 'situation' };
}
