/**
 * Technique phrasing for the offline engine: picks a line from a technique file (prompts/techniques)
 * by role and language, so plans, replies and practice feedback speak with the same voice as the
 * technique library. Returns null when the technique or role is missing, so callers can fall back.
 */
import type { TechniqueLibrary } from '../../techniques.ts';
import type { PlanLanguage } from '../situation.ts';
import { pick } from '../situation.ts';

const PLACEHOLDER = /\{[a-z]+\}/;

/** A phrase of `role` from technique `id`, chosen by `seed`; lines with placeholders only if `fill` covers them. */
export function techniquePhrase(
  techniques: TechniqueLibrary,
  id: string,
  language: PlanLanguage,
  role: string,
  seed = 0,
  fill: Record<string, string> = {},
): string | null {
  if (!techniques.has(id)) return null;
  const filled = techniques
    .get(id)
    .phrasing[language].filter((p) => p.role === role)
    .map((p) => p.text.replace(/\{([a-z]+)\}/g, (whole, key: string) => fill[key] ?? whole))
    .filter((text) => !PLACEHOLDER.test(text));
  return filled.length > 0 ? pick(filled, seed) : null;
}

/** Replace {key} placeholders in one of Parley's own templates. */
export function fillTemplate(template: string, fill: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, key: string) => fill[key] ?? whole);
}
