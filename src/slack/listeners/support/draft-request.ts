/**
 * In a DM thread that already has a plan, most messages refine the situation; a few ask for a
 * review of a draft: "review this: …", "check: …", "sprawdź: …", or a quoted message.
 */
const REVIEW_PREFIX =
  /^\s*(?:please\s+)?(?:review|check|proofread|sprawdź|sprawdz|oceń|ocen)(?:\s+(?:this|my\s+draft|it|to|mój\s+szkic|moją\s+wiadomość))?\s*[:：\-–—]\s*/i;
/** A quoted span: straight, curly, Polish low-high and guillemet quotes. */
const QUOTED = /["“”„«»]([^"“”„«»]{12,})["“”„«»]/;

/** The draft to review, or null when the message is not asking for a review. */
export function draftToReview(text: string): string | null {
  const prefix = REVIEW_PREFIX.exec(text);
  if (prefix) {
    const rest = text.slice(prefix[0].length).trim();
    const quoted = QUOTED.exec(rest);
    return (quoted?.[1] ?? rest).trim() || null;
  }
  const quoted = QUOTED.exec(text);
  return quoted ? quoted[1]!.trim() : null;
}
