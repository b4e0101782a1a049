/**
 * `npx tsx scripts/tune-acts.ts eval/dev/dev-c.jsonl`: the act scorer's threshold chosen on a dev
 * set (never trained on): for each language and threshold, the phrases found, tense drafts rated
 * calm and calm drafts flagged, with the ids of the calm drafts that get a flag or a level.
 * Prints numbers only, never draft text.
 */
import { readFileSync } from 'node:fs';
import { modelFor } from '../src/coach/local/acts/scorer.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import type { Lang } from '../src/coach/local/packs.ts';

interface Draft {
  id: string;
  lang: string;
  context: 'client' | 'peer' | 'boss' | 'report' | 'team' | 'vendor';
  text: string;
  level: 'calm' | 'tense' | 'heated';
  hurtful: string[];
}

const file = process.argv[2] ?? 'eval/dev/dev-c.jsonl';
const drafts: Draft[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const thresholds = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 1];
for (const lang of ['en', 'pl'] as Lang[]) {
  const model = modelFor(lang);
  if (!model) continue;
  const own = drafts.filter((d) => d.lang === lang);
  for (const t of thresholds) {
    model.config.threshold = t;
    const engine = new LocalEngine();
    let phrases = 0;
    let found = 0;
    let tense = 0;
    let tenseCalm = 0;
    let exact = 0;
    const calmFlagged: string[] = [];
    for (const d of own) {
      const review = engine.review(d.text, { context: d.context });
      for (const h of d.hurtful) {
        const start = d.text.indexOf(h);
        const end = start + h.length;
        phrases++;
        if (review.flags.some((f) => f.start < end && f.end > start)) found++;
      }
      if (review.risk.level === d.level) exact++;
      if (d.level === 'calm') {
        if (review.flags.length > 0 || review.risk.level !== 'calm')
          calmFlagged.push(
            `${d.id}(${review.flags.map((f) => f.ruleId.split('.').slice(1, 3).join('.')).join(',')})`,
          );
      } else {
        tense++;
        if (review.risk.level === 'calm') tenseCalm++;
      }
    }
    console.log(
      `${lang} ${t.toFixed(2)}: phrases ${found}/${phrases}, tense calm ${tenseCalm}/${tense}, exact ${exact}/${own.length}, calm flagged ${calmFlagged.length} ${calmFlagged.join(' ')}`,
    );
  }
}
