/**
 * Facts of a hostile sentence restated in neutral ones: the sentence is not carried (its hurt
 * would come with it), but what it stated stays. "Third time this year you've taken credit…"
 * → "This is the third time this year this has come up."; "Zestawienie miało być w poniedziałek"
 * inside a reproach → "Chodzi o termin w poniedziałek."; the rest → "For reference, this is about
 * four emails and the Audit Committee." The frames are pack lines (asks.yml `restate`).
 */
import type { Fact } from '../facts.ts';
import type { Lang } from '../packs.ts';
import { asksFor } from './asks-pack.ts';

const WHEN = new Set(['date', 'weekday', 'time', 'relative']);

/** A fact as a restated sentence says it: a count or a day in lower case, a name or an id as written. */
function said(f: Fact): string {
  const written = f.phrase ?? f.text;
  // A shouted count or day ("TODAY", "THREE INCHES") is said in lower case.
  const text =
    f.kind !== 'id' && f.kind !== 'name' && !/\p{Ll}/u.test(written) ? written.toLowerCase() : written;
  return f.kind === 'repeat' || f.kind === 'relative' || f.kind === 'quantity' || f.kind === 'time'
    ? text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
    : text;
}

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function restateFacts(facts: readonly Fact[], lang: Lang): string[] {
  if (facts.length === 0) return [];
  const frames = asksFor(lang).restate;
  const out: string[] = [];
  const repeats = facts.filter((f) => f.kind === 'repeat');
  for (const r of repeats) {
    const x = said(r);
    const frame = lang === 'en' && /\btimes?\b/i.test(x) ? frames.repeatTime : frames.repeat;
    // "This is the third time…": an English ordinal takes the article the frame gives it.
    out.push(capital(frame.replace('{x}', x.replace(/^the\s+/i, ''))));
  }
  const when = facts.filter((f) => WHEN.has(f.kind));
  if (when.length > 0) out.push(capital(frames.when.replace('{x}', list(when.map(said), frames.and))));
  const rest = facts.filter((f) => f.kind !== 'repeat' && !WHEN.has(f.kind));
  if (rest.length > 0) out.push(capital(frames.other.replace('{x}', list(rest.map(said), frames.and))));
  return out;
}
