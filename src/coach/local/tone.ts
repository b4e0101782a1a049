/** Tone variants of a rewrite: shorter, warmer, more direct. (Stub.) */
import type { CoachOptions } from '../coach.ts';
import type { Rewrite, Tone } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';

export function retoneRewrite(
  _draft: string,
  rewrite: Rewrite,
  _tone: Tone,
  _options: CoachOptions,
  _techniques: TechniqueLibrary,
): Rewrite {
  return rewrite;
}
