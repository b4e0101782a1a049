/**
 * What a person sees of a message: the text of sections, contexts and headers and the labels of
 * buttons and selects, with mrkdwn reduced to plain text (`*bold*` → `bold`, `<url|label>` →
 * `label`, `:emoji:` → one character, entities decoded). Builders use its length to keep a first
 * answer short; the e2e suite measures every message Parley sends with it.
 */
import type { KnownBlock } from '@slack/types';

type Json = Record<string, unknown>;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** mrkdwn as it reads on screen. */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/<[^<>|]*\|([^<>]*)>/g, '$1')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/:[a-z0-9_+'-]+:/g, '◯')
    .replace(/^>\s?/gm, '')
    .replace(/[*~`]/g, '')
    .replace(/(^|[\s(])_|_(?=$|[\s.,;:!?)])/gm, '$1')
    .replace(/&(amp|lt|gt);/g, (e) => ENTITIES[e] ?? e);
}

function textOf(element: unknown): string {
  if (!element || typeof element !== 'object') return '';
  const { type, text } = element as Json;
  if (typeof text !== 'string') return '';
  return type === 'mrkdwn' ? mrkdwnToPlain(text) : text.replace(/:[a-z0-9_+'-]+:/g, '◯');
}

function controlText(element: unknown): string[] {
  if (!element || typeof element !== 'object') return [];
  const e = element as Json;
  if (e.type === 'button') return [textOf(e.text)];
  if (e.type === 'feedback_buttons') {
    const yes = (e.positive_button as Json | undefined)?.text;
    const no = (e.negative_button as Json | undefined)?.text;
    return [textOf(yes), textOf(no)];
  }
  // Selects show their placeholder (or chosen option) until opened.
  const chosen = (e.initial_option as Json | undefined)?.text;
  if (chosen) return [textOf(chosen)];
  if (e.placeholder) return [textOf(e.placeholder)];
  return [];
}

function blockLines(block: Json): string[] {
  switch (block.type) {
    case 'section': {
      const fields = Array.isArray(block.fields) ? block.fields.map(textOf) : [];
      return [textOf(block.text), ...fields, ...controlText(block.accessory)];
    }
    case 'header':
      return [textOf(block.text)];
    case 'context':
      return [((block.elements as unknown[] | undefined) ?? []).map(textOf).filter(Boolean).join(' ')];
    case 'actions':
    case 'context_actions':
      return ((block.elements as unknown[] | undefined) ?? []).flatMap(controlText);
    default:
      return [];
  }
}

/** The visible text of a message's blocks, one line per piece. */
export function visibleText(blocks: readonly (KnownBlock | Json)[]): string {
  return blocks
    .flatMap((b) => blockLines(b as Json))
    .filter((line) => line !== '')
    .join('\n');
}

export function visibleLength(blocks: readonly (KnownBlock | Json)[]): number {
  return visibleText(blocks).length;
}
