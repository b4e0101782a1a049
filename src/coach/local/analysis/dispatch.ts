/**
 * A set of patterns scanned in one left-to-right pass: at each position, only the patterns that
 * can start with that character are tried (one sticky alternation per character). Semantics match
 * a single global alternation: leftmost match wins, earlier patterns win ties, and scanning
 * resumes after the match.
 */
import { firstPrefixes } from './first-chars.ts';

/** A node of the prefix trie: the patterns whose literal prefix lies on the path to it. */
interface Node {
  /** Candidate pattern indexes in lexicon order, or null when none. */
  candidates: number[] | null;
  /** Child per lowercased UTF-16 code (sparse). */
  next: (Node | undefined)[];
  /** Patterns registered at exactly this node (while building). */
  own: number[];
}

/** Characters of literal prefix used to choose candidate patterns. */
const DEPTH = 4;

export class Matcher {
  private readonly root: Node;
  /**
   * One small sticky regex per pattern, tried only where it can start. Built on first use: Unicode
   * property classes make `new RegExp` costly, and most patterns are never tried in a session.
   */
  private readonly regexes: (RegExp | undefined)[];
  private readonly sources: string[];
  private readonly flags: string;

  /**
   * `sources` are full regex sources without capturing groups, each starting with a guard that
   * it does not begin right after a word character; `flags` must not include g/y.
   */
  constructor(sources: string[], flags: string) {
    const node = (): Node => ({ candidates: null, next: [], own: [] });
    this.root = node();
    this.sources = sources;
    this.flags = `${flags}y`;
    this.regexes = new Array(sources.length).fill(undefined);
    sources.forEach((source, index) => {
      const prefixes = firstPrefixes(source, DEPTH);
      if (prefixes === null) {
        this.root.own.push(index);
        return;
      }
      for (const prefix of prefixes) {
        let at = this.root;
        for (let c = 0; c < prefix.length; c++) at = at.next[prefix.charCodeAt(c)] ??= node();
        if (!at.own.includes(index)) at.own.push(index);
      }
    });
    const fill = (at: Node, inherited: number[] | null): void => {
      let candidates = inherited;
      if (at.own.length > 0) {
        const all = inherited ? [...inherited, ...at.own] : at.own;
        candidates = [...new Set(all)].sort((a, b) => a - b);
      }
      at.candidates = candidates;
      for (const child of at.next) if (child !== undefined) fill(child, candidates);
    };
    fill(this.root, null);
  }

  /**
   * Calls `found(patternIndex, start, end)` for each match, left to right, non-overlapping. Same
   * result as one global alternation of all patterns: at a position the first pattern (in order)
   * that matches wins.
   */
  scan(text: string, found: (pattern: number, start: number, end: number) => void): void {
    const n = text.length;
    const regexes = this.regexes;
    // Every pattern begins with a "not after a word character" guard, so only word starts (and
    // punctuation after a non-word character) can begin a match; `i` visits only those.
    let i = 0;
    while (i < n) {
      // The deepest trie node along the text's next characters holds every candidate pattern.
      let at: Node = this.root;
      for (let j = i; j < n && j < i + DEPTH; j++) {
        let code = text.charCodeAt(j);
        if (code >= 65 && code <= 90) code |= 32;
        else if (code >= 128 && (code < 0xd800 || code > 0xdfff)) code = text[j]!.toLowerCase().charCodeAt(0);
        const child: Node | undefined = at.next[code];
        if (child === undefined) break;
        at = child;
      }
      const candidates = at.candidates;
      let end = -1;
      if (candidates !== null) {
        for (let c = 0; c < candidates.length; c++) {
          const index = candidates[c]!;
          const regex = regexes[index] ?? this.compile(index);
          regex.lastIndex = i;
          if (regex.test(text)) {
            // An empty match hides later patterns, as it would in one alternation.
            if (regex.lastIndex > i) {
              end = regex.lastIndex;
              found(index, i, end);
            }
            break;
          }
        }
      }
      if (end > i) {
        i = end;
        if (isWordChar(text, i - 1)) i = afterWord(text, i);
        continue;
      }
      i = isWordChar(text, i) ? afterWord(text, i + 1) : i + 1;
    }
  }

  private compile(index: number): RegExp {
    const regex = new RegExp(this.sources[index]!, this.flags);
    this.regexes[index] = regex;
    return regex;
  }
}

/** From inside a word, the next position that does not follow a word character. */
function afterWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text, i)) i++;
  return i + 1;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/** ASCII word characters: letters, digits, underscore. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0,
);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // Surrogates: a letter outside the BMP is rare in chat; treat emoji halves as non-word.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}
