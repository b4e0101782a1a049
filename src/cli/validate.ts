/**
 * Input checks shared by the one-shot commands and the JSONL runner. Messages are fixed words
 * plus known-safe values (limits, valid ids): the text being checked is never quoted back.
 */
import { isBlankDraft } from '../coach/draft-text.ts';
import { CONTEXTS, type Context, MAX_DRAFT_CHARS } from '../coach/schemas.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import { didYouMean } from './suggest.ts';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const count = (n: number) => n.toLocaleString('en-US');

/** Trimmed text, or why it cannot be reviewed. `what` names it for the message ("draft", "text"). */
export function checkText(raw: string, what: string): Check<string> {
  const text = raw.trim();
  if (isBlankDraft(text)) return { ok: false, message: `The ${what} is empty: there is nothing to review.` };
  if (text.length > MAX_DRAFT_CHARS) {
    return {
      ok: false,
      message: `The ${what} is too long: ${count(text.length)} characters, and the limit is ${count(MAX_DRAFT_CHARS)}. Try the part that worries you most.`,
    };
  }
  return { ok: true, value: text };
}

export function checkContext(raw: string): Check<Context> {
  const value = raw.trim().toLowerCase();
  if ((CONTEXTS as readonly string[]).includes(value)) return { ok: true, value: value as Context };
  return {
    ok: false,
    message: `Unknown context.${didYouMean(value, CONTEXTS)} Use one of: ${CONTEXTS.join(', ')}.`,
  };
}

export function checkTechnique(raw: string, techniques: TechniqueLibrary): Check<string> {
  const value = raw.trim().toLowerCase();
  if (techniques.has(value)) return { ok: true, value };
  return {
    ok: false,
    message: `Unknown technique.${didYouMean(value, techniques.ids)} Use one of: ${techniques.ids.join(', ')} (see "parley techniques").`,
  };
}
