/**
 * Trims as loops. An end-anchored regex like `/[\s,;:]+$/` is tried at every start of a run and
 * scans the run each time: quadratic on a long run that does not reach the end ("Anna" and 8,000
 * spaces, then a letter). A loop from the end reads each character once.
 */

/** Whitespace as regex `\s` reads it (String#trim uses the same set). */
export function isSpaceChar(ch: string): boolean {
  return ch.trim() === '';
}

/** The text without the characters `drop` accepts at its end. */
export function trimEndWhere(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The text without the characters `drop` accepts at its start. */
export function trimStartWhere(text: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** A predicate for whitespace plus the given punctuation characters (`\s` and `chars`). */
export function spaceOr(chars: string): (ch: string) => boolean {
  return (ch) => chars.includes(ch) || isSpaceChar(ch);
}
