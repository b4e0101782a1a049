/** `message` events: DMs with Parley go to the coach conversation, channel messages to the channel hook. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import type { MessageEventArgs } from '../support/types.ts';
import { handleChannelMessage } from './channel.ts';
import { handleDirectMessage } from './direct.ts';

export async function routeMessage(args: MessageEventArgs, deps: ListenerDeps): Promise<void> {
  const channelType = (args.event as { channel_type?: string }).channel_type;
  if (channelType === 'im') return handleDirectMessage(args, deps);
  if (channelType === 'channel' || channelType === 'group' || channelType === 'mpim') {
    return handleChannelMessage(args, deps);
  }
}

export function registerMessages(app: App, deps: ListenerDeps): void {
  app.event('message', (args) => routeMessage(args as MessageEventArgs, deps));
}
