/**
 * Loads packs/<lang>/plans.yml once per language, validated with zod (see pack-schema.ts); a broken
 * pack fails loudly with the file and the problem. Cue patterns are compiled here, once.
 */
import { join } from 'node:path';
import { PackError, readYaml } from '../acts/load.ts';
import { PACKS_DIR } from '../packs.ts';
import type { PlanLanguage } from '../situation.ts';
import { PlansFile } from './pack-schema.ts';

export interface CompiledPlans extends PlansFile {
  /** Each cue list as one pattern: the cue, then the clause it starts (group "clause"). */
  patterns: Record<keyof PlansFile['cues'], RegExp>;
}

const CACHE = new Map<string, CompiledPlans>();

function compileCues(cues: readonly string[], file: string, name: string): RegExp {
  try {
    // The clause runs to the end of its sentence or to a comma that starts another clause.
    return new RegExp(
      `(?<whole>(?<![\\p{L}])(?:${cues.join('|')})(?![\\p{L}])\\s*(?<clause>[^.!?\\n;]*))`,
      'giu',
    );
  } catch (error) {
    throw new PackError(file, `cues.${name}: ${(error as Error).message}`);
  }
}

export function loadPlans(language: PlanLanguage, dir: string = join(PACKS_DIR, language)): CompiledPlans {
  const file = join(dir, 'plans.yml');
  const cached = CACHE.get(file);
  if (cached) return cached;
  const data = readYaml(file, PlansFile);
  const ids = new Set<string>();
  for (const topic of data.topics) {
    if (ids.has(topic.id)) throw new PackError(file, `topic "${topic.id}" appears twice`);
    ids.add(topic.id);
  }
  const patterns = {} as CompiledPlans['patterns'];
  for (const name of Object.keys(data.cues) as (keyof PlansFile['cues'])[]) {
    patterns[name] = compileCues(data.cues[name], file, name);
  }
  const compiled = { ...data, patterns };
  CACHE.set(file, compiled);
  return compiled;
}
