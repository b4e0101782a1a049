/**
 * The rewrite pack of a language (packs/<lang>/rewrites.yml): lines, goals, techniques with where
 * they fit, and Polish address forms. Validated with zod and loaded once per language.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { Context, Tone } from '../../schemas.ts';
import { readYaml } from '../acts/load.ts';
import { Act } from '../acts/schema.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';

const AskLines = z.object({
  you: z.string(),
  me: z.string(),
  us: z.string(),
  clause: z.string(),
  object: z.string(),
  terms: z.string(),
});
const AddressSlots = z.record(z.string(), z.string());

const Fit = z
  .object({
    base: z.number().default(0),
    context: z.number().default(0),
    price: z.number().default(0),
    fault: z.number().default(0),
    nonApology: z.number().default(0),
    heated: z.number().default(0),
    veryHeated: z.number().default(0),
    acts: z.partialRecord(Act, z.number()).default({}),
  })
  .strict();
export type Fit = z.infer<typeof Fit>;

const TechniqueLines = z
  .object({
    fit: Fit,
    open: z.string().min(1),
    openNoAsk: z.string().optional(),
    openImpact: z.string().optional(),
    openPrice: z.string().optional(),
    openAskFollows: z.string().optional(),
    body: z.string().optional(),
    close: z.string().min(1),
    why: z.string().min(10),
  })
  .strict();
export type TechniqueLines = z.infer<typeof TechniqueLines>;

export const RewritesFile = z
  .object({
    address: z.partialRecord(z.enum(['ty', 'wy', 'pan', 'pani', 'panstwo']), AddressSlots),
    lines: z
      .object({
        ask: AskLines,
        askNeed: AskLines,
        genericAsk: z.string(),
        explainAsk: z.string(),
        nextStep: z.string(),
        holdPosition: z.string(),
        disagree: z.string(),
        greetName: z.string().includes('{name}'),
        consequence: z.string().includes('{deadline}'),
        consequenceNoDate: z.string(),
        escalation: z.string(),
        escalationNamed: z.string().includes('{name}'),
        factsIntro: z.string(),
        thanks: z.string(),
        closeWarm: z.string(),
      })
      .strict(),
    orders: z
      .object({
        verbs: z.array(z.string()),
        pressure: z.array(z.string()),
        explain: z.array(z.string()),
        answer: z.string(),
        answerVerb: z.string(),
      })
      .strict(),
    /** Imperative → infinitive (Polish), so an order can be asked for: "Popraw" → "Czy możesz poprawić". */
    infinitives: z.record(z.string(), z.string()),
    goals: z.partialRecord(z.union([Context, z.enum(['default', 'user'])]), z.string()),
    techniques: z.record(z.string().regex(/^[a-z][a-z-]*$/), TechniqueLines),
    tones: z.record(Tone, z.string()),
  })
  .strict();
export type RewritesPack = z.infer<typeof RewritesFile>;

const CACHE = new Map<Lang, RewritesPack>();

export function rewritesFor(lang: Lang): RewritesPack {
  let pack = CACHE.get(lang);
  if (!pack) {
    pack = readYaml(join(PACKS_DIR, lang, 'rewrites.yml'), RewritesFile);
    CACHE.set(lang, pack);
  }
  return pack;
}
