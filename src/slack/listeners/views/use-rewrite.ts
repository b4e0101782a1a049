/**
 * The "Use this" modal was submitted: post the text AS THE USER when Parley holds their user token
 * (Bolt puts it in context.userToken in distributed mode), to the conversation they were in or a
 * DM to the person they chose. Without one (single-workspace mode, or a token Slack refuses), the
 * text comes back to them by DM, ready to copy. Parley never posts it as the bot.
 */
import { z } from 'zod';
import { ACTION_USE_TEXT, ACTION_USE_TO, BLOCK_USE_TEXT, BLOCK_USE_TO } from '../../ids.ts';
import { restoreMentions } from '../../views/restore-mentions.ts';
import { buildCopyRewrite, buildPostedAsYou, type Destination } from '../../views/use-rewrite.ts';
import type { ListenerDeps } from '../deps.ts';
import { openDm, postDm } from '../support/dm.ts';
import { type FaultIds, faultFields, faultMessage, logFault, quietly } from '../support/fault.ts';
import type { ViewSubmissionArgs } from '../support/types.ts';
import { readUseOrigin } from '../support/use-origin.ts';

const UseForm = z.object({
  [BLOCK_USE_TEXT]: z
    .object({ [ACTION_USE_TEXT]: z.object({ value: z.string().nullish() }).partial().optional() })
    .partial()
    .optional(),
  [BLOCK_USE_TO]: z
    .object({ [ACTION_USE_TO]: z.object({ selected_user: z.string().nullish() }).partial().optional() })
    .partial()
    .optional(),
});

export function readUseForm(values: unknown): { text: string; to: string | null } {
  const parsed = UseForm.safeParse(values);
  const form = parsed.success ? parsed.data : {};
  return {
    text: form[BLOCK_USE_TEXT]?.[ACTION_USE_TEXT]?.value?.trim() ?? '',
    to: form[BLOCK_USE_TO]?.[ACTION_USE_TO]?.selected_user || null,
  };
}

export async function handleUseRewriteSubmission(
  args: ViewSubmissionArgs,
  deps: ListenerDeps,
): Promise<void> {
  const { body, view, client } = args;
  const user = body.user.id;
  const ids: FaultIds = { surface: 'view.use_rewrite', team: body.team?.id ?? null, user };
  const form = readUseForm(view.state.values);
  const origin = readUseOrigin(view.private_metadata);
  if (!form.text) {
    await args.ack({ response_action: 'errors', errors: { [BLOCK_USE_TEXT]: 'Write the message to send.' } });
    return;
  }
  const to: Destination | null = form.to
    ? { dmUser: form.to }
    : origin?.channel
      ? { channel: origin.channel, threadTs: origin.threadTs ?? null }
      : null;
  if (!to) {
    await args.ack({ response_action: 'errors', errors: { [BLOCK_USE_TO]: 'Choose who to send it to.' } });
    return;
  }
  await args.ack();
  try {
    const userToken = args.context.userToken;
    if (userToken && (await postedAsUser(args, deps, ids, userToken, to, form.text, origin))) {
      await postDm(client, user, buildPostedAsYou(to), { logger: deps.logger, ids });
      return;
    }
    await postDm(client, user, buildCopyRewrite(form.text, to), { logger: deps.logger, ids });
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postDm(client, user, faultMessage(error)));
  }
}

/** Post with the user's token; false when Slack refuses it (revoked, a missing scope), so the copy goes instead. */
async function postedAsUser(
  args: ViewSubmissionArgs,
  deps: ListenerDeps,
  ids: FaultIds,
  userToken: string,
  to: Destination,
  edited: string,
  origin: ReturnType<typeof readUseOrigin>,
): Promise<boolean> {
  // The modal showed mentions by name; the post gets the rewrite's real mentions back.
  const state = origin ? await deps.state.get(origin.stateId) : undefined;
  const original = state?.kind === 'review' ? (state.review.rewrites[origin?.index ?? -1]?.text ?? '') : '';
  const names = state?.kind === 'review' ? (state.view?.names ?? {}) : {};
  const text = restoreMentions(edited, original, names);
  try {
    // A DM as the user goes into their IM with that person (conversations.open, user scope im:write).
    const channel = 'dmUser' in to ? await openDm(args.client, to.dmUser, userToken) : to.channel;
    await args.client.chat.postMessage({
      token: userToken,
      channel,
      text,
      ...('channel' in to && to.threadTs ? { thread_ts: to.threadTs } : {}),
    });
    deps.logger.info('rewrite posted as the user', { ...ids, dm: 'dmUser' in to });
    return true;
  } catch (error) {
    deps.logger.warn('posting as the user was refused; sending the text to copy', faultFields(error, ids));
    return false;
  }
}
