/**
 * "Cancel" next to a pending break. The button carries only the scheduled message id; the DM
 * channel is looked up again for the clicking user, so nobody can cancel another person's break.
 */
import { buildBreakCancelled, buildBreakGone, buildBreakList } from '../../views/breaks.ts';
import { listBreaks } from '../commands/break.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { openDm } from '../support/dm.ts';
import { faultMessage, logFault, quietly, slackErrorCode } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';

const SCHEDULED_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function handleBreakCancel(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.break_cancel');
  if (!action || !SCHEDULED_ID.test(action.value)) return;
  const { client } = args;
  try {
    const channel = await openDm(client, action.user);
    try {
      await client.chat.deleteScheduledMessage({ channel, scheduled_message_id: action.value });
    } catch (error) {
      if (slackErrorCode(error) !== 'invalid_scheduled_message_id') throw error;
      await respondEphemeral(args.respond, buildBreakGone(), false);
      return;
    }
    deps.logger.info('break cancelled', { user: action.user });
    const remaining = await listBreaks(client, action.user);
    const cancelled = buildBreakCancelled();
    const list = buildBreakList(remaining);
    await respondEphemeral(
      args.respond,
      { text: `${cancelled.text} ${list.text}`, blocks: [...cancelled.blocks, ...list.blocks] },
      true,
    );
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
