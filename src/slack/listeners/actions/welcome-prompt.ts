/**
 * A welcome example prompt was clicked: treat it as if the user had sent it. Parley cannot post as
 * the user, so the plan starts a new thread of its own, with the prompt (our fixed text, never the
 * user's) kept in the metadata as the seed of the situation.
 */
import { welcomePromptFor } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { postInThread } from '../support/conversation.ts';
import { openDm } from '../support/dm.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { preparePlan } from '../support/plan.ts';
import { EVENT_PLAN } from '../support/thread.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleWelcomePrompt(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.welcome_prompt');
  if (!action) return;
  const prompt = welcomePromptFor(action.value);
  if (!prompt) return;
  const { client } = args;
  let channel = action.channel;
  try {
    channel ??= await openDm(client, action.user);
    const { stateId, message } = await preparePlan(deps, action.user, prompt.message);
    await postInThread(client, channel, null, message, {
      event_type: EVENT_PLAN,
      event_payload: { state: stateId, seed: prompt.message },
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    const where = channel;
    if (where)
      await quietly(deps.logger, action.ids, () => postInThread(client, where, null, faultMessage(error)));
  }
}
