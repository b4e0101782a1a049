/** Small text helpers shared by the human renderers. */
import type { Notice } from '../coach/coach.ts';
import type { Engine } from '../coach/schemas.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import type { Paint } from './io.ts';

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
export function techniqueName(id: string, techniques: TechniqueLibrary): string {
  return techniques.has(id) ? techniques.get(id).name : id;
}

const NOTICE: Record<Notice, string> = {
  fallback: 'Note: the model engine was unavailable, so the offline coach answered.',
  'rate-limited': 'Note: you reached the model limit for now, so the offline coach answered.',
};

/** Quiet footnotes: who stood in for the model, and where the offline coach is only rough. */
export function noticeLines(engine: Engine, language: string, notices: Iterable<Notice>): string[] {
  const lines = [...new Set(notices)].map((n) => NOTICE[n]);
  if (engine === 'local' && language !== 'en' && language !== 'pl') {
    lines.push('Note: the offline coach fully supports English and Polish; for other languages it is rough.');
  }
  return lines;
}

/** With --json and --jsonl the output stays pure JSON, so notices go to stderr instead. */
export function stderrNotices(notices: Iterable<Notice>): string[] {
  return [...new Set(notices)].map((n) => `parley: ${NOTICE[n].replace(/^Note: /, '')}\n`);
}
