/**
 * Small Block Kit constructors shared by the builders. Text passed to `mrkdwn*` helpers must
 * already be escaped (escapeMrkdwn); these helpers only enforce lengths.
 */
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  MrkdwnElement,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import {
  MAX_BUTTON_LABEL,
  MAX_BUTTON_VALUE,
  MAX_HEADER_TEXT,
  MAX_OPTION_TEXT,
  MAX_OPTION_VALUE,
  MAX_SECTION_TEXT,
  splitText,
  truncate,
} from './escape.ts';

/** What every message builder returns: `text` is the notification / screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function plain(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** verbatim: Slack must not auto-link or parse mentions in text we did not write. */
export function mrkdwn(text: string): MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT), verbatim: true };
}

export function section(text: string, blockId?: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

/**
 * One or more sections for an escaped body, with an optional bold label on the first line.
 * Long bodies become several sections, each within Slack's 3,000-character limit.
 */
export function sections(escapedBody: string, label?: string): SectionBlock[] {
  return headedSections(label ? `*${label}*` : '', escapedBody);
}

/** Like sections, with a whole mrkdwn line (or lines) as the heading, kept with the first chunk. */
export function headedSections(heading: string, escapedBody: string): SectionBlock[] {
  const head = heading ? `${heading}\n` : '';
  const chunks = splitText(escapedBody, MAX_SECTION_TEXT - head.length);
  if (chunks.length === 0) return heading ? [section(heading)] : [];
  return chunks.map((chunk, i) => section(i === 0 ? `${head}${chunk}` : chunk));
}

export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.slice(0, 10).map((t) => mrkdwn(t)) };
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plain(text, MAX_HEADER_TEXT) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  if (value.length > MAX_BUTTON_VALUE) throw new RangeError(`button value over ${MAX_BUTTON_VALUE} chars`);
  return {
    type: 'button',
    action_id: actionId,
    text: plain(label, MAX_BUTTON_LABEL),
    value,
    ...(style ? { style } : {}),
  };
}

export function option(text: string, value: string): PlainTextOption {
  if (value.length > MAX_OPTION_VALUE) throw new RangeError(`option value over ${MAX_OPTION_VALUE} chars`);
  return { text: plain(text, MAX_OPTION_TEXT), value };
}

export function actions(blockId: string, elements: ActionsBlock['elements']): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements };
}

/** "• a\n• b" from escaped items. */
export function bullets(escapedItems: readonly string[]): string {
  return escapedItems.map((item) => `• ${item}`).join('\n');
}

/** "shared-purpose" → "Shared purpose": a readable name when the technique list lacks the id. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** Name of a technique id from the list the caller passed, falling back to a readable id. */
export function techniqueName(
  id: string,
  techniques: readonly { id: string; name: string; namePl?: string }[],
  lang: UiLanguage = 'en',
): string {
  const technique = techniques.find((t) => t.id === id);
  if (!technique) return humanizeId(id);
  return lang === 'pl' && technique.namePl ? technique.namePl : technique.name;
}

/** The UI languages Parley has labels for; everything else reads English. */
export type UiLanguage = 'en' | 'pl';
export function uiLanguage(language: string | null | undefined): UiLanguage {
  return language === 'pl' ? 'pl' : 'en';
}
