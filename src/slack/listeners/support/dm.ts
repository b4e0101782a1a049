/** Replies that arrive as a direct message from Parley. */
import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../../views/blocks.ts';

/** Slack answered without a field Parley relies on. */
export class SlackShapeError extends Error {
  constructor(readonly method: string) {
    super(`Slack's ${method} answer is missing an expected field`);
    this.name = 'SlackShapeError';
  }
}

export async function openDm(client: WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new SlackShapeError('conversations.open');
  return channel;
}

/** Post a message in the user's DM with Parley; returns the channel and the message ts. */
export async function postDm(
  client: WebClient,
  user: string,
  message: SlackMessage,
): Promise<{ channel: string; ts: string }> {
  const channel = await openDm(client, user);
  const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
  return { channel, ts: posted.ts ?? '' };
}
