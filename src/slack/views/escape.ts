/**
 * Escaping, splitting and truncating text for Slack, plus the Slack limits every builder respects.
 * User and model text always passes through escapeMrkdwn before it reaches a mrkdwn field, so
 * `<!channel>`, `<@U123>` or `<https://x|y>` render literally and never notify anyone.
 */

/** Section text, and any single mrkdwn text object. */
export const MAX_SECTION_TEXT = 3000;
export const MAX_MESSAGE_BLOCKS = 50;
/** Blocks in a modal or the Home tab. */
export const MAX_VIEW_BLOCKS = 100;
export const MAX_PRIVATE_METADATA = 3000;
export const MAX_BUTTON_VALUE = 2000;
/** plain_text label of a button. */
export const MAX_BUTTON_LABEL = 75;
/** Option text in a select menu. */
export const MAX_OPTION_TEXT = 75;
/** Option value in a select menu. */
export const MAX_OPTION_VALUE = 150;
/** Modal title, submit and close labels. */
export const MAX_MODAL_TITLE = 24;
export const MAX_HEADER_TEXT = 150;
/** Context block: at most 10 elements. */
export const MAX_CONTEXT_ELEMENTS = 10;
/**
 * Undocumented total text budget of one message (Slack answers `msg_blocks_too_long` above
 * roughly 12k characters); kept a little under.
 */
export const MAX_MESSAGE_TEXT = 11_500;
/** chat streaming's markdown_text. */
export const MAX_MARKDOWN_TEXT = 12_000;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escape the three characters Slack treats as control characters in text. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Largest cut ≤ at that does not fall between the halves of a surrogate pair. */
function safeCut(s: string, at: number): number {
  if (at <= 0 || at >= s.length) return Math.max(0, Math.min(at, s.length));
  return isHighSurrogate(s.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Move a hard cut back so it never lands inside an entity such as `&amp;` (escaped text). */
function entitySafeCut(s: string, at: number): number {
  const amp = s.lastIndexOf('&', at - 1);
  if (amp !== -1 && at - amp < 6 && /^&(amp|lt|gt);/.test(s.slice(amp, amp + 5)) && amp > 0) {
    const end = s.indexOf(';', amp);
    if (end >= at) return amp;
  }
  return at;
}

/** Truncate to at most `max` UTF-16 units, ending with "…" when shortened. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (s.length <= max) return s;
  if (max === 1) return '…';
  const cut = safeCut(s, max - 1);
  return `${s.slice(0, cut).trimEnd()}…`;
}

/**
 * Split text into chunks of at most `max` UTF-16 units, preferring paragraph, then sentence,
 * then word boundaries; never splits a surrogate pair or an HTML entity. Empty chunks are dropped.
 */
export function splitText(s: string, max: number): string[] {
  if (max < 8) throw new RangeError('splitText: max must be at least 8');
  const chunks: string[] = [];
  let rest = s.trim();
  // A boundary closer than this to the chunk start would make a uselessly small chunk.
  const minChunk = Math.floor(max / 3);
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    const paragraph = window.lastIndexOf('\n\n', max);
    if (paragraph >= minChunk) cut = paragraph;
    if (cut === -1) {
      const sentence = lastMatchEnd(window, /[.!?…。][)"'”’]*\s/g, max);
      if (sentence >= minChunk) cut = sentence;
    }
    if (cut === -1) {
      const word = lastMatchEnd(window, /\s/g, max);
      if (word >= minChunk) cut = word;
    }
    if (cut === -1) cut = entitySafeCut(rest, safeCut(rest, max));
    if (cut <= 0) cut = safeCut(rest, max) || max;
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** End index (≤ limit) of the last match of `re` in `s`, or -1. */
function lastMatchEnd(s: string, re: RegExp, limit: number): number {
  let best = -1;
  for (const m of s.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > limit) break;
    best = end;
  }
  return best;
}
