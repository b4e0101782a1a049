/**
 * Measures of the offline review against the hand-annotated dev set: the test asserts them, and
 * the same function prints them for a report. Judged against annotations, never against the
 * analyzer's own verdict on its rewrites.
 */
import { findFacts, missingFacts } from '../../../../src/coach/local/facts.ts';
import type { Review } from '../../../../src/coach/schemas.ts';
import type { Address, DevDraft } from '../../../fixtures/dev-drafts-v2.ts';

export interface DevMetrics {
  recall: number;
  phrases: number;
  missedPhrases: string[];
  hostileCalm: number;
  hostileCalmIds: string[];
  calmFlaggedIds: string[];
  rewriteOk: number;
  rewriteProblems: string[];
  addressKept: number;
  addressProblems: string[];
  exactLevel: number;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/** Runs of five words; a fact (date, amount, name, id) breaks a run, since facts must be kept. */
function grams(text: string, factWords: ReadonlySet<string>, n = 5): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  for (const w of words(text)) {
    if (factWords.has(w)) {
      run = [];
      continue;
    }
    run.push(w);
    if (run.length >= n) out.add(run.slice(-n).join(' '));
  }
  return out;
}

function factWordsOf(text: string): Set<string> {
  return new Set(findFacts(text).flatMap((f) => words(f.text)));
}

/** Sentences of the draft that hold an annotated hurtful phrase. */
function hurtfulSentences(d: DevDraft): string[] {
  const sentences = d.text.split(/(?<=[.!?…])\s+|\n+/u);
  return sentences.filter((s) => d.hurtful.some((h) => s.includes(h) || h.includes(s.trim())));
}

/** Forms of address a Polish text uses. */
export function addressForms(text: string): Set<Address> {
  const out = new Set<Address>();
  if (/(?<!\p{L})Państw(?:o|a|u|em)(?!\p{L})/u.test(text)) out.add('panstwo');
  if (/(?<!\p{L})Pan(?:a|u|em)?(?!\p{L})/u.test(text)) out.add('pan');
  if (/(?<!\p{L})Pani(?:ą)?(?!\p{L})/u.test(text)) out.add('pani');
  const lower = text.toLowerCase();
  if (
    /(?<!\p{L})(?:ty|cię|ciebie|tobie|tobą|twój|twoja|twoje|twojego|twojej|twoim|twoją|twoich)(?!\p{L})/u.test(
      lower,
    ) ||
    /(?<!\p{L})(?:możesz|masz|jesteś|wiesz|dasz|chcesz|potrzebujesz|mógłbyś|mogłabyś|zrobiłeś|zrobiłaś)(?!\p{L})/u.test(
      lower,
    )
  )
    out.add('ty');
  if (
    /(?<!\p{L})(?:wy|was|wam|wami|wasz|wasza|wasze|waszego|waszej|waszym|waszą|waszych)(?!\p{L})/u.test(
      lower,
    ) ||
    /(?<!\p{L})(?:możecie|macie|jesteście|wiecie|dacie|chcecie|potrzebujecie|moglibyście)(?!\p{L})/u.test(
      lower,
    )
  )
    out.add('wy');
  return out;
}

export function measure(drafts: readonly DevDraft[], review: (d: DevDraft) => Review): DevMetrics {
  let found = 0;
  let phrases = 0;
  const missedPhrases: string[] = [];
  const hostileCalmIds: string[] = [];
  const calmFlaggedIds: string[] = [];
  let rewrites = 0;
  let okRewrites = 0;
  const rewriteProblems: string[] = [];
  let plRewrites = 0;
  let addressOk = 0;
  const addressProblems: string[] = [];
  let exact = 0;
  let hostile = 0;
  for (const d of drafts) {
    const r = review(d);
    if (r.risk.level === d.level) exact++;
    if (d.level === 'calm') {
      if (r.flags.length > 0 || r.risk.level !== 'calm') calmFlaggedIds.push(d.id);
    } else {
      hostile++;
      if (r.risk.level === 'calm') hostileCalmIds.push(d.id);
    }
    for (const h of d.hurtful) {
      phrases++;
      const at = d.text.indexOf(h);
      const hit = r.flags.some((f) => f.start < at + h.length && f.end > at);
      if (hit) found++;
      else missedPhrases.push(`${d.id}: ${h}`);
    }
    if (d.level === 'calm') continue;
    const factWords = factWordsOf(d.text);
    const bad = new Set<string>();
    for (const s of hurtfulSentences(d)) for (const g of grams(s, factWords)) bad.add(g);
    for (const rw of r.rewrites) {
      rewrites++;
      const problems: string[] = [];
      const lost = missingFacts(d.text, rw.text);
      if (lost.length > 0) problems.push(`lost ${lost.join(', ')}`);
      const kept = d.hurtful.filter((h) => rw.text.toLowerCase().includes(h.toLowerCase()));
      if (kept.length > 0) problems.push(`kept "${kept.join('", "')}"`);
      const run = [...grams(rw.text, factWords)].find((g) => bad.has(g));
      if (run) problems.push(`5-word run "${run}"`);
      if (problems.length === 0) okRewrites++;
      else rewriteProblems.push(`${d.id} [${rw.technique}]: ${problems.join('; ')}`);
      if (d.language === 'pl' && d.address) {
        plRewrites++;
        const forms = addressForms(rw.text);
        const other = [...forms].filter((f) => f !== d.address);
        if (other.length === 0) addressOk++;
        else addressProblems.push(`${d.id} [${rw.technique}]: ${d.address} → ${other.join(', ')}`);
      }
    }
  }
  return {
    recall: phrases === 0 ? 1 : found / phrases,
    phrases,
    missedPhrases,
    hostileCalm: hostile === 0 ? 0 : hostileCalmIds.length / hostile,
    hostileCalmIds,
    calmFlaggedIds,
    rewriteOk: rewrites === 0 ? 0 : okRewrites / rewrites,
    rewriteProblems,
    addressKept: plRewrites === 0 ? 1 : addressOk / plRewrites,
    addressProblems,
    exactLevel: exact / drafts.length,
  };
}
