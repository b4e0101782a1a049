/** The technique list and one technique in full. */
import type { Technique } from '../coach/techniques.ts';
import type { Paint } from './io.ts';
import { indent } from './render-text.ts';

export function renderTechniqueList(techniques: readonly Technique[], paint: Paint): string {
  const blocks = techniques.map((t) =>
    [
      `${paint('cyan', t.id)}  ${paint('bold', t.name)}`,
      indent(t.summary, 2),
      indent(paint('dim', `When: ${t.when}`), 2),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\nShow one in full: parley techniques <id>\n`;
}

export function renderTechnique(t: Technique, paint: Paint): string {
  return `${[
    `${paint('bold', t.name)} ${paint('dim', `(${t.id})`)}`,
    '',
    t.summary,
    '',
    `${paint('bold', 'When')}: ${t.when}`,
    '',
    t.body,
  ].join('\n')}\n`;
}
