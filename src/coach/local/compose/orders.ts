/**
 * Orders and explanation demands in a hostile draft ("Redo slides 4-9 before Monday.", "Posprzątaj
 * to do jutra.", "I want a full explanation by 9am.") become asks: the same thing, asked for. The
 * verbs, the Polish imperative → infinitive table and the pressure words are pack data.
 */
import { spaceOr, trimEndWhere } from '../analysis/trim.ts';
import { findFacts } from '../facts.ts';
import type { Lang } from '../packs.ts';
import type { Ask } from './plan.ts';
import { type RewritesPack, rewritesFor } from './templates.ts';

export type Order = Ask | { kind: 'explain' };

interface Compiled {
  pressure: RegExp | null;
  explain: RegExp | null;
  answer: RegExp;
}
const COMPILED = new Map<Lang, Compiled>();

function compiled(lang: Lang, pack: RewritesPack): Compiled {
  let c = COMPILED.get(lang);
  if (!c) {
    const alt = (list: readonly string[]) => (list.length > 0 ? list.map((w) => `(?:${w})`).join('|') : null);
    const pressure = alt(pack.orders.pressure);
    const explain = alt(pack.orders.explain);
    c = {
      pressure: pressure ? new RegExp(`(?<![\\p{L}])(?:${pressure})(?![\\p{L}])`, 'giu') : null,
      explain: explain ? new RegExp(`(?<![\\p{L}])(?:${explain})`, 'iu') : null,
      answer: new RegExp(`^(?:${pack.orders.answer})\\s+(.{3,120})$`, 'iu'),
    };
    COMPILED.set(lang, c);
  }
  return c;
}

const LEADING: Record<Lang, RegExp> = {
  en: /^(?:(?:please|just|now|so|and|then|ok|okay)[,]?\s+)+/iu,
  pl: /^(?:(?:dobra|no|to|i|teraz|proszę|ok)[,]?\s+)+/iu,
};

export function orderToAsk(sentence: string, lang: Lang): Order | null {
  const pack = rewritesFor(lang);
  const c = compiled(lang, pack);
  if (c.explain?.test(sentence)) return { kind: 'explain' };
  let text = trimEndWhere(sentence.trim(), (ch) => '.!…'.includes(ch));
  if (/[?]/.test(text) || text.length > 160) return null;
  text = text.replace(LEADING[lang], '');
  const answer = c.answer.exec(text);
  if (answer) return { kind: 'verb', subject: 'you', phrase: `${pack.orders.answerVerb} ${answer[1]!}` };
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  let phrase: string | null = null;
  if (lang === 'en') {
    if (pack.orders.verbs.includes(lower)) phrase = lower + text.slice(first.length);
  } else {
    const stem = pack.infinitives[lower] ? lower : lower.endsWith('cie') ? lower.slice(0, -3) : lower;
    const inf = pack.infinitives[stem];
    if (inf) phrase = inf + text.slice(first.length);
  }
  if (!phrase) return null;
  if (c.pressure) phrase = phrase.replace(c.pressure, '');
  // Words in capitals shout; ids and amounts are facts and keep their case.
  const facts = new Set(
    findFacts(phrase)
      .filter((f) => f.kind !== 'relative' && f.kind !== 'quantity' && f.kind !== 'repeat')
      .map((f) => f.text),
  );
  phrase = phrase.replace(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu, (w) =>
    facts.has(w) ? w : w.toLowerCase(),
  );
  phrase = phrase.replace(/\s{2,}/g, ' ').trim();
  phrase = trimEndWhere(phrase, spaceOr(',;:'));
  return phrase.split(' ').length >= 2 ? { kind: 'verb', subject: 'you', phrase } : null;
}
