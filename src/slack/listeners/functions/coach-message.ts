/**
 * The Workflow Builder step "Coach a message" (`functions.coach_message` in manifest.yml): a draft
 * in (and, optionally, who it is for), the risk level, the best rewrite and the top cue out, so a
 * team can put Parley in front of its own workflows (before an announcement is posted, say).
 * Bolt finishes the step with functions.completeSuccess or completeError, using the workflow
 * token the event carries. Nothing of the draft is logged or put in an error.
 */
import { z } from 'zod';
import { Context, MAX_DRAFT_CHARS, type Review } from '../../../coach/schemas.ts';
import { uiLanguage } from '../../views/blocks.ts';
import { REVIEW_LABELS } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { checkDraft } from '../support/draft.ts';
import { type FaultIds, logFault } from '../support/fault.ts';
import type { FunctionArgs } from '../support/types.ts';

/** The step's inputs as Workflow Builder sends them; both are plain strings (or absent). */
const StepInputs = z.object({
  draft: z.string().nullish(),
  recipient: z.string().nullish(),
});

export interface StepOutputs extends Record<string, string> {
  risk_level: Review['risk']['level'];
  best_rewrite: string;
  top_cue: string;
}

/** Error texts the workflow shows its builder: what to fix, never the draft. */
export const STEP_ERRORS = {
  empty: 'Parley needs a draft to coach: the "Draft" input of this step is empty.',
  tooLong: (length: number) =>
    `The draft is ${length.toLocaleString('en-US')} characters; Parley coaches up to ${MAX_DRAFT_CHARS.toLocaleString('en-US')}. Pass a shorter draft.`,
  recipient: `"Recipient" must be one of ${Context.options.join(', ')}, or left empty.`,
  failed: "Parley couldn't coach this draft just now. Run the step again in a moment.",
} as const;

/** A blank recipient means "not said"; anything else must be a kind Parley knows (any case). */
export function readRecipient(
  raw: string | null | undefined,
): { ok: true; context: Context | null } | { ok: false } {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return { ok: true, context: null };
  const parsed = Context.safeParse(value);
  return parsed.success ? { ok: true, context: parsed.data } : { ok: false };
}

/**
 * What the step hands to the next one: a calm draft with nothing to change keeps its own words as
 * the best rewrite, so a workflow can always post `best_rewrite`.
 */
export function stepOutputs(review: Review, draft: string): StepOutputs {
  const labels = REVIEW_LABELS[uiLanguage(review.language)];
  return {
    risk_level: review.risk.level,
    best_rewrite: review.rewrites[0]?.text ?? draft,
    top_cue: review.cues[0] ?? review.flags[0]?.why ?? labels.meaning[review.risk.level],
  };
}

export async function handleCoachMessageStep(args: FunctionArgs, deps: ListenerDeps): Promise<void> {
  const { complete, fail } = args;
  const ids: FaultIds = { surface: 'function.coach_message', team: args.context.teamId };
  const inputs = StepInputs.safeParse(args.inputs ?? {});
  const check = checkDraft(inputs.success ? inputs.data.draft : null);
  if (!check.ok) {
    await fail({ error: check.reason === 'empty' ? STEP_ERRORS.empty : STEP_ERRORS.tooLong(check.length) });
    return;
  }
  const recipient = readRecipient(inputs.success ? inputs.data.recipient : null);
  if (!recipient.ok) {
    await fail({ error: STEP_ERRORS.recipient });
    return;
  }
  let outputs: StepOutputs;
  try {
    const review = await deps.coach.review(check.draft, { context: recipient.context });
    outputs = stepOutputs(review, check.draft);
  } catch (error) {
    logFault(deps.logger, error, ids);
    await fail({ error: STEP_ERRORS.failed });
    return;
  }
  await complete({ outputs });
  deps.logger.info('workflow step coached', { surface: ids.surface, risk: outputs.risk_level });
}
