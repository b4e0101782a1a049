/**
 * Shapes of the preparation-plan packs (packs/<lang>/plans.yml), checked with zod at load: who the
 * other side can be, the cues that find what the user wants, risks and can offer, the situations
 * the built-in plan library does not cover (each with examples that must and must not match), and
 * the templates a plan is built from when no situation fits.
 */
import { z } from 'zod';
import { Context, Situation } from '../../schemas.ts';

/**
 * A piece of plan text: a plain template, or one used only when a slot is known
 * ({ if: want, say: "…{want}…", else: "…" }). Slots are {who}, {want}, {about}, {stake}, …
 */
export type Text = string | { if: string; say: string; else?: Text };
export const Text: z.ZodType<Text> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z.object({ if: z.string().min(1), say: z.string().min(1), else: Text.optional() }).strict(),
  ]),
);

const Texts = z.array(Text).min(1);

/** Every field of a plan, as templates. */
export const PlanTemplate = z
  .object({
    goal: Text,
    theirPosition: Text,
    theirInterests: Texts,
    commonGround: Texts,
    concessions: Texts,
    nonNegotiables: Texts,
    lead: Text,
    not: Text,
    want: Text,
    questionsToAsk: Texts,
    options: Texts,
    ifItHeatsUp: Texts,
    followUp: Texts,
    questions: z.array(Text),
  })
  .strict();
export type PlanTemplate = z.infer<typeof PlanTemplate>;

/** Stems matched at a word start, lower case ("podwyżk" matches "podwyżkę"). */
const Stems = z.array(z.string().min(2)).min(1);

/** Who the other side is: how the text names them, and how a plan names them back. */
export const Person = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    /** A grammatical variant (a woman's form in Polish) of the person with this id. */
    variantOf: z.string().optional(),
    stems: Stems,
    /** How a plan names them: "your landlord", "sąsiad". */
    name: z.string().min(1),
    /** "with your landlord", "z sąsiadem" (Polish needs the instrumental). */
    with: z.string().min(1),
    /** The work relationship, when there is one; null for a landlord or a neighbour. */
    context: Context.nullable(),
    /** What this person usually cares about, and what the two of you share. */
    interests: z.array(z.string().min(1)),
    commonGround: z.array(z.string().min(1)),
  })
  .strict();
export type Person = z.infer<typeof Person>;

/** A situation the built-in plan library lacks, recognised when every group of stems has a hit. */
export const Topic = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    /** The kind of conversation it is reported as (the PrepPlan's situation). */
    situation: Situation,
    /** Who the other side usually is, when neither the user nor the text says. */
    context: Context,
    all: z.array(Stems).min(1),
    none: z.array(z.string().min(2)).default([]),
    plan: PlanTemplate,
    examples: z
      .object({ match: z.array(z.string().min(1)).min(1), noMatch: z.array(z.string().min(1)).min(1) })
      .strict(),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

/** A cue that starts the clause worth quoting back ("I want to …", "chcę …"): JS regex source, case-insensitive. */
const Cues = z.array(z.string().min(2)).min(1);

export const PlansFile = z
  .object({
    /** How a plan names the other side when the text does not say. */
    /** Words that make a price rise someone else's (the rent), not one the user tells a client about. */
    notOurPrice: z.array(z.string().min(2)),
    someone: z.object({ name: z.string().min(1), with: z.string().min(1) }).strict(),
    people: z.array(Person).min(1),
    cues: z
      .object({
        want: Cues,
        /** "talk to X about …": the subject of the conversation. */
        about: Cues,
        stake: Cues,
        offer: Cues,
        /** Clauses that describe the conversation itself ("I need to talk to…"), not what the user wants. */
        notWant: Cues,
      })
      .strict(),
    topics: z.array(Topic),
    /** The plan for a situation nothing else fits, built from what the user wrote. */
    built: PlanTemplate,
  })
  .strict();
export type PlansFile = z.infer<typeof PlansFile>;
