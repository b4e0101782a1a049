/**
 * The sentence-level safety net for tense and heated drafts. The analyzer misses plenty of real
 * hostility (rhetorical questions, verdicts on the work, bare orders, demands for explanations,
 * "I've asked you three times"); copied into a rewrite, such a sentence keeps the heat the
 * technique frame tries to take out. This looks at one unflagged sentence (shouting already
 * calmed) and says what to put in its place. Calm drafts never come here.
 */
import { findFacts } from '../facts.ts';
import { capitalise } from './clean.ts';
import type { RewriteLexicon } from './lexicon.ts';

export interface Reframed {
  /** Sentences that replace the original, in order (may be empty: the sentence is dropped). */
  sentences: { text: string; request: boolean; template?: boolean }[];
  /** A judgement went: the generic observation and its impact stands in for it. */
  observation: boolean;
  /** What was dropped held facts that no replacement sentence carries: lift them. */
  lost: string | null;
}

function sentence(text: string, question: boolean): string {
  const t = text
    .replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '')
    .replace(/(?<![.!?])[.!?]+$/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return t ? `${capitalise(t)}${question ? '?' : '.'}` : '';
}

/** The same text without reproach words ("again", "znowu"), or null when nothing is left. */
function plain(text: string, lex: RewriteLexicon): string | null {
  const t = text
    .replace(lex.reframe.again, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /[\p{L}\d]/u.test(t) ? t : null;
}

function factual(text: string): boolean {
  return findFacts(text).length > 0;
}

/** Facts of `from` that `kept` no longer states, as a phrase to lift; null when none are lost. */
function lostFacts(from: string, kept: string): string | null {
  const keptFacts = new Set(findFacts(kept).map((f) => f.text));
  const lost = findFacts(from).filter((f) => !keptFacts.has(f.text));
  return lost.length > 0 ? from : null;
}

/** One clause: its replacement, or undefined when the net has nothing to say about it. */
export function reframeClause(
  text: string,
  lex: RewriteLexicon,
): { text: string | null; request: boolean; observation: boolean; template?: boolean } | undefined {
  const r = lex.reframe;
  const lower = text.toLowerCase().trim();
  // Case-folded patterns give offsets into the lower-cased text; only use them when lengths match.
  const same = lower.length === text.trim().length;
  const source = text.trim();
  if (r.judgement.test(lower)) {
    const judged = r.judgedThing.exec(lower);
    // The subject as written ("the Acme deck"), found through the case-folded match.
    const at = judged?.[1] && same ? judged[0].lastIndexOf(judged[1]) + judged.index : -1;
    const thing = at >= 0 ? source.slice(at, at + (judged?.[1]?.length ?? 0)) : null;
    if (thing && r.work.test(thing.toLowerCase()) && !lex.secondPerson.test(thing)) {
      const template = r.plural.test(judged?.[2] ?? '') ? r.needWork : r.needsWork;
      const line = template.replace('{thing}', thing).replace('{Thing}', capitalise(thing));
      return { text: line, request: false, observation: false };
    }
    return { text: null, request: false, observation: true };
  }
  const puzzled = r.puzzled.exec(lower);
  if (puzzled && same) {
    const about = source.slice(source.length - (puzzled[1]?.length ?? 0));
    const rest = plain(about.replace(/(?<![?.!])[?.!]+$/u, ''), lex);
    // "… why you never answer" judges the person: only the observation is left.
    if (!rest || lex.secondPerson.test(rest)) return { text: null, request: false, observation: true };
    return { text: sentence(rest, false), request: false, observation: false };
  }
  const explanation = r.explanation.exec(lower);
  if (explanation && same) {
    const tail = explanation[1] ?? '';
    const rest = tail
      ? source
          .slice(source.replace(/(?<![.!])[.!]+$/u, '').length - tail.length)
          .replace(/(?<![.!])[.!]+$/u, '')
      : '';
    const restText = rest.trim() ? ` ${rest.trim()}` : '';
    // "An answer on the budget by Friday" is about the budget, not about "what happened".
    const template = r.deadline.test(restText) ? r.explain : r.getBack;
    return { text: template.replace('{rest}', restText), request: true, observation: false, template: true };
  }
  const repeated = r.repeated.exec(lower);
  if (repeated && same) {
    const what = repeated[1] ?? '';
    const at = what ? lower.lastIndexOf(what) : -1;
    const thing = at >= 0 ? source.slice(at, at + what.length) : '';
    const counted = [...thing.matchAll(r.count)].map((m) => m[0].trim()).filter((c) => /\d/.test(c));
    const object = plain(thing.replace(r.count, ' '), lex)
      ?.replace(/^(?:for|about|o)\s+/iu, '')
      .replace(/(?<![.!?])[.!?]+$/u, '');
    if (!object || lex.secondPerson.test(object)) return { text: null, request: false, observation: false };
    const about = /(?:^|\s)(?:about|w sprawie)\s/u.test(lower);
    const since = about && r.waitingSince && /\bsince\b/u.test(object) ? r.waitingSince : null;
    let line = (since ?? (about ? r.stillAbout : r.stillNeed)).replace('{x}', object);
    // A count written in digits is a fact the rewrite must keep.
    if (counted.length > 0) line = `${line.replace(/\.$/u, '')} (${counted.join(', ')}).`;
    return { text: line, request: false, observation: false };
  }
  return undefined;
}

/**
 * What replaces one unflagged sentence of a tense draft, or null to keep it as it is.
 * `text` is the sentence with its shouting calmed.
 */
export function reframeSentence(text: string, lex: RewriteLexicon): Reframed | null {
  const r = lex.reframe;
  const raw = text.trim();
  const lower = raw.toLowerCase();
  const question = /\?\s*$/u.test(raw);
  if (r.rhetorical.test(lower) || (question && r.challenge.test(lower) && factual(raw))) {
    // "Why didn't you send the Q3 report?" carries a fact: ask for it plainly instead.
    const challenge = r.challenge.exec(lower);
    if (challenge && factual(raw) && lower.length === raw.length) {
      const rest = raw
        .slice(raw.length - (challenge[1]?.length ?? 0) - (question ? 1 : 0))
        .replace(/(?<!\?)\?+$/u, '');
      const request = plain(rest, lex);
      const asked = request ? lex.toRequest(`${request}`, true) : null;
      if (asked && !lostFacts(raw, asked))
        return { sentences: [{ text: asked, request: true }], observation: false, lost: null };
    }
    // Its facts go to the rewrite's fact note as they are: the question's own words stay out.
    return { sentences: [], observation: factual(raw), lost: null };
  }
  const parts = raw
    .replace(/(?<![.!])[.!]+$/u, '')
    .split(r.clauses)
    .filter((p) => p && /[\p{L}\d]/u.test(p));
  if (parts.length === 0 || parts.length > 4) return null;
  let changed = false;
  let observation = false;
  const sentences: Reframed['sentences'] = [];
  const dropped: string[] = [];
  parts.forEach((part, i) => {
    const out = reframeClause(part, lex);
    if (out === undefined) {
      const last = question && i === parts.length - 1;
      // A bare order next to a verdict ("… and fix it by EOD") reads better as a request.
      const request = last ? null : lex.toRequest(part.trim(), false);
      sentences.push(
        request ? { text: request, request: true } : { text: sentence(part, last), request: last },
      );
      return;
    }
    changed = true;
    if (out.observation) observation = true;
    if (out.text) sentences.push({ text: out.text, request: out.request, template: out.template });
    if (!out.text || lostFacts(part, out.text)) dropped.push(part);
  });
  if (!changed) return null;
  const lost = dropped.filter((d) => lostFacts(d, sentences.map((s) => s.text).join(' ')));
  return {
    sentences: sentences.filter((s) => s.text),
    observation,
    lost: lost.length > 0 ? lost.join(' ') : null,
  };
}
