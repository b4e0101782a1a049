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

/** Expand the lexicon dialect: spaces → `\s+`, `'` → straight or curly apostrophe, word bounds. */
export function expand(pattern: string): string {
  let body = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      body += c + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      body += c === ' ' ? '\\s' : c === "'" ? "'’" : c;
    } else if (c === '[') {
      inClass = true;
      body += c;
    } else if (c === ' ') {
      // A quantified space ("me *?") stays a single space class.
      body += /[*+?{]/.test(pattern[i + 1] ?? '') ? '\\s' : '\\s+';
    } else body += c === "'" ? "['’]" : c;
  }
  return `${START}(?:${body})${END}`;
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
      lexicon.rules.map((r) => expand(r.pattern)),
      'iu',
    ),
    rules: lexicon.rules,
    cues: new Matcher(
      lexicon.cues.map((c) => expand(c.pattern)),
      'iu',
    ),
    cueList: lexicon.cues,
    hostile: new RegExp(expand(lexicon.hostile), 'iu'),
  };
}

/** Lookbehind for "at the start of a sentence or line" (after optional quotes, bullets, markup). */
export const SENTENCE_START = '(?<=(?:^|[.!?…\\n:;])[\\s"“(*_>•-]*)';
