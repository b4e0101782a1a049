/**
 * Politeness eval: does Parley's risk score rank impolite requests above polite ones?
 * AUC per domain of the Stanford Politeness Corpus (neutral rows dropped), beside AFINN
 * (`sentiment`) and VADER computed in the same run. Nothing here is fitted to the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze } from '../src/coach/local/analyze.ts';
import { crossValidatedScores, features, fitWordModel } from './fitted-reference.ts';
import { type Section, table } from './section.ts';

const Row = z.object({ text: z.string(), label: z.enum(['polite', 'impolite', 'neutral']) });
export type PolitenessRow = z.infer<typeof Row> & {
  /** 0-based line number in the file: even lines guide weight decisions, odd lines are held out. */
  line: number;
};

export const DOMAINS = ['wikipedia', 'stack-exchange'] as const;
export type Domain = (typeof DOMAINS)[number];
const TARGETS: Record<Domain, number> = { wikipedia: 0.85, 'stack-exchange': 0.8 };

export function politenessPath(domain: Domain): string {
  return fileURLToPath(new URL(`../../shared/data/politeness/${domain}.jsonl`, import.meta.url));
}

/** Rows of one domain, or null when the shared data folder is not there. */
export function loadPoliteness(domain: Domain): PolitenessRow[] | null {
  const path = politenessPath(domain);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, line) => (text.trim() === '' ? [] : [{ ...Row.parse(JSON.parse(text)), line }]));
}

const require = createRequire(import.meta.url);
type AfinnCtor = new () => { analyze(text: string): { score: number; comparative: number } };
type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

/** Scorers where higher means "more likely impolite". */
export function peerScorers(): Record<string, (text: string) => number> {
  const Sentiment = require('sentiment') as AfinnCtor;
  const afinn = new Sentiment();
  const vader = require('vader-sentiment') as Vader;
  return {
    'AFINN (sentiment), −score': (t) => -afinn.analyze(t).score,
    'AFINN (sentiment), −comparative': (t) => -afinn.analyze(t).comparative,
    'VADER, −compound': (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  };
}

/** Area under the ROC curve (Mann–Whitney U with average ranks for ties). */
export function auc(scores: number[], positive: boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let nPos = 0;
  let rankSum = 0;
  positive.forEach((p, i) => {
    if (p) {
      nPos++;
      rankSum += ranks[i]!;
    }
  });
  const nNeg = positive.length - nPos;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

const fmt = (x: number) => x.toFixed(3);

export async function run(): Promise<Section> {
  const title = 'Politeness: is impolite riskier? (Stanford Politeness Corpus)';
  const peers = peerScorers();
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  const parley: Record<string, number> = {};
  for (const domain of DOMAINS) {
    const data = loadPoliteness(domain);
    if (!data) {
      notes.push(`- ${domain}: data not found at \`${politenessPath(domain)}\`; not measured.`);
      continue;
    }
    const binary = data.filter((r) => r.label !== 'neutral');
    const truth = binary.map((r) => r.label === 'impolite');
    const risk = binary.map((r) => analyze(r.text).risk.score);
    const distinct = new Set(risk).size;
    parley[domain] = auc(risk, truth);
    const half = (parity: number) => {
      const idx = binary.flatMap((r, i) => (r.line % 2 === parity ? [i] : []));
      return auc(
        idx.map((i) => risk[i]!),
        idx.map((i) => truth[i]!),
      );
    };
    const cells: (string | number)[] = [
      domain,
      binary.length,
      `**${fmt(parley[domain])}**`,
      fmt(half(0)),
      fmt(half(1)),
    ];
    for (const score of Object.values(peers))
      cells.push(
        fmt(
          auc(
            binary.map((r) => score(r.text)),
            truth,
          ),
        ),
      );
    // Reference points, not Parley: word models fitted on labels (this domain's, or the other's).
    cells.push(
      fmt(
        auc(
          crossValidatedScores(
            binary.map((r) => r.text),
            truth,
          ),
          truth,
        ),
      ),
    );
    const other = loadPoliteness(DOMAINS.find((d) => d !== domain)!)?.filter((r) => r.label !== 'neutral');
    if (other) {
      const model = fitWordModel(
        other.map((r) => features(r.text)),
        other.map((r) => r.label === 'impolite'),
      );
      cells.push(
        fmt(
          auc(
            binary.map((r) => model(features(r.text))),
            truth,
          ),
        ),
      );
    } else cells.push('—');
    cells.push(`≥ ${TARGETS[domain].toFixed(2)} ${parley[domain] >= TARGETS[domain] ? '✅' : '❌'}`);
    rows.push(cells);
    notes.push(`- ${domain}: ${distinct} distinct risk scores over ${binary.length} texts (ties lower AUC).`);
  }
  const header = [
    'Domain',
    'Texts',
    'Parley risk.score',
    'Parley, even lines (tuning)',
    'Parley, odd lines (held out)',
    ...Object.keys(peers),
    'Reference: word model fitted on this domain (10-fold CV)',
    'Reference: word model fitted on the other domain',
    'Target',
  ];
  const markdown = [
    'AUC of ranking impolite requests above polite ones (neutral dropped; 0.5 = chance). Peers score by negative sentiment. Parley uses no training on this data: its cues are named politeness strategies (gratitude, please, indirect requests, hedges, greetings, apologies, "we", deference vs. direct wh-questions, sentence-initial "you", "so/then/and/but…" openers, factuality markers, negative vocabulary) plus the flag lexicons.',
    '',
    'Honesty split: each file is cut in two by 0-based line number. Weight decisions were made looking only at the even lines; the odd lines are held out. What changed on that basis (November 2026): "direct question" now means a wh-question only, as in Danescu-Niculescu-Mizil et al. (2013) (a yes/no question such as "Is the cache enabled?" is not a challenge); the "direct start" cue covers "then/and/but" openers as well as "so"; the extra weight for opening with a bare question went from 0.35 to 0.2, since wh-questions are already counted. Before: Wikipedia 0.870 (even 0.861, odd 0.879), Stack Exchange 0.670 (even 0.675, odd 0.666). Tried and dropped (no clear gain on the even halves, or a level change in the workplace-drafts suite): a broader hedge list (assume, likely, usually…), a negation cue (not, -n\'t: +0.004 on both even halves, but it pushed a tense workplace draft to heated), dropping the bare-question weight entirely (+0.01 on Stack Exchange even lines, but a heated workplace draft fell to tense), a stronger length discount, "just" as a minimiser, and no weight on "you" anywhere (under +0.002). Stack Exchange stays well below 0.80 with general strategies: its impolite requests are mostly terse technical questions ("why not X?") that share almost all surface strategies with the polite ones. 0.80 would need a model fitted to that domain, which Parley deliberately does not do.',
    '',
    'Reference columns (not Parley, and not used by it): a logistic regression on unigrams and bigrams (`bench/fitted-reference.ts`), fitted on the labels themselves. "This domain" is scored out of fold (10-fold cross-validation); "the other domain" is trained on one corpus and scored on the other. They show how far word features go when they *are* fitted: on Stack Exchange even a model trained on Stack Exchange labels stays near 0.72, well under the 0.80 target, and a model trained on Wikipedia scores about what Parley does. The published strategy-feature classifier reached ~78% in-domain accuracy on Stack Exchange with training (Danescu-Niculescu-Mizil et al. 2013).',
    '',
    rows.length > 0 ? table(header, rows) : '_No data._',
    '',
    ...notes,
  ].join('\n');
  return { title, markdown };
}
