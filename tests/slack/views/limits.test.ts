import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { section } from '../../../src/slack/views/blocks.ts';
import { blockTextLength, fitMessage, piece } from '../../../src/slack/views/limits.ts';

const actionsBlock: KnownBlock = {
  type: 'actions',
  elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Go' }, value: 'v' }],
};

describe('fitMessage', () => {
  it('returns blocks unchanged when they already fit', () => {
    const blocks = [section('one'), section('two')];
    expect(fitMessage(blocks)).toEqual(blocks);
  });

  it('keeps at most 50 blocks and says it shortened the answer', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => section(`item ${i}`));
    const out = fitMessage(blocks);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(out.at(-1))).toContain('shortened to fit Slack');
  });

  it('drops low-priority blocks before normal ones and never drops must-keep blocks', () => {
    const big = 'x'.repeat(2900);
    const out = fitMessage([
      piece(section('risk line'), 0),
      piece(section(`keep ${big}`), 1),
      piece(section(`tail-a ${big}`), 2),
      piece(section(`tail-b ${big}`), 2),
      piece(section(`also ${big}`), 1),
      piece(section(`more ${big}`), 1),
      piece(section(`last ${big}`), 1),
      piece(actionsBlock, 0),
    ]);
    const text = JSON.stringify(out);
    expect(text).toContain('risk line');
    expect(text).toContain('keep ');
    expect(text).not.toContain('tail-a');
    expect(text).not.toContain('tail-b');
    expect(out.at(-1)).toEqual(actionsBlock);
    expect(blockTextLength(out)).toBeLessThanOrEqual(11_500);
  });

  it('puts the shortened note before the trailing buttons, in Polish for Polish answers', () => {
    const blocks = [...Array.from({ length: 60 }, () => section('x')), actionsBlock];
    const out = fitMessage(blocks, { language: 'pl' });
    expect(out.at(-1)).toEqual(actionsBlock);
    expect(JSON.stringify(out.at(-2))).toContain('skrócono');
  });
});
