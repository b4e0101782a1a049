/**
 * "Not helpful" on a reminder: counted for the channel, and the channel becomes slightly less
 * sensitive (sensitivityOffset; the detector caps it so watching never goes deaf).
 */
import { MAX_SENSITIVITY_OFFSET } from '../../../coach/heat.ts';
import { COUNTER_NOT_HELPFUL, COUNTER_NOT_HELPFUL_VOTE, NOT_HELPFUL_STEP } from '../../reminder-ids.ts';
import { buildReminderAlreadyCounted, buildReminderThanks } from '../../views/reminder.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleReminderNotHelpful(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.reminder_not_helpful');
  if (!action?.channel) return;
  const { channel } = action;
  const messageTs = (args.body as { message?: { ts?: unknown } }).message?.ts;
  try {
    // One vote per person per reminder: a repeated click is told it was already counted.
    const vote = `${channel}:${typeof messageTs === 'string' ? messageTs : 'unknown'}:${action.user}`;
    const first = (await deps.store.increment(COUNTER_NOT_HELPFUL_VOTE, vote)) === 1;
    if (first) await deps.store.increment(COUNTER_NOT_HELPFUL, channel);
    const watch = first ? await deps.store.getWatch(channel) : null;
    if (watch) {
      const offset = Math.min(MAX_SENSITIVITY_OFFSET, watch.sensitivityOffset + NOT_HELPFUL_STEP);
      await deps.store.setWatch({ ...watch, sensitivityOffset: Math.round(offset * 100) / 100 });
    }
    deps.logger.info('reminder not helpful', { channel });
    await respondEphemeral(
      args.respond,
      first ? buildReminderThanks() : buildReminderAlreadyCounted(),
      false,
    );
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
