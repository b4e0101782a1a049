/**
 * Shapes of a language lexicon, as lexicon/load.ts reads it from packs/<lang>/lexicon.yml. Patterns are regex sources in a small dialect (see `compile.ts`):
 * a plain space means "one or more spaces", `'` also matches the curly apostrophe, and words are
 * wrapped in Unicode-aware boundaries. Patterns must not contain capturing groups: use `(?:…)`.
 */
import type { FlagKind } from '../../schemas.ts';

export interface PhraseRule {
  /** "<kind>.<name>", unique in its lexicon; a flag reports it as "<lang>.lexicon.<id>". */
  id: string;
  kind: FlagKind;
  pattern: string;
  /** Overrides the lexicon's default reason for this kind. */
  why?: string;
  /** Overrides the lexicon's default suggestion for this kind. */
  suggestion?: string | null;
  /** Only flag when the same draft also has hostile or complaining words (sarcasm needs a target). */
  needsHostile?: boolean;
  /** Drafts the pattern must and must not match (tests/coach/local/v2/packs.test.ts runs them). */
  examples: { match: string[]; noMatch: string[] };
}

/** Which signal a cue counts towards (see `Signals` in analyze.ts). */
export type SignalName = 'softeners' | 'gratitude' | 'apology' | 'sharedPurpose' | 'secondPerson';

/** A politeness or hostility cue: raises (weight > 0) or lowers (weight < 0) the risk logit. */
export interface Cue {
  pattern: string;
  weight: number;
  signal?: SignalName;
}

export interface KindText {
  why: string;
  suggestion: string | null;
}

export interface Lexicon {
  rules: PhraseRule[];
  cues: Cue[];
  /** Words that make a friendly phrase ("thanks a lot", "brawo") read as sarcastic. */
  hostile: string;
  /** Reasons and suggestions per kind, in the lexicon's language. */
  kinds: Record<FlagKind, KindText>;
  /** Words that are emphasis when written in capitals ("NOW", "NEVER", "NIE"), never acronyms. */
  shoutWords: string[];
}
