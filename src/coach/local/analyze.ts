/**
 * The offline analyzer: language, flagged phrases with exact spans, risk, and the polite/hostile
 * signals the rest of the local engine builds on. Pure and deterministic.
 * (Stub: the real analyzer replaces this body; the exported shapes are the contract.)
 */
import type { Context, Flag, Risk } from '../schemas.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Counts of the cues that make a message read warmer or colder. */
export interface Signals {
  questions: number;
  softeners: number; // please, could you, would you mind, I think, maybe…
  gratitude: number;
  apology: number;
  sharedPurpose: number; // we, us, together, our goal…
  secondPerson: number; // you-statements
}

export interface Analysis {
  /** ISO 639-1 code, or "und" when unknown. */
  language: string;
  /** True for languages the offline engine fully supports (en, pl). */
  supported: boolean;
  /** Sorted by start; spans do not overlap; text === draft.slice(start, end). */
  flags: Flag[];
  risk: Risk;
  sentences: Sentence[];
  signals: Signals;
}

export interface AnalyzeOptions {
  context?: Context | null;
}

export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  return {
    language: 'en',
    supported: true,
    flags: [],
    risk: { level: 'calm', score: 0 },
    sentences: [{ start: 0, end: text.length, text }],
    signals: { questions: 0, softeners: 0, gratitude: 0, apology: 0, sharedPurpose: 0, secondPerson: 0 },
  };
}
