/** Read a message someone else sent: intent vs impact, needs, reply options. (Stub.) */
import type { CoachOptions } from '../coach.ts';
import type { Reading } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyze } from './analyze.ts';

export function readMessage(message: string, options: CoachOptions, _techniques: TechniqueLibrary): Reading {
  const analysis = analyze(message, { context: options.context ?? null });
  return {
    engine: 'local',
    language: analysis.language,
    risk: analysis.risk,
    flags: analysis.flags,
    intent: '',
    impact: '',
    needs: [],
    replies: [],
    cues: [],
  };
}
