/**
 * The model-facing shapes, derived from the coaching contract in src/coach/schemas.ts. The model
 * never chooses `engine` or `checked` (added after parsing: a model that answered has read the
 * text) and reports `language` as free text that is normalised afterwards. Flags carry only the
 * quoted phrase and a rough start: spans are recomputed, and `ruleId`/`count` are set in code
 * (the model names no rules).
 * Only JSON Schema keywords that OpenAI's strict mode accepts may appear (tested).
 * Prompt front matter names these by key (`output: Review`), so the registry is the only list.
 */
import { z } from 'zod';
import {
  Answer,
  Flag,
  PracticeFeedback,
  PracticeReply,
  PrepPlan,
  Reading,
  Review,
  Rewrite,
} from '../coach/schemas.ts';

const ModelLanguage = z.string().describe('ISO 639-1 code of the language you wrote in, e.g. "en" or "pl"');

export const ModelFlag = Flag.omit({ start: true, end: true, ruleId: true, count: true }).extend({
  text: z.string().describe('The exact phrase, copied character for character from the text'),
  start: z.number().int().nullable().describe('Approximate character offset of the phrase, or null'),
});

/** Strict mode rejects minLength, so the model-facing rewrite drops it; empty texts are filtered after. */
export const ModelRewrite = Rewrite.extend({
  technique: z.string().describe('A technique id from the list you were given'),
  text: z.string(),
});

export const ReviewModel = Review.omit({ engine: true, checked: true }).extend({
  language: ModelLanguage,
  flags: z.array(ModelFlag),
  rewrites: z.array(ModelRewrite),
});
export const ReadingModel = Reading.omit({ engine: true, checked: true }).extend({
  language: ModelLanguage,
  flags: z.array(ModelFlag),
  replies: z.array(ModelRewrite),
});
export const PrepPlanModel = PrepPlan.omit({ engine: true }).extend({ language: ModelLanguage });
export const PracticeReplyModel = PracticeReply.omit({ engine: true }).extend({ language: ModelLanguage });
export const PracticeFeedbackModel = PracticeFeedback.omit({ engine: true }).extend({
  language: ModelLanguage,
});

export const AnswerModel = Answer.omit({ engine: true }).extend({ language: ModelLanguage });

/** Output name (as written in prompt front matter) → the schema the model must answer with. */
export const OUTPUTS = {
  Review: ReviewModel,
  Reading: ReadingModel,
  PrepPlan: PrepPlanModel,
  PracticeReply: PracticeReplyModel,
  PracticeFeedback: PracticeFeedbackModel,
  Rewrite: ModelRewrite,
  Answer: AnswerModel,
} as const;

export type OutputName = keyof typeof OUTPUTS;
export type ModelOutput<N extends OutputName> = z.infer<(typeof OUTPUTS)[N]>;

export function isOutputName(name: string): name is OutputName {
  return Object.hasOwn(OUTPUTS, name);
}

/** "EN", "en-US", "Polish"… → a valid Language code, else `fallback`. */
export function normaliseLanguage(value: string, fallback: string): string {
  const code = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^([a-z]{2}|und)$/.test(code) ? code : fallback;
}
