/**
 * "Use this" beside a rewrite: a modal with the rewrite, editable, and where it goes (the
 * conversation the user was in, or a DM to a person). Its submission is views/use-rewrite.ts.
 */

import { parseUseRewriteValue } from '../../ids.ts';
import { buildExpired } from '../../views/messages.ts';
import { displaySlackText } from '../../views/slack-text.ts';
import { buildUseRewriteModal } from '../../views/use-rewrite.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';
import { encodeUseOrigin, postableOrigin } from '../support/use-origin.ts';

export async function handleUseRewrite(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.use_rewrite');
  if (!action) return;
  try {
    const ref = parseUseRewriteValue(action.value);
    const found = ref ? await deps.state.get(ref.stateId) : undefined;
    const state = found?.kind === 'review' && found.user === action.user ? found : undefined;
    const rewrite = ref && state ? state.review.rewrites[ref.index] : undefined;
    if (!ref || !state || !rewrite || !action.triggerId) {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    // Clicked in a conversation with people: there. In the DM with Parley: where the user acted,
    // which the review kept (unless that was this same DM).
    const kept = state.origin && state.origin.channel !== action.channel ? state.origin : null;
    const origin = postableOrigin(action.channel, action.threadTs) ?? kept;
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: buildUseRewriteModal({
        text: displaySlackText(rewrite.text, state.view?.names ?? {}),
        origin,
        privateMetadata: encodeUseOrigin({
          stateId: ref.stateId,
          index: ref.index,
          channel: origin?.channel ?? null,
          threadTs: origin?.threadTs ?? null,
        }),
      }),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
