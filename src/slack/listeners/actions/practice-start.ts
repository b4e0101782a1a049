/**
 * "Practice this conversation": Parley plays the other side and opens with their first line. On a
 * plan in a DM thread, the run happens in that thread; on a private /coach prep reply (no thread
 * to use), it starts as a new DM from Parley.
 */

import { buildExpired } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { fetchThread, setThreadStatus, THINKING_STATUS } from '../support/conversation.ts';
import { openDm, postDm } from '../support/dm.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { postPracticeTurn } from '../support/practice.ts';
import { respondEphemeral } from '../support/respond.ts';
import { situationText } from '../support/thread.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handlePracticeStart(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.practice_start');
  if (!action) return;
  const { client } = args;
  const planStateId = action.value && action.value !== '-' ? action.value : null;
  const cached = planStateId ? await deps.state.get(planStateId) : undefined;
  const planState = cached?.kind === 'plan' && cached.user === action.user ? cached : null;
  try {
    if (action.channel && action.threadTs) {
      const { channel, threadTs } = action;
      await setThreadStatus(client, deps.logger, action.ids, channel, threadTs, THINKING_STATUS);
      const { reading } = await fetchThread(client, channel, threadTs, args.context.botUserId ?? null);
      await postPracticeTurn(deps, client, {
        user: action.user,
        channel,
        threadTs,
        situation: situationText(reading) || planState?.situation || '',
        planStateId,
        turns: [],
        team: action.ids.team ?? null,
        ids: action.ids,
      });
      await setThreadStatus(client, deps.logger, action.ids, channel, threadTs, '');
      return;
    }
    if (!planState) return await respondEphemeral(args.respond, buildExpired(), false);
    const channel = await openDm(client, action.user);
    await postPracticeTurn(deps, client, {
      user: action.user,
      channel,
      threadTs: null,
      situation: planState.situation,
      planStateId,
      turns: [],
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, async () => {
      if (action.channel && action.threadTs) {
        await client.chat.postMessage({
          channel: action.channel,
          thread_ts: action.threadTs,
          ...faultMessage(error),
        });
      } else {
        await postDm(client, action.user, faultMessage(error));
      }
    });
  }
}
