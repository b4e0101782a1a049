/**
 * Shapes of a language pack, checked with zod when the pack is loaded: an act rule, the word
 * lists the structure code reads, and the rewrite templates.
 */
import { z } from 'zod';
import { FlagKind } from '../../schemas.ts';

export const Act = z.enum([
  'greeting',
  'signoff',
  'thanks',
  'fact',
  'feeling',
  'request',
  'proposal',
  'apology',
  'reproach',
  'motive',
  'threat',
  'escalation',
  'manipulation',
  'sarcasm',
  'rhetorical',
  'dismissal',
  'non-apology',
]);
export type Act = z.infer<typeof Act>;

/** Acts that can hurt: they are flagged, raise risk, and are never carried into a rewrite. */
export const HOSTILE_ACTS: ReadonlySet<Act> = new Set([
  'reproach',
  'motive',
  'threat',
  'escalation',
  'manipulation',
  'sarcasm',
  'rhetorical',
  'dismissal',
  'non-apology',
]);

/** What the structure code can check around a cue (see acts/conditions.ts). */
export const Condition = z.enum([
  'addressed', // the sentence speaks to the reader: you / 2nd-person verb / Pan, Pani, Państwo / imperative
  'question',
  'complaint', // the sentence or a neighbour complains (a failure, a judgement, a repeat)
  'negative',
  'banter', // laughter in the draft: friendly mock insults
  'negated-eval', // "you're not lazy"
  'non-apology',
  'conditional', // a condition marker in the sentence (if, or, bo inaczej…)
  'mocking', // an intensifier or eye-roll that turns praise into mock praise
  'self', // the clause of the cue is about the writer ("nigdy nie widziałem", "I never saw")
]);
export type Condition = z.infer<typeof Condition>;

const Examples = z.object({
  match: z.array(z.string().min(1)).min(1),
  noMatch: z.array(z.string().min(1)).min(1),
});

export const ActRule = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z0-9-]*$/, 'id is "<act>.<name>", kebab-case'),
    act: Act,
    /** The flag kind a hostile act reports; null for acts that are never flagged. */
    kind: FlagKind.nullable(),
    patterns: z.array(z.string().min(1)).min(1),
    requires: z.array(Condition).default([]),
    unless: z.array(Condition).default([]),
    why: z.string().min(5),
    suggestion: z.string().nullable(),
    examples: Examples,
  })
  .strict()
  .refine((r) => HOSTILE_ACTS.has(r.act) === (r.kind !== null), {
    message: 'hostile acts need a flag kind, other acts must have kind: null',
  })
  .refine((r) => r.id.startsWith(`${r.act}.`), { message: 'the id starts with its act' });
export type ActRule = z.infer<typeof ActRule>;

export const ActsFile = z.object({ rules: z.array(ActRule).min(1) }).strict();

export const LIST_NAMES = [
  'you',
  'imperative',
  'me',
  'negEval',
  'absolute',
  'failure',
  'negation',
  'positive',
  'eyeRoll',
  'banter',
  'greeting',
  'signoff',
  'thanks',
  'urgency',
  'consequence',
  'authority',
  'escalateVerb',
  'condition',
  'mocking',
  'waiting',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const WordsFile = z
  .object({
    lists: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  })
  .strict()
  .refine((w) => LIST_NAMES.every((name) => name in w.lists), {
    message: `every pack defines the lists ${LIST_NAMES.join(', ')}`,
  });
export type WordsFile = z.infer<typeof WordsFile>;
