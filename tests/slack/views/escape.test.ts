import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, splitText, truncate } from '../../../src/slack/views/escape.ts';

describe('escapeMrkdwn', () => {
  it('escapes mentions, special mentions and links so they render literally', () => {
    expect(escapeMrkdwn('<!channel> <!here> <!everyone> <@U123> <https://x|y>')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;https://x|y&gt;',
    );
  });

  it('escapes ampersands first so existing entities stay literal', () => {
    expect(escapeMrkdwn('a & b &lt; c')).toBe('a &amp; b &amp;lt; c');
  });

  it('leaves ordinary text, Polish letters and emoji alone', () => {
    expect(escapeMrkdwn('Zażółć gęślą jaźń 🙂')).toBe('Zażółć gęślą jaźń 🙂');
  });
});

describe('splitText', () => {
  it('returns short text as one chunk', () => {
    expect(splitText('  hello there  ', 100)).toEqual(['hello there']);
  });

  it('prefers paragraph boundaries', () => {
    const a = 'a'.repeat(60);
    const b = 'b'.repeat(60);
    expect(splitText(`${a}\n\n${b}`, 100)).toEqual([a, b]);
  });

  it('falls back to sentence boundaries, then words', () => {
    const text = 'One sentence here. Another sentence there. And a third one follows here.';
    const chunks = splitText(text, 45);
    expect(chunks[0]).toBe('One sentence here. Another sentence there.');
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(45);
    expect(chunks.join(' ')).toBe(text);
  });

  it('splits words when there is no sentence end', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const chunks = splitText(words, 50);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(50);
    expect(chunks.join(' ')).toBe(words);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '😀'.repeat(100);
    const chunks = splitText(text, 11);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(11);
      expect(c).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(chunks.join('')).toBe(text);
  });

  it('never cuts an escaped entity in half', () => {
    const text = escapeMrkdwn('<'.repeat(50));
    const chunks = splitText(text, 10);
    for (const c of chunks) expect(c).toMatch(/^(&lt;)+$/);
    expect(chunks.join('')).toBe(text);
  });

  it('keeps every chunk within the limit for long real-looking text', () => {
    const para = 'This is a sentence about the deadline, and it goes on a while. '.repeat(80);
    const text = `${para}\n\n${para}`;
    for (const c of splitText(text, 3000)) expect(c.length).toBeLessThanOrEqual(3000);
  });
});

describe('truncate', () => {
  it('keeps short text as is', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('ends shortened text with an ellipsis within the limit', () => {
    const out = truncate('a long label for a button', 10);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(10);
  });

  it('does not leave half an emoji', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});
