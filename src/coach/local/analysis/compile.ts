/**
 * Turns a lexicon into a few precompiled regexes, once, at module load: one alternation for all
 * phrase rules and one for all cues, so analysing a draft is one pass per lexicon.
 */
import { Matcher } from './dispatch.ts';
import type { Cue, Lexicon, PhraseRule } from './types.ts';

/** Letters, combining marks, digits and `_` count as word characters (JS `\b` is ASCII-only). */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
export const START = `(?<!${WORD})`;
export const END = `(?!${WORD})`;

/**
 * Expand the lexicon dialect: spaces → `\s+`, `'` → straight or curly apostrophe, literals
 * lowercased (drafts are matched lowercased, which is much faster than case-insensitive
 * Unicode regexes), and a word-end guard. `guard` adds the word-start guard too; the dispatching
 * Matcher checks word starts itself.
 */
export function expand(pattern: string, guard = true): string {
  let body = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'p' || next === 'P') {
        const close = pattern.indexOf('}', i);
        body += pattern.slice(i, close + 1);
        i = close;
      } else {
        body += c + next;
        i++;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      body += c === ' ' ? '\\s' : c === "'" ? "'’" : c.toLowerCase();
    } else if (c === '[') {
      inClass = true;
      body += c;
    } else if (c === ' ') {
      // A quantified space ("me *?") stays a single space class.
      body += /[*+?{]/.test(pattern[i + 1] ?? '') ? '\\s' : '\\s+';
    } else body += c === "'" ? "['’]" : c.toLowerCase();
  }
  return `${guard ? START : ''}(?:${body})${END}`;
}

/**
 * Lowercase without changing offsets: the rare characters whose lowercase form has another
 * length (like "İ") are left as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  phrases: Matcher;
  rules: PhraseRule[];
  cues: Matcher;
  cueList: Cue[];
  hostile: RegExp;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  return {
    lexicon,
    phrases: new Matcher(
      lexicon.rules.map((r) => expand(r.pattern, false)),
      'u',
    ),
    rules: lexicon.rules,
    cues: new Matcher(
      lexicon.cues.map((c) => expand(c.pattern, false)),
      'u',
    ),
    cueList: lexicon.cues,
    hostile: new RegExp(expand(lexicon.hostile), 'u'),
  };
}

/** Lookbehind for "at the start of a sentence or line" (after optional quotes, bullets, markup). */
export const SENTENCE_START = '(?<=(?:^|[.!?…\\n:;])[\\s"“(*_>•-]*)';
