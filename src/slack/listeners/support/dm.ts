/**
 * Replies that arrive as a direct message from Parley. When Slack will not take the DM post (a 5xx
 * after the client's bounded retries), the reply goes once more as an ephemeral message in the
 * same DM, with a line saying why, so the user still gets it.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../log.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { withDeliveryNote } from '../../views/messages.ts';
import { type FaultIds, faultFields } from './fault.ts';

/** Slack answered without a field Parley relies on. */
export class SlackShapeError extends Error {
  constructor(readonly method: string) {
    super(`Slack's ${method} answer is missing an expected field`);
    this.name = 'SlackShapeError';
  }
}

/**
 * The DM channel with `user`: the bot's own by default; with a user token, that person's IM with
 * `user` (posting as them to someone needs it; a user id is not a channel).
 */
export async function openDm(client: WebClient, user: string, token?: string): Promise<string> {
  const opened = await client.conversations.open({ users: user, ...(token ? { token } : {}) });
  const channel = opened.channel?.id;
  if (!channel) throw new SlackShapeError('conversations.open');
  return channel;
}

/** Where a refused DM is logged (kind, code and ids only). */
export interface DmLog {
  logger: Logger;
  ids: FaultIds;
}

/**
 * Post a message in the user's DM with Parley; returns the channel and the message ts (empty when
 * it went out as an ephemeral message instead, which has no ts to update).
 */
export async function postDm(
  client: WebClient,
  user: string,
  message: SlackMessage,
  log?: DmLog,
): Promise<{ channel: string; ts: string }> {
  const channel = await openDm(client, user);
  try {
    const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    return { channel, ts: posted.ts ?? '' };
  } catch (error) {
    log?.logger.warn('slack DM refused; sending it as an ephemeral message', faultFields(error, log.ids));
    const note = withDeliveryNote(message);
    await client.chat.postEphemeral({ channel, user, text: note.text, blocks: note.blocks });
    return { channel, ts: '' };
  }
}
