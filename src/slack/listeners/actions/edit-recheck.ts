/**
 * "Edit & recheck": the draft form, prefilled; its submission reviews the edited draft and puts the
 * new review where this one was (see views/coach-draft.ts).
 */

import { buildExpired } from '../../views/messages.ts';
import { buildCoachModal } from '../../views/modal.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { type DraftOrigin, encodeOrigin } from '../support/draft-origin.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { postedMessage } from '../support/replace.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleEditRecheck(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.edit_recheck');
  if (!action) return;
  try {
    const state = await deps.state.get(action.value);
    if (state?.kind !== 'review' || state.user !== action.user || !action.triggerId) {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    const responseUrl = (args.body as { response_url?: unknown }).response_url;
    const url = typeof responseUrl === 'string' && responseUrl !== '' ? responseUrl : null;
    const posted = postedMessage(args, action);
    const origin: DraftOrigin = {
      replace: posted ?? (url ? { responseUrl: url } : null),
      from: action.channel ? { channel: action.channel, responseUrl: url, threadTs: action.threadTs } : null,
      stateId: action.value,
    };
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: buildCoachModal({
        draft: state.draft,
        context: state.context,
        goal: state.goal,
        privateMetadata: encodeOrigin(origin),
      }),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
