/**
 * Shape of a phrase lexicon file (packs/<lang>/lexicon.yml), checked with zod when it is loaded.
 * Patterns are in the lexicon dialect (see analysis/compile.ts) and may name fragments from the
 * file's `defs` as `{NAME}`; the loader expands them (lexicon/load.ts).
 */
import { z } from 'zod';
import { FlagKind } from '../../schemas.ts';

/** A fragment name: upper case, so it never reads as a quantifier (`{2,4}`) or a word list (`{you}`). */
export const DEF_NAME = /^[A-Z][A-Z0-9_]*$/;

const text = z.string().min(1);

/**
 * Every rule shows at least one text it matches; the near misses it must not match are written
 * where a rule has a telling one (the acts' rules require both lists).
 */
const Examples = z
  .object({
    match: z.array(text).min(1),
    noMatch: z.array(text).default([]),
  })
  .strict();

export const LexiconRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z0-9-]*$/, 'id is "<kind>.<name>", kebab-case'),
    kind: FlagKind,
    pattern: text,
    why: z.string().min(5).optional(),
    suggestion: z.string().min(5).nullable().optional(),
    needsHostile: z.boolean().optional(),
    examples: Examples,
  })
  .strict()
  .refine((r) => r.id.startsWith(`${r.kind}.`), { message: 'the id starts with its kind' });
export type LexiconRule = z.infer<typeof LexiconRule>;

export const SignalName = z.enum(['softeners', 'gratitude', 'apology', 'sharedPurpose', 'secondPerson']);

export const LexiconCue = z
  .object({
    pattern: text,
    weight: z.number().refine((w) => w !== 0, 'a cue with weight 0 does nothing'),
    signal: SignalName.optional(),
  })
  .strict();

const KindText = z.object({ why: z.string().min(5), suggestion: z.string().min(5).nullable() }).strict();

export const LexiconFile = z
  .object({
    defs: z
      .record(z.string().regex(DEF_NAME, 'a fragment name is upper case: YOU, BOSS, THOU_WORD'), text)
      .default({}),
    /** Every flag kind needs its reason and suggestion in every language. */
    kinds: z.record(FlagKind, KindText),
    rules: z.array(LexiconRule).min(1),
    hostile: text,
    shoutWords: z.array(z.string().regex(/^\p{Lu}+$/u, 'a shout word is written in capitals')).min(1),
    cues: z.array(LexiconCue).min(1),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFile>;
