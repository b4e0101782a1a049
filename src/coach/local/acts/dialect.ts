/**
 * The pack pattern dialect, compiled to linear-time regexes. Drafts are matched lower-cased.
 *   space     1–10 whitespace characters (bounded, so a run of spaces cannot blow up)
 *   '         a straight or curly apostrophe
 *   ~         a gap of up to four words (each at most 30 characters)
 *   {name}    an alternation of the word list `name` (lists may refer to other lists)
 *   ^ / $     the start / end of the sentence
 * Everything else is a JavaScript regex (Unicode mode). A pattern is wrapped in word-boundary
 * guards that understand Polish letters. Unbounded quantifiers over overlapping classes are
 * rejected at load (see `assertLinear`), so every compiled pattern runs in linear time.
 */
import { expandTokens } from '../analysis/compile.ts';

const WORD = '[\\p{L}\\p{M}\\p{N}_]';
export const START = `(?<!${WORD})`;
export const END = `(?!${WORD})`;
const GAP = '(?:[^\\s.!?]{1,30}\\s{1,10}){0,4}';

export class PatternError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'PatternError';
  }
}

export type Lists = Readonly<Record<string, readonly string[]>>;

/** Expand one pattern (without guards); `seen` stops lists that refer to themselves. */
export function expandBody(pattern: string, lists: Lists, seen: readonly string[] = []): string {
  return expandTokens(pattern, (c, i) => {
    if (c === '{' && /[a-zA-Z]/.test(pattern[i + 1] ?? '')) {
      const close = pattern.indexOf('}', i);
      const name = pattern.slice(i + 1, close);
      const list = lists[name];
      if (close < 0 || !list) throw new PatternError(`unknown word list {${name}}`);
      if (seen.includes(name)) throw new PatternError(`word list {${name}} refers to itself`);
      return { text: `(?:${list.map((w) => expandBody(w, lists, [...seen, name])).join('|')})`, last: close };
    }
    if (c === ' ') return { text: '\\s{1,10}' };
    if (c === '~') return { text: GAP };
    return { text: c === "'" ? "['’]" : c.toLowerCase() };
  });
}

/** The full regex source of a pattern: guards added where the pattern starts or ends with a word. */
export function expandPattern(pattern: string, lists: Lists): string {
  const body = expandBody(pattern, lists);
  const anchoredStart = pattern.startsWith('^');
  const openEnded = pattern.endsWith(' ') || pattern.endsWith('$');
  return `${anchoredStart ? '' : START}(?:${body})${openEnded ? '' : END}`;
}

/**
 * Reject the shapes that backtrack badly: an unbounded quantifier (`+`, `*`, `{n,}`) applied to a
 * group, or to a class/escape that is itself followed by another unbounded quantifier. Runs of a
 * single class (`\p{L}*`) are fine: one way to match each character.
 */
export function assertLinear(source: string, where: string): void {
  if (/\)(?:[+*]|\{\d+,\})/.test(source)) throw new PatternError(`${where}: unbounded repeat of a group`);
  if (/(?:\\[pP]\{[^}]+\}|\\[sSwWdD.]|\])[+*][^|)]{0,3}(?:\\[pP]\{[^}]+\}|\\[sSwWdD.]|\])[+*]/.test(source))
    throw new PatternError(`${where}: two unbounded runs in a row`);
}

export function compilePattern(pattern: string, lists: Lists, where: string): RegExp {
  assertLinear(pattern, where);
  const source = expandPattern(pattern, lists);
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new PatternError(`${where}: ${(error as Error).message}`);
  }
}
