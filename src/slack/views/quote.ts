/**
 * The line a DM opens with, saying which message or draft it is about: a short quote, shown as a
 * reader sees it (names, not mention tokens) and escaped, so it can never ping, link or grow.
 */
import type { ContextBlock } from '@slack/types';
import { context, type UiLanguage } from './blocks.ts';
import { escapeMrkdwn, truncate } from './escape.ts';
import { displaySlackText, type Names } from './slack-text.ts';

/** Characters of the quoted text, before escaping (what the reader sees). */
export const MAX_QUOTE_CHARS = 200;

export const QUOTE_LABELS = {
  en: { draft: 'About your draft:', message: 'About this message:' },
  pl: { draft: 'Dotyczy Twojego szkicu:', message: 'Dotyczy tej wiadomości:' },
} as const;

export type QuoteKind = keyof (typeof QUOTE_LABELS)['en'];

/** The quoted text alone: one line, names for mentions, at most MAX_QUOTE_CHARS, escaped. */
export function quoteText(raw: string, names: Names = {}): string {
  const shown = displaySlackText(raw, names).replace(/\s+/g, ' ').trim();
  return escapeMrkdwn(truncate(shown, MAX_QUOTE_CHARS));
}

export function quoteBlock(kind: QuoteKind, raw: string, lang: UiLanguage, names: Names = {}): ContextBlock {
  return context(`_${QUOTE_LABELS[lang][kind]}_ “${quoteText(raw, names)}”`);
}
