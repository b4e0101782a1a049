/**
 * Messages in channels and group DMs Parley is in. The hook for channel reminders ("take a
 * break" when a thread heats up), owned by the reminders work; a no-op until then.
 */
import type { ListenerDeps } from '../deps.ts';
import type { MessageEventArgs } from '../support/types.ts';

export async function handleChannelMessage(_args: MessageEventArgs, _deps: ListenerDeps): Promise<void> {}
