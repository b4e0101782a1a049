/**
 * Which techniques fit a draft, best first, from what the analyzer found. Deterministic: ties
 * break by a fixed order, so the same draft always gets the same techniques.
 */
import type { Context } from '../../schemas.ts';
import type { Analysis } from '../analyze.ts';

const ORDER = [
  'apology',
  'contrasting',
  'shared-purpose',
  'make-it-safe',
  'interests-not-positions',
  'take-a-break',
];

const FAULT =
  /\b(?:outage|incident|downtime|our (?:mistake|fault|error|bug)|my (?:mistake|fault|bad)|we (?:messed|broke|missed|forgot)|i (?:messed|broke|missed|forgot))|(?:awari|przestoj|przestój|incydent|nasz błąd|mój błąd|moja wina|nasza wina|zawaliliśmy|zawaliłem|zawaliłam)/u;
const MONEY =
  /\b(?:discount|price|pricing|budget|rate|fee|quote|offer|cheaper|too expensive|final offer|take it or leave it)\b|%|(?:rabat|zniżk|upust|cen[aęyi]\b|budżet|stawk|taniej|za drogo|ostateczna oferta)/u;

const PROJECT =
  /\b(?:invoice|payment|deadline|release|launch|project)\b|faktur|płatnoś|termin|wdrożeni|projekt/u;

export function rankTechniques(
  draft: string,
  analysis: Analysis,
  context: Context | null | undefined,
  known: (id: string) => boolean,
): string[] {
  const kinds = new Set(analysis.flags.map((f) => f.kind));
  const heated = analysis.risk.level === 'heated';
  const score = new Map<string, number>(ORDER.map((id) => [id, 0]));
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);

  if (kinds.has('non-apology')) add('apology', 10);
  if (analysis.signals.apology > 0) add('apology', 6);
  // Case-folded once: V8 runs /u patterns on lower-case text far faster than /iu.
  const lower = draft.toLowerCase();
  if (FAULT.test(lower)) add('apology', 5);

  add('contrasting', 2);
  if (kinds.has('blame')) add('contrasting', 6);
  if (kinds.has('absolute')) add('contrasting', 5);
  if (kinds.has('insult')) add('contrasting', 4);
  if (kinds.has('sarcasm') || kinds.has('passive-aggressive')) add('contrasting', 4);
  if (kinds.has('dismissive')) add('contrasting', 3);

  add('shared-purpose', 2.5);
  if (kinds.has('demand')) add('shared-purpose', 5);
  if (context && context !== 'report') add('shared-purpose', 2);
  if (PROJECT.test(lower)) add('shared-purpose', 1.5);

  if (kinds.has('threat')) add('make-it-safe', heated ? 7 : 3);
  if (kinds.has('insult')) add('make-it-safe', heated ? 6 : 3);
  if (kinds.has('escalation')) add('make-it-safe', 4);
  if (heated) add('make-it-safe', 1);

  const money = MONEY.test(lower);
  if (money) add('interests-not-positions', 6);
  if (kinds.has('threat') && money) add('interests-not-positions', 3);
  if (kinds.has('manipulation')) add('interests-not-positions', 4);
  add('interests-not-positions', 0.5);

  if (heated && (analysis.risk.score >= 0.85 || analysis.flags.length >= 4)) add('take-a-break', 6.5);
  else if (heated) add('take-a-break', 1);

  return ORDER.filter((id) => known(id) && (score.get(id) ?? 0) > 0).sort(
    (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || ORDER.indexOf(a) - ORDER.indexOf(b),
  );
}
