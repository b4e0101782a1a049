/**
 * Long runs of whitespace or punctuation ("YOU" and 2,000 "?", a name and 8,000 spaces) carry no
 * more meaning than a short one, but every pattern that walks them pays for their length. They are
 * cut to a short prefix before analysis, and offsets found in the shorter text are mapped back,
 * so a flag still satisfies `draft.slice(start, end) === text` on the draft as written.
 * Ordinary drafts have no such runs: for them this is one scan and the identity.
 */

/** Longer whitespace runs are cut to this many characters (a few blank lines survive). */
export const MAX_SPACE_RUN = 32;
/** Longer punctuation runs are cut to this many ("!!!" and "?!?!" stay as written). */
export const MAX_PUNCT_RUN = 16;
const PUNCT = '!?.,;:…-–—~*=_';

/** One cut run: its kept prefix ends at `at` in the collapsed text; `removed` characters followed. */
interface Cut {
  at: number;
  removed: number;
}

export interface Collapsed {
  text: string;
  /** Cuts in order; empty when nothing was cut (then `text` is the original). */
  cuts: readonly Cut[];
}

/** 0 other, 1 whitespace (as `\s`), 2 punctuation that may be cut; by UTF-16 code. */
function kindOf(code: number): number {
  if (code < 128) return ASCII_KIND[code]!;
  if (code === 0x2026 || code === 0x2013 || code === 0x2014) return 2;
  return String.fromCharCode(code).trim() === '' ? 1 : 0;
}
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return PUNCT.includes(ch) ? 2 : ch.trim() === '' ? 1 : 0;
});

/** The text with long runs cut; the text itself when nothing is. */
export function collapseRuns(text: string): Collapsed {
  const cuts: Cut[] = [];
  let out = '';
  let copied = 0;
  let removedSoFar = 0;
  for (let i = 0; i < text.length; ) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && kindOf(text.charCodeAt(j)) === kind) j++;
    const keep = kind === 1 ? MAX_SPACE_RUN : MAX_PUNCT_RUN;
    if (j - i > keep) {
      out += text.slice(copied, i + keep);
      copied = j;
      cuts.push({ at: i + keep - removedSoFar, removed: j - i - keep });
      removedSoFar += j - i - keep;
    }
    i = j;
  }
  if (cuts.length === 0) return { text, cuts };
  return { text: out + text.slice(copied), cuts };
}

/** Characters removed before collapsed offset `p`; at a cut, `after` counts that cut's removal too. */
function removedBefore(cuts: readonly Cut[], p: number, after: boolean): number {
  let lo = 0;
  let hi = cuts.length;
  // The number of cuts with at < p (or at <= p when `after`).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = cuts[mid]!.at;
    if (at < p || (after && at === p)) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let k = 0; k < lo; k++) sum += cuts[k]!.removed;
  return sum;
}

/**
 * A span of the collapsed text as a span of the original: a start right after a cut run begins
 * past what was cut, an end right after a kept prefix stops before it, and a span across a cut
 * covers the whole run as written.
 */
export function originalSpan(
  collapsed: Collapsed,
  start: number,
  end: number,
): { start: number; end: number } {
  if (collapsed.cuts.length === 0) return { start, end };
  return {
    start: start + removedBefore(collapsed.cuts, start, true),
    end: end + removedBefore(collapsed.cuts, end, false),
  };
}
