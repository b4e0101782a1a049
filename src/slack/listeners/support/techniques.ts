/** The technique list as the builders want it, and the boundary check for a chosen technique. */
import { z } from 'zod';
import type { TechniqueLibrary } from '../../../coach/techniques.ts';
import { parseTechniqueValue } from '../../ids.ts';
import type { TechniqueRef } from '../../views/review.ts';

export function techniqueRefs(techniques: TechniqueLibrary): TechniqueRef[] {
  return techniques.all.map((t) => ({ id: t.id, name: t.name, namePl: t.name_pl }));
}

/** A "Try another technique" value as Slack sends it back: `stateId:techniqueId`. */
function techniqueChoice(techniques: TechniqueLibrary) {
  return z.object({
    stateId: z.string().min(1).max(200),
    technique: z.string().refine((id) => techniques.has(id), 'unknown technique'),
  });
}

export type TechniqueChoice =
  | { ok: true; stateId: string; technique: string }
  /** "malformed": not a value Parley builds; "unknown-technique": well formed, but no such technique. */
  | { ok: false; problem: 'malformed' | 'unknown-technique' };

/**
 * The boundary for "Try another technique": only ids from prompts/techniques reach the coach.
 * The value comes from the user's client, so it may name a technique Parley no longer has (or
 * never had); the caller answers that kindly instead of guessing.
 */
export function readTechniqueChoice(value: string, techniques: TechniqueLibrary): TechniqueChoice {
  const parsed = techniqueChoice(techniques).safeParse(parseTechniqueValue(value));
  if (parsed.success) return { ok: true, ...parsed.data };
  const unknown = parsed.error.issues.every((issue) => issue.path[0] === 'technique');
  return { ok: false, problem: unknown ? 'unknown-technique' : 'malformed' };
}
