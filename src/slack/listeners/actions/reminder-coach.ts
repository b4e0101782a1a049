/** "Coach my reply" on a reminder: the draft form, so the reply can be checked before it is sent. */
import { buildCoachModal } from '../../views/modal.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { preferencesFor } from '../support/coach-options.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleReminderCoach(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.reminder_coach');
  if (!action?.triggerId) return;
  try {
    const preferences = await preferencesFor(deps, action.user);
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: buildCoachModal({ context: preferences.context }),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
