/**
 * DM conversations with Parley (the Messages tab): posting in a thread with the metadata that marks
 * Parley's own messages, reading a thread back from Slack, and the "thinking…" status line.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../log.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import type { FaultIds } from './fault.ts';
import { slackErrorCode } from './fault.ts';
import { readThread, type ThreadMessage, type ThreadReading } from './thread.ts';

export interface Marker {
  event_type: string;
  /** Ids and fixed prompts only (plus a practice line Parley wrote): never the user's text. */
  event_payload: Record<string, string>;
}

export async function postInThread(
  client: WebClient,
  channel: string,
  threadTs: string | null,
  message: SlackMessage,
  marker?: Marker,
): Promise<string> {
  const posted = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(marker ? { metadata: marker } : {}),
  });
  return posted.ts ?? '';
}

/** Slack's copy of a thread, oldest first, with Parley's metadata markers. */
export async function fetchThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  botUserId: string | null,
): Promise<{ messages: ThreadMessage[]; reading: ThreadReading }> {
  const replies = await client.conversations.replies({
    channel,
    ts: threadTs,
    include_all_metadata: true,
    limit: 200,
  });
  const messages = (replies.messages ?? []) as ThreadMessage[];
  return { messages, reading: readThread(messages, botUserId) };
}

/**
 * The "thinking…" line under the thread, where Slack supports it (agent threads). Plain DMs may
 * refuse it; that is expected and only logged at debug.
 */
export async function setThreadStatus(
  client: WebClient,
  logger: Logger,
  ids: FaultIds,
  channel: string,
  threadTs: string,
  status: string,
): Promise<void> {
  try {
    await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status });
  } catch (error) {
    logger.debug('thread status unavailable', { surface: ids.surface, code: slackErrorCode(error) });
  }
}

export const THINKING_STATUS = 'is thinking…';
