/**
 * Turns a lexicon into a matcher for its phrase rules and cues, built on a language's first
 * draft: analysing a draft is then one pass over it.
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
  const body = expandTokens(pattern, (c, i) => {
    // A quantified space ("me *?") stays a single space class.
    if (c === ' ') return { text: /[*+?{]/.test(pattern[i + 1] ?? '') ? '\\s' : '\\s+' };
    return { text: c === "'" ? "['’]" : c.toLowerCase() };
  });
  return `${guard ? START : ''}(?:${body})${END}`;
}

/**
 * The part both pattern dialects share (this lexicon's and the language packs'): escapes and
 * `\p{…}` are kept as written, character classes are lowercased with spaces as `\s` and `'` as
 * both apostrophes; every other character is handed to `plain`, which may consume more of the
 * pattern by returning the index of the last character it used.
 */
export function expandTokens(
  pattern: string,
  plain: (c: string, i: number) => { text: string; last?: number },
): string {
  let body = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      const close = pattern[i + 2] === '{' ? pattern.indexOf('}', i) : -1;
      if ((next === 'p' || next === 'P') && close > 0) {
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
    } else {
      const token = plain(c, i);
      body += token.text;
      if (token.last !== undefined) i = token.last;
    }
  }
  return body;
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

/** Streams of the lexicon's matcher: its phrase rules, then its cues. */
export const PHRASES = 0;
export const CUES = 1;

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Phrase rules (stream PHRASES) and cues (stream CUES), found in one pass. */
  matcher: Matcher;
  rules: PhraseRule[];
  cueList: Cue[];
  hostile: RegExp;
  /** The id a flag reports per phrase rule, as the lexicon file spells it: "en.lexicon.threat.or-else". */
  ruleIds: string[];
}

export function compileLexicon(lexicon: Lexicon, language: string): CompiledLexicon {
  return {
    ruleIds: lexicon.rules.map((r) => `${language}.lexicon.${r.id}`),
    lexicon,
    matcher: new Matcher(
      [lexicon.rules.map((r) => expand(r.pattern, false)), lexicon.cues.map((c) => expand(c.pattern, false))],
      'u',
    ),
    rules: lexicon.rules,
    cueList: lexicon.cues,
    hostile: new RegExp(expand(lexicon.hostile), 'u'),
  };
}

export { SENTENCE_START } from './anchors.ts';
