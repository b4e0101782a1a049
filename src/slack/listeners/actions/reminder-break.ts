/** "Take a 10-min break" on a reminder: a DM to whoever clicked, scheduled ten minutes out. */
import { COUNTER_BREAKS, REMINDER_BREAK_SECONDS } from '../../reminder-ids.ts';
import { buildBreakStarted } from '../../views/reminder.ts';
import { scheduleBreak } from '../commands/break.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleReminderBreak(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.reminder_break');
  if (!action) return;
  try {
    const postAt = Math.floor(deps.clock() / 1000) + REMINDER_BREAK_SECONDS;
    await scheduleBreak(args.client, action.user, postAt);
    await quietly(deps.logger, action.ids, () => deps.store.increment(COUNTER_BREAKS, action.user));
    await respondEphemeral(args.respond, buildBreakStarted(postAt, REMINDER_BREAK_SECONDS / 60), false);
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
