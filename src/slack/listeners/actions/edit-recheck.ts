/** "Edit & recheck": the draft form, prefilled; its submission reviews the edited draft. */

import { buildExpired } from '../../views/messages.ts';
import { buildCoachModal } from '../../views/modal.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
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
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: buildCoachModal({ draft: state.draft, context: state.context, goal: state.goal }),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
