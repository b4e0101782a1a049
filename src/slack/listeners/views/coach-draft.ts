/**
 * The "Coach a draft" modal was submitted: check the fields, close the modal, and put the review
 * where it belongs. From Edit & recheck it replaces the review it came from; otherwise (or when
 * that review can no longer be replaced) it goes to the DM with Parley, quoting the draft, and an
 * ephemeral line where the form was opened says so.
 */

import type { WebClient } from '@slack/web-api';
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
import type { SlackMessage } from '../../views/blocks.ts';
import type { ListenerDeps } from '../deps.ts';
import { postDm } from '../support/dm.ts';
import { checkDraft } from '../support/draft.ts';
import { type DraftOrigin, readOrigin } from '../support/draft-origin.ts';
import { type FaultIds, faultFields, faultMessage, logFault, quietly } from '../support/fault.ts';
import { postToResponseUrl } from '../support/response-url.ts';
import { renderReview, reviewDraft } from '../support/review.ts';
import type { ViewSubmissionArgs } from '../support/types.ts';
import { noteWhereActed } from '../support/where-acted.ts';

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
  const origin = readOrigin(view.private_metadata);
  try {
    // The review this one replaces keeps its way of showing mentions and its quote.
    const prior = origin.stateId ? await deps.state.get(origin.stateId) : undefined;
    const before = prior?.kind === 'review' && prior.user === user ? prior.view : undefined;
    // Where the user acted: the one the replaced review kept (it may itself be in the DM), else where the form was opened.
    const kept = prior?.kind === 'review' && prior.user === user ? prior.origin : undefined;
    const from = origin.from
      ? { channel: origin.from.channel, threadTs: origin.from.threadTs ?? null }
      : null;
    const result = await reviewDraft(deps, {
      user,
      draft: check.draft,
      context: form.context,
      goal: form.goal,
      view: { quoted: before ? before.quoted : true, names: before?.names },
      origin: kept ?? from,
    });
    if (origin.replace && (await replaced(client, origin.replace, result.message, deps, ids))) return;
    // By DM, a review always says which draft it is about.
    const state = { ...result.state, view: { ...result.state.view, quoted: true } };
    await deps.state.set(result.stateId, state);
    const sent = await postDm(client, user, renderReview(deps, result.stateId, state), {
      logger: deps.logger,
      ids,
    });
    await noteWhereActed(
      client,
      deps,
      { user, channel: origin.from?.channel ?? null, responseUrl: origin.from?.responseUrl ?? null },
      { kind: 'review', dm: sent.channel },
      ids,
    );
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postDm(client, user, faultMessage(error)));
  }
}

/** Put the new review in the old one's place; false when Slack refused (it then goes by DM). */
async function replaced(
  client: WebClient,
  target: NonNullable<DraftOrigin['replace']>,
  message: SlackMessage,
  deps: ListenerDeps,
  ids: FaultIds,
): Promise<boolean> {
  try {
    if ('responseUrl' in target)
      await postToResponseUrl(target.responseUrl, message, { replaceOriginal: true });
    else
      await client.chat.update({
        channel: target.channel,
        ts: target.ts,
        text: message.text,
        blocks: message.blocks,
      });
    return true;
  } catch (error) {
    deps.logger.warn('review could not be replaced; sending it by DM', faultFields(error, ids));
    return false;
  }
}
