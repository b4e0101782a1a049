/** "End practice": feedback on the user's turns, posted in the practice thread. */
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { fetchThread, setThreadStatus, THINKING_STATUS } from '../support/conversation.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { cachedSituation, postPracticeFeedback } from '../support/practice.ts';
import { situationText } from '../support/thread.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handlePracticeEnd(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.practice_end');
  if (!action?.channel || !action.threadTs) return;
  const { client } = args;
  const { channel, threadTs } = action;
  try {
    await setThreadStatus(client, deps.logger, action.ids, channel, threadTs, THINKING_STATUS);
    const { reading } = await fetchThread(client, channel, threadTs, args.context.botUserId ?? null);
    const planStateId = reading.planStateId;
    await postPracticeFeedback(deps, client, {
      user: action.user,
      channel,
      threadTs,
      situation: situationText(reading) || (await cachedSituation(deps, planStateId, action.user)),
      planStateId,
      turns: reading.practiceTurns,
    });
    await setThreadStatus(client, deps.logger, action.ids, channel, threadTs, '');
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () =>
      client.chat.postMessage({ channel, thread_ts: threadTs, ...faultMessage(error) }),
    );
  }
}
