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
    optional = /^\{0[,}]/.test(src.slice(i, close + 1));
    i = close + 1;
  } else return [false, pos];
  if (src[i] === '?') i++; // lazy
  return [optional, i];
}

const ANY: First = { chars: null, nullable: false };
const EMPTY: First = { chars: new Set(), nullable: true };

function atom(src: string, pos: number): [First, number] {
  const c = src[pos]!;
  if (c === '(') {
    let i = pos + 1;
    let lookaround = false;
    if (src[i] === '?') {
      const kind = src.slice(i, i + 3);
      if (kind.startsWith('?:')) i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        lookaround = true;
        i += 2;
      } else if (kind === '?<=' || kind === '?<!') {
        lookaround = true;
        i += 3;
      } else if (kind.startsWith('?<')) i = src.indexOf('>', i) + 1; // named group
    }
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
    if (e === 'p' || e === 'P') return [ANY, src.indexOf('}', pos) + 1];
    if (e === 'b' || e === 'B') return [EMPTY, pos + 2];
    if (e === 'u' || e === 'x') return [ANY, pos + (e === 'u' ? 6 : 4)];
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
