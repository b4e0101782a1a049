/** Shapes of the per-language plan content the offline engine assembles into a PrepPlan. */
import type { Context, Situation } from '../../schemas.ts';
import type { Figures } from './figures.ts';

/** The situation-specific part of a plan, written for one language. */
export interface PlanText {
  goal: string;
  /** What they are likely to say (the label of who says it is added by the assembler). */
  theirPosition: string;
  theirInterests: string[];
  commonGround: string[];
  concessions: string[];
  nonNegotiables: string[];
  /** The opening: a first sentence naming the topic, then the two halves of a contrast. */
  lead: string;
  /** What the user does NOT mean (a clause that fits "I'm not saying …" / "nie mówię, że …"). */
  not: string;
  /** What the user DOES mean (a clause that fits "I am saying …" / "mówię, że …"). */
  want: string;
  questionsToAsk: string[];
  options: string[];
  ifItHeatsUp: string[];
  followUp: string[];
  /** What Parley still needs to know; figures already given are not asked for again. */
  questions: string[];
}

export type PlanWriter = (figures: Figures) => PlanText;

/** Everything one language needs to write plans. */
export interface PlanLanguagePack {
  plans: Record<Situation, PlanWriter>;
  /** "The client", "Klient", … */
  who: Record<Context, string>;
  /** How to write "{who} may say: {position}". */
  position: (who: string, position: string) => string;
  /** One common-ground line per context (the relationship itself). */
  contextCommonGround: Record<Context, string>;
  /** How the relationship changes what to do when it heats up. */
  contextHeat: Record<Context, string>;
  /** The contrast when no technique phrasing with {not} and {want} is available. */
  contrastFallback: string;
  /** Take-a-break advice; {pause} is replaced with the take-a-break technique's pause phrasing. */
  takeABreak: string;
  pauseFallback: string;
  /** Wrapper for the make-it-safe reset line: {line}. */
  resetLine: string;
  /** Reminders that apply to every plan: negotiate never manipulate; go to the person directly. */
  principles: { honest: string; direct: string };
}

/** How to read and answer a message about one kind of situation, in one language. */
export interface ReadingText {
  /** A charitable reading of what the sender wants. */
  intent: string;
  /** The reply's first line: acknowledges their point, repeating the message's own figures. */
  ack: string;
  /** For a contrast: what the reply does NOT mean, and what it does. */
  not: string;
  want: string;
  /** A concrete next step the reply proposes. */
  offer: string;
  /** An open question about their interests. */
  ask: string;
  /** What an apology promises, when the technique's generic "working on the fix" would not fit. */
  fix?: string;
}

export type ReadingWriter = (figures: Figures) => ReadingText;

export interface ReadingLanguagePack {
  situations: Record<Situation, ReadingWriter>;
  /** Charitable readings of a harsh tone, by the kind of flag that shows it. */
  toneIntent: Partial<Record<FlagGroup, string>>;
  impact: { heated: string; tense: string; calm: string };
  /** The need behind a money demand that comes wrapped in a complaint. */
  complaintNeed: string;
  /** Needs that a harsh tone points to, by the kind of flag. */
  flagNeeds: Partial<Record<FlagGroup, string>>;
  /** Why each technique's reply should land better. */
  why: Record<string, string>;
  cues: {
    cool: string;
    askFirst: string;
    call: string;
    ultimatum: string;
    absolutes: string;
    calm: string;
    direct: string;
    fault: string;
  };
  quote: (phrases: string[]) => string;
}

/** Flag kinds grouped by what they say about the sender. */
export type FlagGroup = 'threat' | 'blame' | 'hostile' | 'pointed' | 'pressure';

/** What the practice counterpart can say in one situation, by move. */
export interface CounterpartLines {
  push: string[];
  object: string[];
  test: string[];
  soften: string[];
  agree: string[];
  /** An interest the counterpart lets slip when the user's turn lands well. */
  reveal: string[];
}

export type CounterpartWriter = (figures: Figures) => CounterpartLines;

export interface PracticeLanguagePack {
  lines: Record<Situation, CounterpartWriter>;
  /** Said before repeating the demand when the user's turn made things harder. */
  firmer: string[];
  /** The counterpart's answer when the user suggests a break. */
  pause: string[];
  /** Out-of-character coaching notes for heated turns; {quote} is the phrase that heated it. */
  asides: Record<FlagGroup | 'heated', string>;
  debrief: {
    techniqueNames: Record<string, string>;
    strengthNotes: Record<string, string>;
    tips: Record<string, string>;
    caving: string;
    cavingTip: string;
    slipTips: Partial<Record<FlagGroup, string>>;
    empty: string;
    emptyNext: string;
    summaryStrong: string;
    summaryMixed: string;
    summaryWeak: string;
    summarySlipsOnly: string;
  };
}
