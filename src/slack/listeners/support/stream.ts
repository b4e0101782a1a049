/**
 * Streaming a long DM answer into its thread (Slack's chat streaming) while the coach writes it.
 * Chunks go out one at a time, in order; the first Slack failure stops the stream (logged with
 * ids and the error code only), and the caller then posts the answer as a normal message.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../log.ts';
import { type FaultIds, faultFields } from './fault.ts';

export interface StreamThread {
  channel: string;
  threadTs: string;
  user: string;
  /** The user's workspace (recipient_team_id for chat streaming), when the event says. */
  team: string | null;
}

export interface Streamed<T> {
  value: T;
  /** Everything appended, in order. */
  shown: string;
  /** Slack refused or broke the stream at some point. */
  failed: boolean;
}

/**
 * Run `write`, streaming what it appends into the thread. A started stream is always closed,
 * even when `write` throws (its error goes on to the caller), so no message is left "writing…";
 * one that never reached Slack (short text still buffered) is sent only if `write` finished.
 */
export async function streamInThread<T>(
  logger: Logger,
  client: WebClient,
  where: StreamThread,
  ids: FaultIds,
  what: 'plan' | 'practice',
  write: (append: (chunk: string) => void) => Promise<T>,
  bufferSize?: number,
): Promise<Streamed<T>> {
  const streamer = client.chatStream({
    channel: where.channel,
    thread_ts: where.threadTs,
    recipient_user_id: where.user,
    ...(where.team ? { recipient_team_id: where.team } : {}),
    ...(bufferSize ? { buffer_size: bufferSize } : {}),
  });
  let shown = '';
  let failed = false;
  let sending: Promise<unknown> = Promise.resolve();
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    logger.warn(`${what} stream failed`, faultFields(error, ids));
  };
  const append = (chunk: string) => {
    if (failed || chunk === '') return;
    shown += chunk;
    sending = sending.then(() => (failed ? null : streamer.append({ markdown_text: chunk }))).catch(fail);
  };

  let done = false;
  let value: T;
  try {
    value = await write(append);
    done = true;
  } finally {
    await sending;
    if (streamer.ts || (done && !failed && shown !== '')) await streamer.stop().catch(fail);
  }
  return { value, shown, failed };
}
