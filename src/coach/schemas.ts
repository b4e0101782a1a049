/**
 * The coaching contract. Every engine (offline or model) returns these shapes and the Slack
 * layer and CLI render whatever comes back. Types are derived with z.infer, never restated.
 *
 * Model-facing rule (OpenAI strict structured output): use .nullable(), never .optional().
 */
import { z } from 'zod';

/** Who the message is for; tunes cues and tone. */
export const Context = z.enum(['client', 'peer', 'boss', 'report', 'team', 'vendor']);
export type Context = z.infer<typeof Context>;
export const CONTEXTS = Context.options;

export const Engine = z.enum(['local', 'openai']);
export type Engine = z.infer<typeof Engine>;
export const ENGINES = Engine.options;

/** ISO 639-1 code of the draft's language ("en", "pl", "de", …; "und" when unknown). */
export const Language = z.string().regex(/^([a-z]{2}|und)$/);
export type Language = z.infer<typeof Language>;

export const RiskLevel = z.enum(['calm', 'tense', 'heated']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const Risk = z.object({
  level: RiskLevel,
  /** 0 = reads calm and kind, 1 = very likely to start a fight. */
  score: z.number().min(0).max(1),
});
export type Risk = z.infer<typeof Risk>;

export const FlagKind = z.enum([
  'absolute', // "always", "never", "every single time"
  'blame', // you-statements judging the person
  'insult', // insult, contempt, profanity at someone
  'sarcasm',
  'threat', // threats and ultimatums
  'shouting', // CAPS, "!!!", "??"
  'passive-aggressive', // "per my last email", "as I already explained", …
  'non-apology', // "sorry if you felt…", "sorry, but…"
  'dismissive', // "whatever", "calm down"
  'escalation', // going over someone's head, "I'll tell your boss"
  'manipulation', // false urgency, guilt-tripping, extreme anchoring
  'demand', // bare orders with pressure: "fix it NOW", "no excuses"
]);
export type FlagKind = z.infer<typeof FlagKind>;
export const FLAG_KINDS = FlagKind.options;

export const Flag = z.object({
  /** Offsets into the draft (UTF-16 code units, like String#slice): text === draft.slice(start, end). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  kind: FlagKind,
  /** Why this phrase may hurt, in words a person understands. */
  why: z.string(),
  /** What to say instead, when there is a good generic alternative. */
  suggestion: z.string().nullable(),
  /**
   * The rule that produced the flag: "<lang>.<act>.<name>" for the offline packs (see RULES.md),
   * "<lang>.lexicon.<kind>.<name>" for the phrase lexicon (packs/<lang>/lexicon.yml), "model.<kind>" for the model engine.
   */
  ruleId: z.string().min(1),
  /** How many times the phrase occurs in the draft (one flag, its first occurrence's span). */
  count: z.number().int().min(1),
});
export type Flag = z.infer<typeof Flag>;

export const Rewrite = z.object({
  /** A technique id from prompts/techniques (contrasting, apology, shared-purpose, …). */
  technique: z.string().min(1),
  text: z.string().min(1),
  /** Why this version should land better. */
  why: z.string(),
});
export type Rewrite = z.infer<typeof Rewrite>;

/**
 * Whether the engine could really read the text: false when the offline engine met a language it
 * does not fully support (anything but English and Polish), so its risk is a guess from capitals
 * and punctuation. Every surface then says so instead of giving a verdict. The model engine sets
 * it in code (true when the model answered); the model is never asked for it.
 */
export const Checked = z.boolean();

export const Review = z.object({
  engine: Engine,
  language: Language,
  checked: Checked,
  risk: Risk,
  flags: z.array(Flag),
  rewrites: z.array(Rewrite),
  /** Concrete next moves (de-escalation cues), most important first. */
  cues: z.array(z.string()),
});
export type Review = z.infer<typeof Review>;

/** Tone variants of a rewrite ("Shorter", "Warmer", "More direct" buttons). */
export const Tone = z.enum(['shorter', 'warmer', 'direct']);
export type Tone = z.infer<typeof Tone>;

/** The kind of difficult conversation a preparation plan is for. */
export const Situation = z.enum([
  'discount', // discount or price pushback
  'overdue-invoice',
  'price-increase',
  'missed-deadline',
  'poor-work', // feedback on work that missed the mark
  'unresponsive-peer',
  'apology', // apology after a mistake or outage
  'escalation', // someone went (or wants to go) over someone's head
  'other',
]);
export type Situation = z.infer<typeof Situation>;
export const SITUATIONS = Situation.options;

export const PrepPlan = z.object({
  engine: Engine,
  language: Language,
  situation: Situation,
  /** What a good outcome looks like for the user. */
  goal: z.string(),
  /** What the other side is likely to say they want. */
  theirPosition: z.string(),
  /** Why they may want it: the interests behind the position. */
  theirInterests: z.array(z.string()),
  commonGround: z.array(z.string()),
  /** What the user could give; phrased as questions back to the user when unknown. */
  concessions: z.array(z.string()),
  /** What the user must hold; phrased as questions back to the user when unknown. */
  nonNegotiables: z.array(z.string()),
  /** An opening line that uses contrasting. */
  opening: z.string(),
  /** Open questions for active listening. */
  questionsToAsk: z.array(z.string()),
  /** Options for mutual gain. */
  options: z.array(z.string()),
  /** What to say if it heats up. */
  ifItHeatsUp: z.array(z.string()),
  /** When and how to take a break. */
  takeABreak: z.string(),
  followUp: z.array(z.string()),
  /** What Parley still needs to know to make the plan sharper. */
  questions: z.array(z.string()),
});
export type PrepPlan = z.infer<typeof PrepPlan>;

/** The plan fields, in reading order: what a DM question or a new detail can be about. */
export const PlanField = z.enum([
  'goal',
  'theirPosition',
  'theirInterests',
  'commonGround',
  'concessions',
  'nonNegotiables',
  'opening',
  'questionsToAsk',
  'options',
  'ifItHeatsUp',
  'takeABreak',
  'followUp',
  'questions',
]);
export type PlanField = z.infer<typeof PlanField>;
export const PLAN_FIELDS = PlanField.options;

/** What a question in a DM is about, as far as the offline router can tell. */
export const AnswerTopic = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), field: PlanField }),
  z.object({ kind: z.literal('technique'), id: z.string().min(1) }),
]);
export type AnswerTopic = z.infer<typeof AnswerTopic>;

/** An answer to a question asked in a DM conversation (about the plan, a technique, a practice run). */
export const Answer = z.object({
  engine: Engine,
  language: Language,
  /** Plain text; the renderer escapes it. */
  text: z.string(),
  /** Technique ids from prompts/techniques the answer leans on (may be empty). */
  techniques: z.array(z.string()),
});
export type Answer = z.infer<typeof Answer>;

/** A read of a message someone else sent: intent vs impact, their interests, reply options. */
export const Reading = z.object({
  engine: Engine,
  language: Language,
  checked: Checked,
  risk: Risk,
  flags: z.array(Flag),
  /** How the sender may have meant it (charitable reading). */
  intent: z.string(),
  /** How it may have landed. */
  impact: z.string(),
  /** What the sender may need: the interests behind their position. */
  needs: z.array(z.string()),
  /** 2–3 replies, each built with a named technique. */
  replies: z.array(Rewrite),
  cues: z.array(z.string()),
});
export type Reading = z.infer<typeof Reading>;

/** One turn of a practice conversation. "counterpart" is Parley playing the other side. */
export const PracticeTurnInput = z.object({
  role: z.enum(['user', 'counterpart']),
  text: z.string(),
});
export type PracticeTurnInput = z.infer<typeof PracticeTurnInput>;

/** How the counterpart moves next: the move comes from the situation, the stance from the user's turn. */
export const PracticeMove = z.enum(['push', 'object', 'test', 'soften', 'agree']);
export type PracticeMove = z.infer<typeof PracticeMove>;

export const PracticeReply = z.object({
  engine: Engine,
  language: Language,
  move: PracticeMove,
  /** How the user's last turn changed the counterpart's mood. */
  stance: z.enum(['harder', 'same', 'softer']),
  /** The counterpart's words, in character. */
  text: z.string(),
  /** A short aside from the coach, out of character (null when there is nothing to say). */
  aside: z.string().nullable(),
});
export type PracticeReply = z.infer<typeof PracticeReply>;

export const PracticeFeedback = z.object({
  engine: Engine,
  language: Language,
  summary: z.string(),
  /** Techniques the user used well, each with the technique id and a short quote or reason. */
  strengths: z.array(z.object({ technique: z.string(), note: z.string() })),
  /** Where the user slipped (absolutes, blame, caving on a non-negotiable, …). */
  slips: z.array(z.object({ kind: z.string(), note: z.string() })),
  /** What to try next time. */
  nextTime: z.array(z.string()),
});
export type PracticeFeedback = z.infer<typeof PracticeFeedback>;

/** Longest draft or situation Parley accepts (characters). */
export const MAX_DRAFT_CHARS = 8000;
