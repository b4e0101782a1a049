/**
 * Recovering the ask from a hostile sentence: the condition of a threat ("Get it done by Monday
 * or we walk" → get it done by Monday), or what an accusing question wanted ("Is it that hard to
 * send the report by Friday?" → send the report by Friday; "Czy to takie trudne, żeby odpisać…"
 * → odpisać…). Grammar is code; it returns null when no clean ask can be recovered.
 */
import type { LabeledSentence } from '../acts/label.ts';
import { spaceOr, trimEndWhere, trimStartWhere } from '../analysis/trim.ts';
import type { Lang } from '../packs.ts';
import { orderToAsk } from './orders.ts';
import type { Ask } from './plan.ts';

// Trims are loops and runs are matched from their first character: linear on long runs.
const tidy = (s: string) =>
  trimStartWhere(trimEndWhere(s, spaceOr(',;:.!?…—–-')), spaceOr(',;:—–-'))
    .replace(/^(?:please|just|even|simply|at least|kindly)\s+/i, '')
    .replace(/(?<!\s)\s+(?:already|for once|at least|for god'?s sake)$/i, '')
    .trim();

const EN_PRONOUN_START =
  /^(?:i|you|we|they|he|she|it|this|that|these|those|the|a|an|my|your|our|their|there|here|nobody|no one|everyone)\b/i;

/** "you don't send X" → you + "send X"; "I don't have X" → me + "have X"; else a clause without its negation. */
function enFromCondition(clause: string): Ask | null {
  const c = tidy(clause);
  const m = /^(you|i|we)\s+(?:do not|don't|dont|did not|didn't|can't|cannot|won't|will not)\s+(.+)$/i.exec(c);
  if (m) {
    const subject = m[1]!.toLowerCase() === 'you' ? 'you' : m[1]!.toLowerCase() === 'i' ? 'me' : 'us';
    return { kind: 'verb', subject, phrase: tidy(m[2]!) };
  }
  const pos = /^(you|we)\s+(.+)$/i.exec(c);
  if (pos && !/\b(?:not|n't|never)\b/i.test(c)) {
    return { kind: 'verb', subject: pos[1]!.toLowerCase() === 'you' ? 'you' : 'us', phrase: tidy(pos[2]!) };
  }
  const positive = c
    .replace(/\b(is|are|was|were|has|have)(?:n't| not)\b/i, '$1')
    .replace(/(['’](?:s|re))\s+not\b/i, '$1')
    .replace(/\b(?:doesn't|does not|don't|do not)\s+/i, '');
  if (/\b(?:not|n't|never|no)\b/i.test(positive) || positive.split(/\s+/).length < 3) return null;
  return { kind: 'clause', clause: lowerCommon(positive) };
}

/** Lower-case the first word only when it is an ordinary word ("This is…"), never an id or a name. */
function lowerCommon(text: string): string {
  return /^(?:the|this|that|these|those|it|it's|our|your|my|a|an|there|all|both)\b/i.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function en(s: LabeledSentence): Ask | null {
  const t = s.text;
  let m =
    /\b(?:the least you (?:could|can) do is|(?:i|we) need you to|(?:i|we) expect you to)\s+(.+?)[?!.…]*$/i.exec(
      t,
    );
  if (m) return { kind: 'verb', subject: 'you', phrase: tidy(m[1]!) };
  m = /\b(?:that|so|too|really that|really so)\s+(?:hard|difficult|complicated)\s+to\s+(.+?)[?!.…]*$/i.exec(
    t,
  );
  if (m) return { kind: 'verb', subject: 'you', phrase: tidy(m[1]!) };
  m =
    /\b(?:can't|cannot|couldn't|won't)\s+you\s+(?:just\s+|even\s+|at least\s+|simply\s+)?(.+?)[?!.…]*$/i.exec(
      t,
    );
  if (m) return { kind: 'verb', subject: 'you', phrase: tidy(m[1]!) };
  m =
    /\bhow many (?:more )?times (?:do|will|must|should) (?:i|we) (?:have to |need to )?(?:ask|remind you|chase you|beg) (?:you )?(?:for|about|to)\s+(.+?)[?!.…]*$/i.exec(
      t,
    );
  if (m)
    return /^(?:send|share|give|fix|update|finish|do|check|reply|answer)\b/i.test(m[1]!)
      ? { kind: 'verb', subject: 'you', phrase: tidy(m[1]!) }
      : { kind: 'verb', subject: 'you', phrase: `send me ${tidy(m[1]!)}` };
  m = /^(?:i|we) (?:need|want) (.{3,100}?)(?:,\s*|\s+)(?:or else|or|otherwise)\s+(?:we|i)\b/i.exec(t);
  if (m) return { kind: 'verb', subject: /^we/i.test(t) ? 'us' : 'me', phrase: `get ${tidy(m[1]!)}` };
  m = /^(.{3,120}?)(?:,\s*|\s+)(?:or else|or|otherwise)\s+(?:we|i)\b/i.exec(t);
  if (m && !EN_PRONOUN_START.test(m[1]!.trim()) && !/^(?:if|unless)\b/i.test(m[1]!.trim())) {
    const order = orderToAsk(m[1]!, 'en');
    if (order && order.kind !== 'explain') return order;
    const left = tidy(m[1]!);
    // Not an order: the terms of the ultimatum ("20% discount or we cancel").
    if (left.split(/\s+/).length <= 6) return { kind: 'terms', terms: lowerCommon(left) };
  }
  m =
    /\b(?:if|unless)(?=(\s+))\1(.{4,120}?)(?:,|(?<!\s)\s+(?=(?:i|we)(?:'ll|'m|'re| will| am| are| shall)\b)|(?<!\s)\s+(?=then\b))/i.exec(
      t,
    );
  if (m) {
    if (/^unless\b/i.test(m[0])) return enFromCondition(m[2]!.replace(/^(you|we|i)\s+/i, '$1 '));
    return enFromCondition(m[2]!);
  }
  return null;
}

const PL_LEFT = /^(.{6,140}?),?\s+(?:bo inaczej|w przeciwnym (?:razie|wypadku)|inaczej|albo|bo)\b/iu;
const PL_SECOND_VERB = /(?<![\p{L}])(?:\p{L}{2,}(?:esz|asz|isz|ysz|ecie|acie|icie)|macie|masz)(?![\p{L}])/u;

function pl(s: LabeledSentence): Ask | null {
  const t = s.text;
  let m = /(?<!\s),?\s*(?:żeby|aby|by)\s+(.+)$/iu.exec(t);
  if (m && s.acts.includes('rhetorical')) return { kind: 'verb', subject: 'you', phrase: tidy(m[1]!) };
  m =
    /(?:^|\s)nie\s+(?:możesz|możecie|może pan|może pani|mogą państwo|potrafisz|potraficie)\s+(?:raz\s+|w końcu\s+|chociaż raz\s+|choć raz\s+)?(.+)$/iu.exec(
      t,
    );
  if (m)
    return {
      kind: 'verb',
      subject: 'you',
      phrase: tidy(m[1]!).replace(/(?<![\p{L}])czegoś(?![\p{L}])/u, 'coś'),
    };
  m = /ile (?:jeszcze )?razy (?:mam|muszę|będę musiał\p{L}*) (?:prosić|przypominać) o\s+(.+?)[?!.…]*$/iu.exec(
    t,
  );
  if (m) return { kind: 'object', object: tidy(m[1]!) };
  m =
    /(?:^|\s)(?:jeśli|jeżeli|jak)\s+(.{0,40}?)\bnie\s+(\p{L}{2,}(?:cie|sz)|zostanie|zostaną)\s+(.{2,80}?)(?:,|\s+(?=to\s))/iu.exec(
      t,
    );
  if (m) {
    // "Jeśli nie zapłacicie do piątku" → "zapłacicie do piątku": safe only before a time or a participle.
    const [, subject, verb, rest] = m;
    if (
      /^(?:zostanie|zostaną)$/iu.test(verb!) ||
      /^(?:do|przed|w|we|dziś|dzisiaj|jutro|od razu|na czas)\b/iu.test(rest!)
    )
      return {
        kind: 'clause',
        clause: tidy(`${subject ?? ''}${verb} ${rest}`).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
      };
  }
  m = PL_LEFT.exec(t);
  if (m) {
    const order = orderToAsk(m[1]!.replace(/^(?:albo|lub)\s+/iu, ''), 'pl');
    if (order && order.kind !== 'explain') return order;
    const left = tidy(m[1]!.replace(/^(?:albo|lub)\s+/iu, ''));
    if (
      !PL_SECOND_VERB.test(left.toLowerCase()) &&
      !/(?:^|\s)nie(?:\s|$)/iu.test(left) &&
      left.split(/\s+/).length <= 6
    )
      return { kind: 'terms', terms: left };
    if (!/(?:^|\s)(?:jeśli|jeżeli|nie)(?:\s|$)/iu.test(left) && PL_SECOND_VERB.test(left.toLowerCase()))
      return { kind: 'clause', clause: left.charAt(0).toLowerCase() + left.slice(1) };
  }
  return null;
}

/** "Third time I'm asking for access to the staging server." → could I get access to the staging server. */
const EN_ASKED_FOR = /\b(?:asking|asked|ask)\s+(?:you\s+)?for\s+(.{3,100}?)[.!?…]*$/i;

export function askText(ask: Ask): string {
  if (ask.kind === 'verb') return ask.phrase;
  if (ask.kind === 'clause') return ask.clause;
  if (ask.kind === 'terms') return ask.terms;
  return ask.object;
}

export function recoverAsk(s: LabeledSentence, lang: Lang): Ask | null {
  if (lang === 'en') {
    const m = EN_ASKED_FOR.exec(s.text);
    if (m && !/\b(?:how many|why)\b/i.test(s.text))
      return { kind: 'verb', subject: 'me', phrase: `get ${tidy(m[1]!)}` };
  }
  if (!s.acts.some((a) => a === 'threat' || a === 'rhetorical' || a === 'escalation' || a === 'manipulation'))
    return null;
  const ask = lang === 'pl' ? pl(s) : en(s);
  if (!ask) return null;
  const text = askText(ask);
  // An ask that still carries the hostility (or is too long to be one) is no ask.
  if (text.length < 3 || text.length > 140 || /[!?]/.test(text)) return null;
  return ask;
}
