/**
 * Models quote phrases well and count characters badly. Every flag's span is recomputed from its
 * quoted text, and a flag whose phrase is not in the draft is dropped: a highlight must point at
 * real text.
 */
import type { Flag } from '../coach/schemas.ts';

/** A flag as the model gives it: the quoted phrase and a rough position. */
export interface ModelFlag extends Omit<Flag, 'start' | 'end' | 'ruleId' | 'count'> {
  start: number | null;
}

const QUOTES = /^[\s"'“”‘’„«»`]+|[\s"'“”‘’„«»`]+$/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every [start, end) where `phrase` occurs: exactly, else ignoring case and runs of whitespace. */
function occurrences(draft: string, phrase: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = draft.indexOf(phrase); at !== -1; at = draft.indexOf(phrase, at + 1)) {
    found.push([at, at + phrase.length]);
  }
  if (found.length > 0) return found;
  const words = phrase.split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return found;
  const pattern = new RegExp(words.join('\\s+'), 'giu');
  for (const match of draft.matchAll(pattern)) {
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** Locate one phrase, preferring the occurrence nearest `hint`; null when it is not in the draft. */
export function locate(draft: string, text: string, hint: number | null): [number, number] | null {
  const candidates = [text, text.replace(QUOTES, '')].filter((t) => t.trim().length > 0);
  for (const phrase of candidates) {
    const found = occurrences(draft, phrase);
    if (found.length === 0) continue;
    const target = hint ?? 0;
    return found.reduce((best, span) =>
      Math.abs(span[0] - target) < Math.abs(best[0] - target) ? span : best,
    );
  }
  return null;
}

/** Flags with spans that match the draft, sorted, without overlaps; unfindable phrases dropped. */
export function repairFlags(draft: string, flags: readonly ModelFlag[]): Flag[] {
  const located: Flag[] = [];
  for (const flag of flags) {
    const span = locate(draft, flag.text, flag.start);
    if (!span) continue;
    const [start, end] = span;
    located.push({
      start,
      end,
      text: draft.slice(start, end),
      kind: flag.kind,
      why: flag.why,
      suggestion: flag.suggestion,
      // The model names no rule: the kind it chose is the most a user could allow.
      ruleId: `model.${flag.kind}`,
      count: 1,
    });
  }
  located.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Flag[] = [];
  for (const flag of located) {
    const last = kept.at(-1);
    if (last && flag.start < last.end) continue;
    kept.push(flag);
  }
  return kept;
}
