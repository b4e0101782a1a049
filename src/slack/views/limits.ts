/**
 * The last guard before a message leaves Parley: at most 50 blocks and within Slack's total
 * text budget. Builders tag blocks with a priority; the least important go first, from the end,
 * and a quiet context line says the answer was shortened.
 */
import type { KnownBlock } from '@slack/types';
import { context } from './blocks.ts';
import { MAX_MESSAGE_BLOCKS, MAX_MESSAGE_TEXT } from './escape.ts';

/** 0: always kept (risk line, footer, buttons); 1: the substance; 2: dropped first (long tails). */
export type Priority = 0 | 1 | 2;

export interface Piece {
  block: KnownBlock;
  priority: Priority;
}

export function piece(block: KnownBlock, priority: Priority = 1): Piece {
  return { block, priority };
}

export function pieces(blocks: readonly KnownBlock[], priority: Priority = 1): Piece[] {
  return blocks.map((block) => ({ block, priority }));
}

const SHORTENED = { en: '_(shortened to fit Slack)_', pl: '_(skrócono, aby zmieściło się w Slacku)_' };

/** Characters of every `text` string in a block (what Slack counts towards msg_blocks_too_long). */
export function blockTextLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + blockTextLength(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  let total = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'text' && typeof v === 'string') total += v.length;
    else total += blockTextLength(v);
  }
  return total;
}

export interface FitOptions {
  maxBlocks?: number;
  maxText?: number;
  language?: 'en' | 'pl';
}

/**
 * Drop the lowest-priority blocks (latest first) until the message fits, then add a
 * "(shortened to fit Slack)" line before the trailing buttons. Plain blocks count as priority 1,
 * except actions blocks, which are always kept.
 */
export function fitMessage(input: readonly (Piece | KnownBlock)[], options: FitOptions = {}): KnownBlock[] {
  const maxBlocks = options.maxBlocks ?? MAX_MESSAGE_BLOCKS;
  const maxText = options.maxText ?? MAX_MESSAGE_TEXT;
  const note = context(SHORTENED[options.language ?? 'en']);
  const items: Piece[] = input.map((p) =>
    'block' in p ? p : { block: p, priority: p.type === 'actions' ? 0 : 1 },
  );
  const lengths = items.map((p) => blockTextLength(p.block));
  let blocks = items.length;
  let text = lengths.reduce((a, b) => a + b, 0);
  if (blocks <= maxBlocks && text <= maxText) return items.map((p) => p.block);

  // Leave room for the note itself.
  const blockBudget = maxBlocks - 1;
  const textBudget = maxText - blockTextLength(note);
  const kept = items.map(() => true);
  for (const priority of [2, 1] as const) {
    for (let i = items.length - 1; i >= 0 && (blocks > blockBudget || text > textBudget); i--) {
      if (!kept[i] || items[i]!.priority !== priority) continue;
      kept[i] = false;
      blocks -= 1;
      text -= lengths[i]!;
    }
  }
  const out = items.filter((_, i) => kept[i]).map((p) => p.block);
  // The note goes before the trailing run of must-keep blocks (footer, buttons) when there is one.
  let at = out.length;
  while (at > 0 && out[at - 1]!.type === 'actions') at--;
  out.splice(at, 0, note);
  return out;
}
