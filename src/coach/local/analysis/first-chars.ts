/**
 * The characters a regex source can start a match with (lowercased), or null when it could start
 * with anything. Used to dispatch by character so a draft is scanned once, trying at each
 * position only the patterns that can start there, instead of every pattern at every position.
 * Handles the subset of syntax the lexicons use: groups, alternation, lookarounds, classes,
 * escapes and quantifiers. When unsure it answers null (always try), never a wrong set.
 */

interface First {
  /** null = any character. */
  chars: Set<string> | null;
  nullable: boolean;
}

export function firstChars(source: string): Set<string> | null {
  const [first] = alternatives(source, 0);
  return first.nullable ? null : first.chars;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  return new Set([...a, ...b]);
}

/** Parse alternatives from `pos` up to an unmatched ")" or the end; returns the position after. */
function alternatives(src: string, pos: number): [First, number] {
  let chars: Set<string> | null = new Set();
  let nullable = false;
  let i = pos;
  for (;;) {
    const [seq, end] = sequence(src, i);
    chars = union(chars, seq.chars);
    nullable ||= seq.nullable;
    i = end;
    if (src[i] === '|') {
      i++;
      continue;
    }
    return [{ chars, nullable }, i];
  }
}

function sequence(src: string, pos: number): [First, number] {
  let chars: Set<string> | null = new Set();
  let open = true; // still collecting: every item so far could match empty
  let i = pos;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const [item, afterItem] = atom(src, i);
    const [optional, end] = quantifier(src, afterItem);
    if (open) {
      chars = union(chars, item.chars);
      if (!(item.nullable || optional)) open = false;
    }
    i = end;
  }
  return [{ chars, nullable: open }, i];
}

function quantifier(src: string, pos: number): [boolean, number] {
  const c = src[pos];
  let optional = false;
  let i = pos;
  if (c === '?' || c === '*') {
    optional = true;
    i++;
  } else if (c === '+') {
    i++;
  } else if (c === '{') {
    const close = src.indexOf('}', i);
    if (close < 0) return [false, pos];
    optional = /^\{0[,}]/.test(src.slice(i, close + 1));
    i = close + 1;
  } else return [false, pos];
  if (src[i] === '?') i++; // lazy
  return [optional, i];
}

/** Where a group's body starts after "(", "(?:", "(?=", "(?<!", "(?<name>", and whether it is a lookaround. */
function groupStart(src: string, pos: number): { body: number; lookaround: boolean } {
  let i = pos + 1;
  if (src[i] !== '?') return { body: i, lookaround: false };
  const kind = src.slice(i, i + 3);
  if (kind.startsWith('?:')) return { body: i + 2, lookaround: false };
  if (kind.startsWith('?=') || kind.startsWith('?!')) return { body: i + 2, lookaround: true };
  if (kind === '?<=' || kind === '?<!') return { body: i + 3, lookaround: true };
  if (kind.startsWith('?<')) i = src.indexOf('>', i) + 1; // named group
  return { body: i, lookaround: false };
}

const ANY: First = { chars: null, nullable: false };
const EMPTY: First = { chars: new Set(), nullable: true };

function atom(src: string, pos: number): [First, number] {
  const c = src[pos]!;
  if (c === '(') {
    const { body: i, lookaround } = groupStart(src, pos);
    const [inner, end] = alternatives(src, i);
    return [lookaround ? EMPTY : inner, end + 1];
  }
  if (c === '[') {
    let i = pos + 1;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    return [ANY, i + 1];
  }
  if (c === '\\') {
    const e = src[pos + 1]!;
    if (e === 'p' || e === 'P') return [ANY, afterProperty(src, pos)];
    if (e === 'b' || e === 'B') return [EMPTY, pos + 2];
    if (e === 'u' || e === 'x') return [ANY, pos + (e === 'u' ? 6 : 4)];
    if (e === 'd') return [{ chars: new Set(DIGITS), nullable: false }, pos + 2];
    if (/[sSwWdDnrtfv0-9]/.test(e)) return [ANY, pos + 2];
    return [{ chars: new Set([e]), nullable: false }, pos + 2];
  }
  if (c === '^' || c === '$') return [EMPTY, pos + 1];
  if (c === '.') return [ANY, pos + 1];
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  // Case-insensitive matching: a letter whose case forms differ in length is "any" to be safe.
  if (lower.length !== 1 || upper.length !== 1) return [ANY, pos + 1];
  return [{ chars: new Set([lower]), nullable: false }, pos + 1];
}

/**
 * Literal prefixes (lowercased, at most `depth` characters) that every match of the source starts
 * with one of, or null when a match could start with anything. A prefix shorter than `depth`
 * means "then anything" (a class, a repeat or the end came next). Same subset of syntax and the
 * same rule as `firstChars`: when unsure, a shorter prefix, never a wrong one.
 */
export function firstPrefixes(source: string, depth: number): Set<string> | null {
  for (let k = depth; k >= 1; k--) {
    const [p] = pAlternatives(source, 0, k);
    if (p === null) continue;
    if (p.closed.has('') || p.open.has('')) return null;
    if (p.open.size + p.closed.size <= MAX_PREFIXES) return new Set([...p.closed, ...p.open]);
  }
  return null;
}

/**
 * Up to this many prefixes per pattern. Digits spelled out multiply fast ("\d\d+th" is 100 two-digit
 * starts): 512 keeps such patterns dispatched on their full prefixes ("the third time") instead
 * of falling back to a short one ("the ") tried at every "the".
 */
const MAX_PREFIXES = 512;

/** `open` strings may still be extended by what follows; `closed` ones may not. */
interface Prefixes {
  open: Set<string>;
  closed: Set<string>;
}

function pAlternatives(src: string, pos: number, k: number): [Prefixes | null, number] {
  const out: Prefixes = { open: new Set(), closed: new Set() };
  let i = pos;
  let overflow = false;
  for (;;) {
    const [seq, end] = pSequence(src, i, k);
    if (seq === null) overflow = true;
    else {
      for (const s of seq.open) out.open.add(s);
      for (const s of seq.closed) out.closed.add(s);
    }
    i = end;
    if (src[i] === '|') {
      i++;
      continue;
    }
    return [overflow || out.open.size + out.closed.size > MAX_PREFIXES * 4 ? null : out, i];
  }
}

function pSequence(src: string, pos: number, k: number): [Prefixes | null, number] {
  let open = new Set(['']);
  const closed = new Set<string>();
  let overflow = false;
  let i = pos;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    if (overflow || open.size === 0) {
      // Nothing left to extend: step over the rest without computing anything.
      i = quantifier(src, skipAtom(src, i))[1];
      continue;
    }
    const [item, afterItem] = pAtom(src, i, k);
    const c = src[afterItem];
    const [, end] = quantifier(src, afterItem);
    i = end;
    if (item === null) {
      overflow = true;
      continue;
    }
    let itemOpen = item.open;
    let itemClosed = item.closed;
    if (end !== afterItem) {
      const optional = c === '?' || c === '*' || /^\{0[,}]/.test(src.slice(afterItem, end));
      if (c === '?') itemOpen = new Set([...itemOpen, '']);
      else if (isSpace(item)) {
        // Runs of spaces are one space to the dispatcher.
        itemOpen = optional ? new Set([' ', '']) : new Set([' ']);
      } else {
        // A repeat may continue with the item again: what it starts with is all we know.
        itemClosed = new Set([...itemClosed, ...itemOpen]);
        if (optional) itemClosed.add('');
        itemOpen = new Set();
      }
    }
    const nextOpen = new Set<string>();
    for (const o of open) {
      for (const x of itemClosed) closed.add(join(o, x).slice(0, k));
      for (const x of itemOpen) {
        const s = join(o, x);
        if (s.length >= k) closed.add(s.slice(0, k));
        else nextOpen.add(s);
      }
    }
    open = nextOpen;
    if (open.size + closed.size > MAX_PREFIXES * 4) overflow = true;
  }
  return [overflow ? null : { open, closed }, i];
}

/** Concatenate, keeping a run of spaces as one (the dispatcher collapses them too). */
function join(a: string, b: string): string {
  return a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
}

function isSpace(p: Prefixes): boolean {
  return p.closed.size === 0 && p.open.size === 1 && p.open.has(' ');
}

/** Every character `\s` matches, which the dispatcher reads as one space. */
export const SPACES = new Set(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);

/** `\d` (ASCII digits, as without the `u` flag and with it). */
const DIGITS = '0123456789';

/** A small range of digits or lowercase letters ("3-9", "a-f") spelled out; null otherwise. */
function spellRange(from: string, to: string): string | null {
  const a = from.charCodeAt(0);
  const b = to.charCodeAt(0);
  const digits = a >= 48 && b <= 57;
  const lower = a >= 97 && b <= 122;
  if (!(digits || lower) || b < a || b - a > 12) return null;
  let out = '';
  for (let c = a; c <= b; c++) out += String.fromCharCode(c);
  return out;
}

/** A class of a few plain characters (`['’]`, `[sz]`, `[3-9]`): its characters; otherwise anything. */
function charClass(source: string): Prefixes {
  if (source.length === 0 || source[0] === '^' || source.includes('\\')) return P_ANY();
  // Spell out small ranges; any other "-" (or a large range) means "anything", to be safe.
  const body = source.replace(/(.)-(.)/g, (m, from: string, to: string) => spellRange(from, to) ?? m);
  if (body.length > 12 || body.slice(1, -1).includes('-')) return P_ANY();
  const open = new Set<string>();
  for (const ch of body) {
    const one = literal(ch);
    if (one.closed.size > 0) return P_ANY();
    for (const x of one.open) open.add(x);
  }
  return { open, closed: new Set() };
}

const P_ANY = (): Prefixes => ({ open: new Set(), closed: new Set(['']) });
const P_EMPTY = (): Prefixes => ({ open: new Set(['']), closed: new Set() });

function pAtom(src: string, pos: number, k: number): [Prefixes | null, number] {
  const c = src[pos]!;
  if (c === '(') {
    const { body: i, lookaround } = groupStart(src, pos);
    const [inner, end] = pAlternatives(src, i, k);
    return [lookaround ? P_EMPTY() : inner, end + 1];
  }
  if (c === '[') {
    let i = pos + 1;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    return [charClass(src.slice(pos + 1, i)), i + 1];
  }
  if (c === '\\') {
    const e = src[pos + 1]!;
    if (e === 's') return [{ open: new Set([' ']), closed: new Set() }, pos + 2];
    if (e === 'd') return [{ open: new Set(DIGITS), closed: new Set() }, pos + 2];
    if (e === 'p' || e === 'P') return [P_ANY(), afterProperty(src, pos)];
    if (e === 'b' || e === 'B') return [P_EMPTY(), pos + 2];
    if (e === 'u' || e === 'x') return [P_ANY(), pos + (e === 'u' ? 6 : 4)];
    if (/[sSwWdDnrtfv0-9]/.test(e)) return [P_ANY(), pos + 2];
    return [literal(e), pos + 2];
  }
  if (c === '^' || c === '$') return [P_EMPTY(), pos + 1];
  if (c === '.') return [P_ANY(), pos + 1];
  return [literal(c), pos + 1];
}

function literal(c: string): Prefixes {
  const code = c.charCodeAt(0);
  if (code < 128 && code !== 32 && (code < 9 || code > 13)) {
    return {
      open: new Set([code >= 65 && code <= 90 ? String.fromCharCode(code | 32) : c]),
      closed: new Set(),
    };
  }
  if (SPACES.has(c)) return { open: new Set([' ']), closed: new Set() };
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower.length !== 1 || upper.length !== 1) return P_ANY();
  return { open: new Set([lower]), closed: new Set() };
}

/**
 * The position after `\p{…}` at `pos`; after `\p` alone when no "{" follows (not valid with the
 * `u` flag, but the scan must still move on rather than loop).
 */
function afterProperty(src: string, pos: number): number {
  if (src[pos + 2] !== '{') return pos + 2;
  const close = src.indexOf('}', pos);
  return close < 0 ? src.length : close + 1;
}

/** The position after the atom at `pos` (a group, class, escape or character). */
function skipAtom(src: string, pos: number): number {
  const c = src[pos]!;
  if (c === '\\') {
    const e = src[pos + 1]!;
    if (e === 'p' || e === 'P') return afterProperty(src, pos);
    if (e === 'u') return pos + 6;
    if (e === 'x') return pos + 4;
    return pos + 2;
  }
  if (c === '[') {
    let i = pos + 1;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (c !== '(') return pos + 1;
  let depth = 0;
  let i = pos;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\') i += 2;
    else if (ch === '[') i = skipAtom(src, i);
    else {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}
