/**
 * The thread-heat cues of a language (packs/<lang>/heat.yml): how a reply sits in a conversation,
 * beside what its sentences do (the acts). Validated with zod and compiled once, with the pack
 * dialect and its linear-time guard, so a cue costs one bounded pass over a sentence.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { assertLinear, compilePattern, END, expandBody, PatternError, START } from '../local/acts/dialect.ts';
import { PackError, packFor, readYaml } from '../local/acts/load.ts';
import { type Lang, PACKS_DIR } from '../local/packs.ts';

export const HeatCue = z.enum([
  'agree', // agreement or praise: mock agreement beside a 🙃, or a 🙂 after a disagreement
  'cold', // the whole message is a bare acknowledgement ("ok", "noted.")
  'defiance', // carrying on or refusing after being asked to stop
  'formula', // a polite formula that closes the talk ("Noted, thanks", "Przyjęłam do wiadomości")
  'sharp', // a command or warning that closes the discussion
  'reproach', // a reproach aimed at the reader that the acts may miss ("for once", verb endings)
  'careless', // carelessness or not caring, said of someone (third-person blame with a subject)
  'dismissal', // waving the other person off
  'meta', // talk about the exchange itself: the tone, an attack, name-calling
  'intervene', // a third person asks them to stop
  'concede', // taking the other's point: the thread cools
  'mock', // stock sarcasm: mock thanks, mock good wishes ("thanks for nothing")
]);
export type HeatCue = z.infer<typeof HeatCue>;

const HeatRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z0-9-]*$/, 'id is "<cue>.<name>", kebab-case'),
    cue: HeatCue,
    patterns: z.array(z.string().min(1)).min(1),
    examples: z.object({
      match: z.array(z.string().min(1)).min(1),
      noMatch: z.array(z.string().min(1)).min(1),
    }),
  })
  .strict()
  .refine((r) => r.id.startsWith(`${r.cue}.`), { message: 'the id starts with its cue' });

const HeatFile = z
  .object({
    lists: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
    rules: z.array(HeatRule).min(1),
  })
  .strict()
  .refine((f) => 'he' in f.lists, { message: 'every heat pack defines the list he (third-person subjects)' });

export interface CompiledHeatRule {
  id: string;
  cue: HeatCue;
  patterns: RegExp[];
  examples: { match: string[]; noMatch: string[] };
}

export interface HeatPack {
  lang: Lang;
  rules: CompiledHeatRule[];
  /** Third-person subjects ("he", "on", "niech on"). */
  he: RegExp;
}

export function loadHeatPack(lang: Lang, dir: string = join(PACKS_DIR, lang)): HeatPack {
  const file = join(dir, 'heat.yml');
  const heat = readYaml(file, HeatFile);
  // The heat pack may name the act pack's lists ({positive}, {absolute}…) beside its own.
  const lists = { ...packFor(lang).raw, ...heat.lists };
  const ids = new Set<string>();
  try {
    for (const [name, words] of Object.entries(heat.lists))
      for (const w of words) assertLinear(w, `list ${name}`);
    const rules = heat.rules.map((r) => {
      if (ids.has(r.id)) throw new PatternError(`duplicate rule id ${r.id}`);
      ids.add(r.id);
      const id = `${lang}.heat.${r.id}`;
      return {
        id,
        cue: r.cue,
        patterns: r.patterns.map((p, i) => compilePattern(p, lists, `${id} pattern ${i + 1}`)),
        examples: r.examples,
      };
    });
    const he = new RegExp(`${START}(?:${expandBody('{he}', lists)})${END}`, 'u');
    return { lang, rules, he };
  } catch (error) {
    if (error instanceof PatternError) throw new PackError(file, error.message);
    throw error;
  }
}

const CACHE = new Map<Lang, HeatPack>();

/** The compiled heat pack of a language, loaded on its first message. */
export function heatPackFor(lang: Lang): HeatPack {
  let pack = CACHE.get(lang);
  if (!pack) {
    pack = loadHeatPack(lang);
    CACHE.set(lang, pack);
  }
  return pack;
}

/** The cues a lower-cased sentence (or, for `cold`, a whole message) carries. */
export function cuesIn(pack: HeatPack, lower: string, only?: HeatCue): Set<HeatCue> {
  const out = new Set<HeatCue>();
  for (const rule of pack.rules) {
    if (only ? rule.cue !== only : rule.cue === 'cold') continue;
    if (out.has(rule.cue)) continue;
    if (rule.patterns.some((re) => re.test(lower))) out.add(rule.cue);
  }
  return out;
}
