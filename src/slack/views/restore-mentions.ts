/**
 * The modal shows a rewrite as the user reads it (`@bob`, `#general`); what is posted must keep
 * Slack's real tokens (`<@U0999>`), or a mention would arrive as plain text. Each token of the
 * original rewrite maps its shown form back, wherever the user left that form in their edit.
 */
import { displaySlackText, type Names } from './slack-text.ts';

const TOKEN = /<[@#!][^<>\s]+>/g;

export function restoreMentions(edited: string, original: string, names: Names = {}): string {
  const pairs = new Map<string, string>();
  for (const raw of original.match(TOKEN) ?? []) {
    const shown = displaySlackText(raw, names);
    if (shown !== raw && !pairs.has(shown)) pairs.set(shown, raw);
  }
  // Longest first, so `@bobby` is not taken for `@bob`; a shown form only counts as a whole word.
  let out = edited;
  for (const [shown, raw] of [...pairs].sort((a, b) => b[0].length - a[0].length)) {
    const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(
      new RegExp(`(^|[^\\w<|])${escaped}(?![\\w])`, 'gu'),
      (_, before: string) => `${before}${raw}`,
    );
  }
  return out;
}
