/**
 * The "Coach a draft" modal was submitted: check the fields, close the modal, and send the review
 * as a DM from Parley (a modal has no conversation to answer in).
 */
import { z } from 'zod';
import { Context, MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import {
  ACTION_CONTEXT,
  ACTION_DRAFT,
  ACTION_GOAL,
  BLOCK_CONTEXT,
  BLOCK_DRAFT,
  BLOCK_GOAL,
} from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { postDm } from '../support/dm.ts';
import { checkDraft } from '../support/draft.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { reviewDraft } from '../support/review.ts';
import type { ViewSubmissionArgs } from '../support/types.ts';

const TextValue = z.object({ value: z.string().nullish() }).partial();
const SelectValue = z.object({ selected_option: z.object({ value: z.string() }).nullish() }).partial();

/** The fields Parley reads from view.state.values; anything else in the payload is ignored. */
const DraftForm = z.object({
  [BLOCK_DRAFT]: z
    .object({ [ACTION_DRAFT]: TextValue.optional() })
    .partial()
    .optional(),
  [BLOCK_CONTEXT]: z
    .object({ [ACTION_CONTEXT]: SelectValue.optional() })
    .partial()
    .optional(),
  [BLOCK_GOAL]: z
    .object({ [ACTION_GOAL]: TextValue.optional() })
    .partial()
    .optional(),
});

export interface DraftFormValues {
  draft: string;
  context: Context | null;
  goal: string | null;
}

export function readDraftForm(values: unknown): DraftFormValues {
  const parsed = DraftForm.safeParse(values);
  const form = parsed.success ? parsed.data : {};
  const context = Context.safeParse(form[BLOCK_CONTEXT]?.[ACTION_CONTEXT]?.selected_option?.value);
  const goal = form[BLOCK_GOAL]?.[ACTION_GOAL]?.value?.trim();
  return {
    draft: form[BLOCK_DRAFT]?.[ACTION_DRAFT]?.value ?? '',
    context: context.success ? context.data : null,
    goal: goal ? goal : null,
  };
}

const FIELD_ERRORS = {
  empty: 'Paste the message you want me to check.',
  tooLong: `That is longer than I can check (${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters). Try the part that matters most.`,
};

export async function handleCoachDraftSubmission(
  args: ViewSubmissionArgs,
  deps: ListenerDeps,
): Promise<void> {
  const { body, view, client } = args;
  const user = body.user.id;
  const ids: FaultIds = { surface: 'view.coach_draft', team: body.team?.id ?? null, user };
  const form = readDraftForm(view.state.values);
  const check = checkDraft(form.draft);
  if (!check.ok) {
    await args.ack({
      response_action: 'errors',
      errors: { [BLOCK_DRAFT]: check.reason === 'empty' ? FIELD_ERRORS.empty : FIELD_ERRORS.tooLong },
    });
    return;
  }
  await args.ack();
  try {
    const { message } = await reviewDraft(deps, {
      user,
      draft: check.draft,
      context: form.context,
      goal: form.goal,
    });
    await postDm(client, user, message, { logger: deps.logger, ids });
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postDm(client, user, faultMessage(error)));
  }
}
