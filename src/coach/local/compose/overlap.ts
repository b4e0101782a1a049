/**
 * The five-word check: a rewrite may not carry over five words in a row from a sentence that held
 * a hostile act. Facts (dates, names, amounts, ids) break a run, since they must be kept.
 */
import { findFacts } from '../facts.ts';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

export function runs(text: string, factWords: ReadonlySet<string>, n = 5): Set<string> {
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

export function factWordsOf(text: string): Set<string> {
  return new Set(findFacts(text).flatMap((f) => words(f.text)));
}

/** Whether `text` shares a five-word run (outside the facts) with any of `sentences`. */
export function sharesRun(
  text: string,
  sentences: readonly string[],
  factWords: ReadonlySet<string>,
): boolean {
  if (sentences.length === 0) return false;
  const bad = new Set<string>();
  for (const s of sentences) for (const r of runs(s, factWords)) bad.add(r);
  if (bad.size === 0) return false;
  for (const r of runs(text, factWords)) if (bad.has(r)) return true;
  return false;
}
