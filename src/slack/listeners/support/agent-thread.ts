/**
 * Slack's agent-thread extras: suggested prompts and a thread title. Only agent threads (the
 * Messages tab of an app with the agent view) accept them; a plain DM refuses, which is expected
 * and only logged at debug, and the caller falls back (buttons instead of prompts, no title).
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../log.ts';
import type { FaultIds } from './fault.ts';
import { slackErrorCode } from './fault.ts';

export interface AgentThread {
  channel: string;
  threadTs: string;
}

/** True when Slack took the prompts (so the thread is an agent thread). */
export async function setSuggestedPrompts(
  client: WebClient,
  logger: Logger,
  ids: FaultIds,
  where: AgentThread,
  prompts: readonly { title: string; message: string }[],
): Promise<boolean> {
  try {
    await client.assistant.threads.setSuggestedPrompts({
      channel_id: where.channel,
      thread_ts: where.threadTs,
      prompts: prompts.slice(0, 4).map((p) => ({ title: p.title, message: p.message })),
    });
    return true;
  } catch (error) {
    logger.debug('suggested prompts unavailable', { surface: ids.surface, code: slackErrorCode(error) });
    return false;
  }
}

export async function setThreadTitle(
  client: WebClient,
  logger: Logger,
  ids: FaultIds,
  where: AgentThread,
  title: string,
): Promise<void> {
  try {
    await client.assistant.threads.setTitle({ channel_id: where.channel, thread_ts: where.threadTs, title });
  } catch (error) {
    logger.debug('thread title unavailable', { surface: ids.surface, code: slackErrorCode(error) });
  }
}
