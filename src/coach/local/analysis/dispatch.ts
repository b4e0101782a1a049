/**
 * Sets of patterns ("streams") scanned in one left-to-right pass: at each position, only the
 * patterns that can start with the text's next characters are tried, found by one walk of a
 * prefix trie shared by every stream. Each stream keeps the semantics of a single global
 * alternation of its patterns: leftmost match wins, earlier patterns win ties, and that stream's
 * scan resumes after its match. Streams never affect one another: they only share the walk.
 */
import { SENTENCE_START } from './anchors.ts';
import { firstPrefixes } from './first-chars.ts';

/** A node of the prefix trie: the patterns whose literal prefix lies on the path to it. */
interface Node {
  /** Candidate pattern indexes (global, in stream then lexicon order), or null when none. */
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

/** Letter index of an ASCII code not used by any pattern prefix. */
const NONE = -1;

export type Found = (stream: number, pattern: number, start: number, end: number) => void;

export interface MatcherOptions {
  /** Characters of literal prefix in the trie (DEPTH unless given). */
  depth?: number;
  /**
   * Each source's `firstPrefixes` at that depth, worked out ahead (a build step): the trie is
   * then built without parsing a single source. Must be in the order of `streams.flat()`.
   */
  prefixes?: readonly (readonly string[] | null)[];
}

export class Matcher {
  /** Trie nodes by id (0 is the root), for the rare lazy `below`. */
  private readonly nodes: Node[] = [];
  /** Per stream, that stream's candidates (global indexes) by node id. */
  private readonly candidates: (number[] | null)[][];
  /**
   * Flat transition table: child id at `node * alphabet + letter`, 0 for none. 16-bit when the
   * trie allows: half the bytes keeps the table in cache, and the walk is the scan's hot loop.
   */
  private readonly trans: Uint16Array | Int32Array;
  private readonly alphabet: number;
  /**
   * Letter index per ASCII code with case and whitespace folded in ("A" reads as "a", a tab as a
   * space), so the hot walk needs one table read per ASCII character; and for other codes.
   */
  private readonly asciiLetter = new Int16Array(128).fill(NONE);
  private readonly otherLetter = new Map<number, number>();
  /**
   * One small sticky regex per pattern, tried only where it can start. Built on first use: Unicode
   * property classes make `new RegExp` costly, and most patterns are never tried in a session.
   */
  private readonly regexes: (RegExp | undefined)[];
  private readonly sources: string[];
  private readonly flags: string;
  /** First global index of each stream, and one past the last at the end. */
  private readonly offsets: number[];
  /**
   * Patterns that can only match at the start of a sentence or line (they open with the
   * SENTENCE_START lookbehind): checked in plain code first, which spares most of their tries.
   */
  private readonly sentenceOnly: Uint8Array;
  private readonly depth: number;

  /**
   * Each stream is a list of full regex sources without capturing groups, each starting with a
   * guard that it does not begin right after a word character; `flags` must not include g/y.
   */
  constructor(streams: readonly (readonly string[])[], flags: string, options: MatcherOptions = {}) {
    this.depth = options.depth ?? DEPTH;
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
    this.sources = streams.flat();
    this.offsets = [0];
    for (const stream of streams) this.offsets.push(this.offsets.at(-1)! + stream.length);
    this.flags = `${flags}y`;
    this.regexes = new Array(this.sources.length).fill(undefined);
    this.sentenceOnly = Uint8Array.from(this.sources, (s) => (opensWithSentenceStart(s) ? 1 : 0));
    const letters = new Map<number, number>();
    this.sources.forEach((source, index) => {
      const prefixes = options.prefixes ? options.prefixes[index]! : firstPrefixes(source, this.depth);
      if (prefixes === null) {
        root.own.push(index);
        return;
      }
      for (const prefix of prefixes) {
        let at = root;
        for (let c = 0; c < prefix.length; c++) {
          const code = prefix.charCodeAt(c);
          if (!letters.has(code)) letters.set(code, letters.size);
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
    for (const [code, letter] of letters) {
      if (code >= 128) this.otherLetter.set(code, letter);
      else this.asciiLetter[code] = letter;
    }
    // Folded ASCII: capitals read as their lowercase, whitespace as a space.
    for (let code = 65; code <= 90; code++) this.asciiLetter[code] = this.asciiLetter[code | 32]!;
    for (const code of [9, 10, 11, 12, 13]) this.asciiLetter[code] = this.asciiLetter[32]!;
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
    this.alphabet = letters.size;
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q]!;
      at.id = q;
      this.nodes.push(at);
      queue.push(...at.children);
    }
    this.candidates = streams.map((_, s) => queue.map((at) => this.ofStream(at.candidates, s)));
    const cells = queue.length * this.alphabet;
    this.trans = queue.length <= 0xffff ? new Uint16Array(cells) : new Int32Array(cells);
    for (const at of queue) {
      at.next.forEach((child, code) => {
        if (child) this.trans[at.id * this.alphabet + letters.get(code)!] = child.id;
      });
      for (const [code, child] of at.more ?? []) {
        this.trans[at.id * this.alphabet + letters.get(code)!] = child.id;
      }
    }
  }

  /**
   * Calls `found(stream, pattern, start, end)` for each match, `pattern` counted within its
   * stream. Per stream: left to right, non-overlapping, and the same result as one global
   * alternation of its patterns (at a position the first pattern, in order, that matches wins).
   */
  scan(text: string, found: Found): void {
    const n = text.length;
    const regexes = this.regexes;
    const { offsets, sentenceOnly } = this;
    const streams = this.candidates.length;
    // Where each stream may next match. Every pattern begins with a "not after a word character"
    // guard, so only word starts (and punctuation after a non-word character) can begin a match.
    const cursor = new Int32Array(streams);
    for (;;) {
      let i = cursor[0]!;
      for (let s = 1; s < streams; s++) if (cursor[s]! < i) i = cursor[s]!;
      if (i >= n) return;
      const walked = this.walk(text, i);
      const at = walked >> 1;
      const cut = (walked & 1) === 1;
      // 0 unknown, 1 yes, 2 no: whether `i` starts a sentence, worked out once if a pattern asks.
      let sentence = 0;
      let next = -1;
      for (let s = 0; s < streams; s++) {
        if (cursor[s] !== i) continue;
        const candidates = cut ? this.ofStream(below(this.nodes[at]!), s) : this.candidates[s]![at]!;
        let end = -1;
        if (candidates !== null) {
          for (let c = 0; c < candidates.length; c++) {
            const index = candidates[c]!;
            if (sentenceOnly[index] === 1) {
              if (sentence === 0) sentence = startsSentence(text, i) ? 1 : 2;
              if (sentence === 2) continue;
            }
            const regex = regexes[index] ?? this.compile(index);
            regex.lastIndex = i;
            if (regex.test(text)) {
              // An empty match hides later patterns, as it would in one alternation.
              if (regex.lastIndex > i) {
                end = regex.lastIndex;
                found(s, index - offsets[s]!, i, end);
              }
              break;
            }
          }
        }
        if (end > i) {
          cursor[s] = isWordChar(text, end - 1) ? afterWord(text, end) : end;
        } else {
          if (next < 0) next = isWordChar(text, i) ? afterWord(text, i + 1) : i + 1;
          cursor[s] = next;
        }
      }
    }
  }

  /**
   * The deepest trie node along the text's next characters from `i` (a run of spaces read as one
   * space), which holds every candidate pattern there, times two, plus one when the walk was cut
   * short by spaces (then every pattern below the node is a candidate).
   */
  private walk(text: string, i: number): number {
    const { trans, alphabet, asciiLetter, otherLetter, depth: maxDepth } = this;
    const n = text.length;
    let at = 0;
    let depth = 0;
    let space = false;
    let j = i;
    const stop = Math.min(n, i + maxDepth + MAX_SPACES);
    for (; j < stop && depth < maxDepth; j++) {
      const code = text.charCodeAt(j);
      let letter: number;
      if (code < 128) {
        const blank = code === 32 || (code >= 9 && code <= 13);
        if (blank && space) continue;
        space = blank;
        letter = asciiLetter[code]!;
      } else {
        let folded = code;
        if (isSpace(code)) {
          if (space) continue;
          folded = 32;
        } else if (code < 0xd800 || code > 0xdfff) folded = text[j]!.toLowerCase().charCodeAt(0);
        space = folded === 32;
        letter = folded < 128 ? asciiLetter[folded]! : (otherLetter.get(folded) ?? NONE);
      }
      if (letter < 0) break;
      const child = trans[at * alphabet + letter]!;
      if (child === 0) break;
      at = child;
      depth++;
    }
    const cut = j === stop && depth < maxDepth && j < n;
    return at * 2 + (cut ? 1 : 0);
  }

  /**
   * Every pattern that could match in `text` anywhere a guarded pattern may start, appended to
   * `out` once each (in the order found): a superset of the patterns that match, from one walk per
   * word start, without running a regex. `marks` (one slot per pattern) and a `stamp` not used
   * before with it keep each pattern once. For callers that run each pattern their own way (the
   * act labeller takes each pattern's first match): a pattern not listed cannot match.
   */
  candidatesIn(text: string, marks: Uint32Array, stamp: number, out: number[]): void {
    const n = text.length;
    // Position 0 even in an empty text: a pattern that matches the empty string is a candidate.
    for (let i = 0; i === 0 || i < n; i++) {
      if (i > 0 && isWordChar(text, i - 1)) continue;
      const walked = this.walk(text, i);
      const at = walked >> 1;
      const candidates = (walked & 1) === 1 ? below(this.nodes[at]!) : this.nodes[at]!.candidates;
      if (candidates === null) continue;
      for (let c = 0; c < candidates.length; c++) {
        const index = candidates[c]!;
        if (marks[index] !== stamp) {
          marks[index] = stamp;
          out.push(index);
        }
      }
    }
  }

  /** A stream's share of a candidate list (global indexes, order kept), or null when empty. */
  private ofStream(candidates: number[] | null, stream: number): number[] | null {
    if (candidates === null) return null;
    const from = this.offsets[stream]!;
    const to = this.offsets[stream + 1]!;
    const mine = candidates.filter((i) => i >= from && i < to);
    return mine.length > 0 ? mine : null;
  }

  private compile(index: number): RegExp {
    const regex = new RegExp(this.sources[index]!, this.flags);
    this.regexes[index] = regex;
    return regex;
  }
}

/** Whether a source (as `expand` wraps it: "(?:body)…") begins, in every alternative, with SENTENCE_START. */
function opensWithSentenceStart(source: string): boolean {
  return source.startsWith(`(?:${SENTENCE_START}`) && !topLevelAlternation(source);
}

/** True when the wrapped body ("(?:body)(?!…)") has a "|" of its own. */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth <= 1) return true;
  }
  return false;
}

/** Characters SENTENCE_START may skip between the sentence end and the word (`[\s"“(*_>•-]`). */
function isLeadIn(c: number): boolean {
  return (
    isSpace(c) ||
    c === 34 /* " */ ||
    c === 0x201c /* “ */ ||
    c === 40 /* ( */ ||
    c === 42 /* * */ ||
    c === 95 /* _ */ ||
    c === 62 /* > */ ||
    c === 0x2022 /* • */ ||
    c === 45 /* - */
  );
}

/** Characters that end a sentence or clause for SENTENCE_START (`[.!?…\n:;]`). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10 || c === 58 || c === 59;
}

/**
 * The SENTENCE_START lookbehind at `i`, in plain code: the text start or a sentence end, then
 * only lead-in characters (spaces, quotes, bullets…) up to `i`.
 */
export function startsSentence(text: string, i: number): boolean {
  for (let k = i; ; k--) {
    if (k === 0) return true;
    const before = text.charCodeAt(k - 1);
    if (isSentenceEnd(before)) return true;
    if (!isLeadIn(before)) return false;
  }
}

function childOf(at: Node, code: number): Node | undefined {
  return code < 128 ? at.next[code] : at.more?.get(code);
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
