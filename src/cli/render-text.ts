/** Small text helpers shared by the human renderers. */
import type { Notice } from '../coach/coach.ts';
import type { Engine } from '../coach/schemas.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import type { Paint } from './io.ts';
import { labelsFor } from './labels.ts';

export function heading(paint: Paint, text: string): string {
  return paint('bold', text);
}

/** Indent every line (multi-line rewrites and plans stay aligned). */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line))
    .join('\n');
}

/** The technique's display name; a model may name one we don't ship, so fall back to its id. */
export function techniqueName(id: string, techniques: TechniqueLibrary, language = 'en'): string {
  return techniques.nameIn(id, language);
}

/**
 * Quiet footnotes: who stood in for the model, and where the offline coach is only rough. A review
 * that says up front it could not check the language passes `rough: false`: no need to say it twice.
 */
export function noticeLines(
  engine: Engine,
  language: string,
  notices: Iterable<Notice>,
  { rough = true } = {},
): string[] {
  const labels = labelsFor(language);
  const lines = [...new Set(notices)].map((n) => labels.notice[n]);
  if (rough && engine === 'local' && language !== 'en' && language !== 'pl') lines.push(labels.roughLanguage);
  return lines;
}

/** With --json and --jsonl the output stays pure JSON, so notices go to stderr instead (in English). */
export function stderrNotices(notices: Iterable<Notice>): string[] {
  return [...new Set(notices)].map((n) => `parley: ${labelsFor('en').notice[n].replace(/^Note: /, '')}\n`);
}
