/**
 * The pieces behind short first answers: what a person sees (visibleText), mentions shown by name,
 * the DM's quote, repeated phrases grouped, and the short review's choice of what matters most.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_SHOW_ALL, ACTION_SHOW_LESS } from '../../../src/slack/ids.ts';
import { MAX_QUOTE_CHARS, quoteBlock, quoteText } from '../../../src/slack/views/quote.ts';
import { buildNothingToCoach, buildReading } from '../../../src/slack/views/reading.ts';
import { buildReview, FIRST_ANSWER_BUDGET, groupFlags, rankFlags } from '../../../src/slack/views/review.ts';
import { displaySlackText } from '../../../src/slack/views/slack-text.ts';
import { mrkdwnToPlain, visibleLength, visibleText } from '../../../src/slack/views/visible-text.ts';
import { flag, ofType, reading, review, STATE_ID, TECHNIQUES } from './fixtures.ts';

const opts = { stateId: STATE_ID, techniques: TECHNIQUES };

describe('displaySlackText', () => {
  it('shows mentions, channels, specials and links as a reader sees them', () => {
    expect(displaySlackText('<@U0999|bob> and <@U0998>')).toBe('@bob and @U0998');
    expect(displaySlackText('<@U0998> hi', { U0998: 'carol' })).toBe('@carol hi');
    expect(displaySlackText('<#C1|general> <!here> <!channel> <!subteam^S1|@design>')).toBe(
      '#general @here @channel @design',
    );
    expect(displaySlackText('see <https://x.example|the doc> or <https://y.example>')).toBe(
      'see the doc or https://y.example',
    );
  });

  it('leaves text that is no Slack markup alone', () => {
    expect(displaySlackText('a < b and <b>bold</b>')).toBe('a < b and <b>bold</b>');
  });
});

describe('visibleText', () => {
  it('reads mrkdwn as plain text', () => {
    expect(mrkdwnToPlain('*Bold* _it_ > “q” &amp; <https://x|link> :red_circle:')).toBe(
      'Bold it > “q” & link ◯',
    );
  });

  it('counts sections, contexts, headers and controls, not option lists', () => {
    const blocks = buildReview(review(), opts).blocks;
    const text = visibleText(blocks);
    expect(text).toContain('Show all rewrites and why');
    expect(text).toContain('Try another technique');
    expect(text).not.toContain('Sincere apology');
    expect(visibleLength(blocks)).toBe(text.length);
  });
});

describe('the quote a DM opens with', () => {
  it('is one line of at most 200 characters, with names, that can never ping or link', () => {
    const raw = `<!channel> <@U1|bob>\n<https://evil.example|click> ${'x'.repeat(400)}`;
    const text = quoteText(raw);
    expect(text).not.toMatch(/[<>\n]/);
    expect(text.startsWith('@channel @bob click')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(JSON.stringify(quoteBlock('message', raw, 'en'))).toContain('About this message:');
  });
});

describe('repeated phrases', () => {
  it('are grouped with a count, using an engine count when it gives one', () => {
    const groups = groupFlags([
      flag('You never'),
      flag('you never'),
      { ...flag('always', { kind: 'absolute' }), count: 5 } as ReturnType<typeof flag>,
    ]);
    expect(groups.map((g) => g.count)).toEqual([2, 5]);
  });

  it('are shown once, as ×N, in the short and the full review', () => {
    const flags = Array.from({ length: 8 }, () => flag('You never listen'));
    for (const expanded of [false, true]) {
      const text = visibleText(buildReview(review({ flags }), { ...opts, expanded }).blocks);
      expect(text.split('You never listen').length - 1).toBe(1);
      expect(text).toContain('×8');
    }
  });

  it('rank harm to the person before style', () => {
    const ranked = rankFlags(
      groupFlags([flag('!!!', { kind: 'shouting' }), flag('or else', { kind: 'threat' })]),
    );
    expect(ranked[0]!.flag.kind).toBe('threat');
  });
});

describe('short reviews and readings', () => {
  const many = review({
    flags: Array.from({ length: 6 }, (_, i) =>
      flag(`phrase ${i}`, { kind: i === 4 ? 'threat' : 'absolute' }),
    ),
    rewrites: Array.from({ length: 4 }, (_, i) => ({
      technique: TECHNIQUES[i % 3]!.id,
      text: `Rewrite ${i}. ${'We can sort this out together. '.repeat(60)}`,
      why: 'Because.',
    })),
  });

  it('show the two phrases that matter most and the best rewrite, within budget', () => {
    const blocks = buildReview(many, opts).blocks;
    const text = visibleText(blocks);
    expect(visibleLength(blocks)).toBeLessThanOrEqual(FIRST_ANSWER_BUDGET);
    expect(text).toContain('phrase 4');
    expect(text).toContain('Rewrite 0.');
    expect(text).not.toContain('Rewrite 1.');
    const ids = ofType(blocks, 'button').map((b) => b.action_id);
    expect(ids).toContain(ACTION_SHOW_ALL);
  });

  it('show everything, with Show less, when expanded', () => {
    const blocks = buildReview(many, { ...opts, expanded: true }).blocks;
    expect(visibleText(blocks)).toContain('Rewrite 3.');
    expect(ofType(blocks, 'button').map((b) => b.action_id)).toContain(ACTION_SHOW_LESS);
  });

  it('keep a long reading within budget and call its reply a suggestion', () => {
    const long = 'They may be under a lot of pressure this week. '.repeat(20);
    const r = reading({ intent: long, impact: long, needs: [long, long, long] });
    const blocks = buildReading(r, { ...opts, quote: long }).blocks;
    expect(visibleLength(blocks)).toBeLessThanOrEqual(FIRST_ANSWER_BUDGET);
    expect(visibleText(blocks)).toContain("Parley's suggestion");
  });

  it('say in one line when there is nothing to coach', () => {
    expect(buildNothingToCoach('automated').blocks).toHaveLength(1);
    expect(buildNothingToCoach('calm', 'pl').text).toContain('spokojnie');
  });
});
