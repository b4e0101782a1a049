/**
 * `app_home_opened`. Home tab: publish techniques and preferences. Messages tab: a welcome, once.
 * "Once" is kept simple: a user is welcomed only if this process has not welcomed them yet AND
 * the DM has no messages at all (conversations.history), so restarts never repeat it in an
 * existing conversation and nothing about users is persisted.
 */
import { buildWelcome } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { preferencesFor } from '../support/coach-options.ts';
import { type FaultIds, logFault } from '../support/fault.ts';
import { postingFor, publishHome } from '../support/home.ts';
import type { AppHomeOpenedArgs } from '../support/types.ts';

export async function handleAppHomeOpened(args: AppHomeOpenedArgs, deps: ListenerDeps): Promise<void> {
  const { event, client } = args;
  const ids: FaultIds = {
    surface: `event.app_home_opened.${event.tab}`,
    user: event.user,
    channel: event.channel,
  };
  try {
    if (event.tab === 'home') {
      const preferences = await preferencesFor(deps, event.user);
      await publishHome(client, deps, event.user, preferences, {
        team: args.context.teamId ?? null,
        posting: postingFor(deps, args.context.userToken),
      });
      return;
    }
    if (event.tab !== 'messages' || !event.channel || deps.welcomed.has(event.user)) return;
    deps.welcomed.add(event.user);
    const history = await client.conversations.history({ channel: event.channel, limit: 1 });
    if ((history.messages ?? []).length > 0) return;
    await client.chat.postMessage({ channel: event.channel, ...buildWelcome() });
  } catch (error) {
    logFault(deps.logger, error, ids);
  }
}
