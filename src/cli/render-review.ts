/** Human-readable review: risk line, hurtful phrases, rewrites by technique name, next moves. */
import type { Notice } from '../coach/coach.ts';
import type { Review, RiskLevel } from '../coach/schemas.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import type { Paint, Style } from './io.ts';
import { heading, indent, noticeLines, techniqueName } from './render-text.ts';

const RISK: Record<RiskLevel, { label: string; style: Style; verdict: string }> = {
  calm: { label: 'Calm', style: 'green', verdict: 'This reads well: nothing here is likely to hurt.' },
  tense: {
    label: 'Tense',
    style: 'yellow',
    verdict: 'This may come across as tense. A few changes would help it land.',
  },
  heated: {
    label: 'Heated',
    style: 'red',
    verdict: 'This is likely to start a fight. Consider a rewrite before you send it.',
  },
};

const CALM_WITH_FLAGS = 'Mostly calm, but a phrase below may sting.';

/** "Heated (0.82)": the level and score, as shown in the risk line. */
export function riskLabel(review: Pick<Review, 'risk'>): string {
  return `${RISK[review.risk.level].label} (${review.risk.score.toFixed(2)})`;
}

export interface ReviewRenderOptions {
  paint: Paint;
  techniques: TechniqueLibrary;
  notices?: Iterable<Notice>;
}

export function renderReview(
  review: Review,
  { paint, techniques, notices = [] }: ReviewRenderOptions,
): string {
  const risk = RISK[review.risk.level];
  const out: string[] = [
    `${paint(risk.style, '●')} ${paint('bold', riskLabel(review))}`,
    indent(review.risk.level === 'calm' && review.flags.length > 0 ? CALM_WITH_FLAGS : risk.verdict, 2),
  ];

  if (review.flags.length > 0) {
    out.push('', heading(paint, 'Phrases that may hurt'));
    review.flags.forEach((f, i) => {
      out.push(`  ${i + 1}. ${paint('yellow', `"${f.text}"`)} ${paint('dim', `(${f.kind})`)}`);
      out.push(indent(`Why: ${f.why}`, 5));
      if (f.suggestion) out.push(indent(`Instead: ${f.suggestion}`, 5));
    });
  }

  if (review.rewrites.length > 0) {
    out.push('', heading(paint, 'Rewrites'));
    review.rewrites.forEach((r, i) => {
      out.push(`  ${i + 1}. ${paint('cyan', techniqueName(r.technique, techniques))}`);
      out.push(indent(r.text, 5));
      if (r.why) out.push(indent(paint('dim', `Why: ${r.why}`), 5));
    });
  }

  if (review.cues.length > 0) {
    out.push('', heading(paint, 'Next moves'));
    for (const cue of review.cues) out.push(indent(`- ${cue}`, 2));
  }

  const notes = noticeLines(review.engine, review.language, notices);
  if (notes.length > 0) out.push('', ...notes.map((n) => paint('dim', n)));
  return `${out.join('\n')}\n`;
}
