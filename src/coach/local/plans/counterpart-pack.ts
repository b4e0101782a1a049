/**
 * Loads packs/<lang>/counterpart.yml once per language, validated with zod: what the practice
 * counterpart says to an ultimatum and how the debrief names each turn's threats, reproaches and
 * concessions. Each file's examples (a threat, a reproach, a concession, a trade) are checked by
 * tests against the acts that practice.ts reads.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../acts/load.ts';
import { PACKS_DIR } from '../packs.ts';
import type { PlanLanguage } from '../situation.ts';

const Line = z.string().min(1);
const Examples = z.array(Line).min(1);

export const CounterpartFile = z
  .object({
    ultimatum: z.array(Line).min(1),
    aside: Line,
    debrief: z
      .object({
        threat: Line,
        reproach: Line,
        other: Line,
        caving: Line,
        concession: Line,
        trade: Line,
        concessionTip: Line,
      })
      .strict(),
    examples: z
      .object({ threat: Examples, reproach: Examples, concession: Examples, trade: Examples })
      .strict(),
  })
  .strict();
export type CounterpartFile = z.infer<typeof CounterpartFile>;

const CACHE = new Map<string, CounterpartFile>();

export function loadCounterpart(
  language: PlanLanguage,
  dir: string = join(PACKS_DIR, language),
): CounterpartFile {
  const file = join(dir, 'counterpart.yml');
  const cached = CACHE.get(file) ?? readYaml(file, CounterpartFile);
  CACHE.set(file, cached);
  return cached;
}
