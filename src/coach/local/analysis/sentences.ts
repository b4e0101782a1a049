/**
 * Sentence splitting with offsets: ".", "!", "?", "…" and newlines end a sentence, except after
 * abbreviations (e.g., Mr., np., tzn.), initials and inside numbers (3.5).
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A terminator run, optional closing quotes/brackets, then whitespace or the end; or a newline.
 * A run is only tried from its first character (the lookbehind): tried from each, a long "???…X"
 * was scanned quadratically, and a match from inside a run would match from its start too.
 */
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s|$)|\n/g;
/** Words before a "." that do not end a sentence (lowercase, without the dot). */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|sr|jr|st|approx|fig|inc|ltd|dept|no|np|tzn|tj|itd|itp|m\.in|ul|nr|godz|wg|ws|jw|ds|dot|pkt|r|ww|zob|in[żz]|mgr|dyr|pt|[\p{L}])$/iu;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index))) {
      // "No." at the very start of a sentence is an answer, not the abbreviation of "number".
      if (!/^\s*no$/i.test(text.slice(start, m.index))) continue;
    }
    push(text, start, end, out);
    start = end;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
