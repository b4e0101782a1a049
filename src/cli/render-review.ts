/** Human-readable review: risk line, hurtful phrases, rewrites by technique name, next moves. */
import type { Notice } from '../coach/coach.ts';
import type { Review, RiskLevel } from '../coach/schemas.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import type { Paint, Style } from './io.ts';
import { labelsFor } from './labels.ts';
import { heading, indent, noticeLines, techniqueName } from './render-text.ts';

const STYLE: Record<RiskLevel, Style> = { calm: 'green', tense: 'yellow', heated: 'red' };

/** "Heated (0.82)": the level (in the review's language) and score, as shown in the risk line. */
export function riskLabel(review: Pick<Review, 'risk' | 'language'>): string {
  return `${labelsFor(review.language).risk[review.risk.level]} (${review.risk.score.toFixed(2)})`;
}

export interface ReviewRenderOptions {
  paint: Paint;
  techniques: TechniqueLibrary;
  notices?: Iterable<Notice>;
}

/** What an unchecked review says in place of a verdict (its language is one Parley has no labels for). */
export const UNCHECKED = {
  title: "I can't check this language offline",
  body: 'The offline coach reads English and Polish only, so this draft gets no verdict and no rewrites.',
  useModel:
    'For other languages, use the model engine: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server such as Ollama).',
};

export function renderReview(
  review: Review,
  { paint, techniques, notices = [] }: ReviewRenderOptions,
): string {
  const t = labelsFor(review.language);
  const level = review.risk.level;
  const shown = [...notices];
  // An unchecked review never shows a level: "Calm" would be a verdict on text nobody read.
  const out: string[] = review.checked
    ? [
        `${paint(STYLE[level], '●')} ${paint('bold', riskLabel(review))}`,
        indent(level === 'calm' && review.flags.length > 0 ? t.calmWithFlags : t.verdict[level], 2),
      ]
    : [`${paint('yellow', '?')} ${paint('bold', UNCHECKED.title)}`, indent(UNCHECKED.body, 2)];

  if (review.flags.length > 0) {
    out.push('', heading(paint, t.phrases));
    review.flags.forEach((f, i) => {
      out.push(`  ${i + 1}. ${paint('yellow', `"${f.text}"`)} ${paint('dim', `(${t.kind[f.kind]})`)}`);
      out.push(indent(`${t.why}: ${f.why}`, 5));
      if (f.suggestion) out.push(indent(`${t.instead}: ${f.suggestion}`, 5));
    });
  }

  if (review.rewrites.length > 0) {
    out.push('', heading(paint, t.rewrites));
    review.rewrites.forEach((r, i) => {
      out.push(`  ${i + 1}. ${paint('cyan', techniqueName(r.technique, techniques, review.language))}`);
      out.push(indent(r.text, 5));
      if (r.why) out.push(indent(paint('dim', `${t.why}: ${r.why}`), 5));
    });
  }

  if (review.cues.length > 0) {
    out.push('', heading(paint, t.nextMoves));
    for (const cue of review.cues) out.push(indent(`- ${cue}`, 2));
  }

  const notes = noticeLines(review.engine, review.language, shown, { rough: review.checked });
  // With a notice the model is configured but did not answer this time; without one it is not.
  if (!review.checked && review.engine === 'local' && shown.length === 0) notes.push(UNCHECKED.useModel);
  if (notes.length > 0) out.push('', ...notes.map((n) => paint('dim', n)));
  return `${out.join('\n')}\n`;
}
