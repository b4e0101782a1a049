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
  /** Candidates here and in every node below (built when first needed), for a walk cut short. */
  below: number[] | null | undefined;
  /** Child per lowercased ASCII code. */
  next: (Node | undefined)[];
  /** Children for other codes (apostrophes, Polish letters…). */
  more: Map<number, Node> | null;
  children: Node[];
  /** Patterns registered at exactly this node (while building). */
  own: number[];
  /** Position in the flat table. */
  id: number;
}

/**
 * Characters of literal prefix used to choose candidate patterns. 10 rather than 6 tries ~30% fewer
 * regexes per draft (measured on the politeness texts) for a larger trie built once per language.
 */
const DEPTH = 10;
/** Extra spaces a walk may skip: keeps a scan linear on runs of whitespace. */
const MAX_SPACES = 8;

/** The characters `\s` matches (see SPACES in first-chars.ts). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export class Matcher {
  /** Trie nodes by id (0 is the root), for the rare lazy `below`. */
  private readonly nodes: Node[] = [];
  /** Candidates by node id. */
  private readonly candidates: (number[] | null)[] = [];
  /**
   * Flat transition table: child id at `node * alphabet + letter`, 0 for none. 16-bit when the
   * trie allows: half the bytes keeps the table in cache, and the walk is the scan's hot loop.
   */
  private readonly trans: Uint16Array | Int32Array;
  private readonly alphabet: number;
  /** Letter index per lowercased ASCII code (-1: no pattern prefix uses it), and for other codes. */
  private readonly asciiLetter = new Int16Array(128).fill(-1);
  private readonly otherLetter = new Map<number, number>();
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
    const node = (): Node => ({
      candidates: null,
      below: undefined,
      next: [],
      more: null,
      children: [],
      own: [],
      id: 0,
    });
    const root = node();
    this.sources = sources;
    this.flags = `${flags}y`;
    this.regexes = new Array(sources.length).fill(undefined);
    sources.forEach((source, index) => {
      const prefixes = firstPrefixes(source, DEPTH);
      if (prefixes === null) {
        root.own.push(index);
        return;
      }
      for (const prefix of prefixes) {
        let at = root;
        for (let c = 0; c < prefix.length; c++) {
          const code = prefix.charCodeAt(c);
          if (code < 128) {
            if (this.asciiLetter[code] === -1)
              this.asciiLetter[code] = this.otherLetter.size + countSet(this.asciiLetter);
          } else if (!this.otherLetter.has(code)) {
            this.otherLetter.set(code, this.otherLetter.size + countSet(this.asciiLetter));
          }
          let child = childOf(at, code);
          if (child === undefined) {
            child = node();
            at.children.push(child);
            if (code < 128) at.next[code] = child;
            else {
              at.more ??= new Map();
              at.more.set(code, child);
            }
          }
          at = child;
        }
        if (!at.own.includes(index)) at.own.push(index);
      }
    });
    const fill = (at: Node, inherited: number[] | null): void => {
      const candidates =
        at.own.length > 0
          ? merge(
              inherited,
              [...at.own].sort((x, y) => x - y),
            )
          : inherited;
      at.candidates = candidates;
      for (const child of at.children) fill(child, candidates);
    };
    fill(root, null);
    // Flatten: numbered nodes and one typed transition table keep the hot walk to array reads.
    this.alphabet = this.otherLetter.size + countSet(this.asciiLetter);
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q]!;
      at.id = q;
      this.nodes.push(at);
      this.candidates.push(at.candidates);
      queue.push(...at.children);
    }
    const cells = queue.length * this.alphabet;
    this.trans = queue.length <= 0xffff ? new Uint16Array(cells) : new Int32Array(cells);
    for (const at of queue) {
      at.next.forEach((child, code) => {
        if (child) this.trans[at.id * this.alphabet + this.asciiLetter[code]!] = child.id;
      });
      for (const [code, child] of at.more ?? []) {
        this.trans[at.id * this.alphabet + this.otherLetter.get(code)!] = child.id;
      }
    }
  }

  /**
   * Calls `found(patternIndex, start, end)` for each match, left to right, non-overlapping. Same
   * result as one global alternation of all patterns: at a position the first pattern (in order)
   * that matches wins.
   */
  scan(text: string, found: (pattern: number, start: number, end: number) => void): void {
    const n = text.length;
    const regexes = this.regexes;
    const { trans, alphabet, asciiLetter, otherLetter } = this;
    // Every pattern begins with a "not after a word character" guard, so only word starts (and
    // punctuation after a non-word character) can begin a match; `i` visits only those.
    let i = 0;
    while (i < n) {
      // The deepest trie node along the text's next characters (a run of spaces read as one
      // space) holds every candidate pattern; a walk cut short takes every pattern below.
      let at = 0;
      let depth = 0;
      let space = false;
      let j = i;
      const stop = Math.min(n, i + DEPTH + MAX_SPACES);
      for (; j < stop && depth < DEPTH; j++) {
        let code = text.charCodeAt(j);
        if (code >= 65 && code <= 90) code |= 32;
        else if (isSpace(code)) {
          if (space) continue;
          code = 32;
        } else if (code >= 128 && (code < 0xd800 || code > 0xdfff))
          code = text[j]!.toLowerCase().charCodeAt(0);
        space = code === 32;
        const letter = code < 128 ? asciiLetter[code]! : (otherLetter.get(code) ?? -1);
        if (letter < 0) break;
        const child = trans[at * alphabet + letter]!;
        if (child === 0) break;
        at = child;
        depth++;
      }
      const candidates = j === stop && depth < DEPTH && j < n ? below(this.nodes[at]!) : this.candidates[at]!;
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

function childOf(at: Node, code: number): Node | undefined {
  return code < 128 ? at.next[code] : at.more?.get(code);
}

function countSet(table: Int16Array): number {
  let n = 0;
  for (const x of table) if (x !== -1) n++;
  return n;
}

/** Union of two ascending lists, ascending. */
function merge(a: number[] | null, b: number[]): number[] {
  if (a === null) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
  }
  return out;
}

/** Every candidate at or below a node, in pattern order; rare (a long run of spaces), so built lazily. */
function below(at: Node): number[] | null {
  if (at.below !== undefined) return at.below;
  const all = new Set(at.candidates ?? []);
  for (const child of at.children) for (const i of below(child) ?? []) all.add(i);
  at.below = all.size > 0 ? [...all].sort((x, y) => x - y) : null;
  return at.below;
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
