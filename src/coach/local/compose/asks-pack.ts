/**
 * The ask pack of a language (packs/<lang>/asks.yml): what a reproach wants instead ("miss the
 * deadlines" → meet the deadlines, "nie odpisałeś" → odpisać), the impact a feeling states
 * ("sick of covering for you" → I've been covering the gaps…), and the lines that restate facts
 * of hostile sentences. Knowledge only; the grammar that applies it is in reproach.ts.
 * Validated with zod and loaded once per language.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../acts/load.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';

const Example = z.object({ draft: z.string().min(3), ask: z.string().min(2) }).strict();

/** A reproach verb: its written forms, and what the writer wants instead. */
const Turn = z
  .object({
    forms: z.array(z.string().min(2)).min(1),
    /** The wanted behaviour's verb ("meet", "reply to"). */
    wanted: z.string().min(2),
    /** A better verb for some objects ("forget the invoice" → send the invoice): pattern → verb. */
    byObject: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** A whole reproach shape with a fixed ask ("you're always late" → be on time). */
const Fixed = z.object({ pattern: z.string().min(3), ask: z.string().min(2) }).strict();

const Impact = z.object({ pattern: z.string().min(3), line: z.string().min(10) }).strict();

export const AsksFile = z
  .object({
    /** Reproach verbs whose opposite is the ask. */
    turns: z.record(z.string().regex(/^[a-z-]+$/), Turn),
    /** Negated reproaches ("you never reply", "nie odpisałeś") keep the verb: it is the ask. */
    fixed: z.array(Fixed),
    /** Done without telling anyone: the ask is to be told first. */
    unannounced: z.object({ pattern: z.string(), ask: z.string() }).strict(),
    impacts: z.array(Impact),
    /** Restating facts of a hostile sentence in a neutral one. */
    restate: z
      .object({
        repeatTime: z.string().includes('{x}'),
        repeat: z.string().includes('{x}'),
        when: z.string().includes('{x}'),
        other: z.string().includes('{x}'),
        and: z.string().min(1),
      })
      .strict(),
    examples: z.array(Example).min(1),
  })
  .strict();
export type AsksPack = z.infer<typeof AsksFile>;

const CACHE = new Map<Lang, AsksPack>();

export function asksFor(lang: Lang): AsksPack {
  let pack = CACHE.get(lang);
  if (!pack) {
    pack = readYaml(join(PACKS_DIR, lang, 'asks.yml'), AsksFile);
    CACHE.set(lang, pack);
  }
  return pack;
}
