/**
 * Ephemeral replies through response_url. Slow work first shows "thinking…", which the result then
 * replaces; work that answers quickly goes out in one message.
 */
import type { RespondFn } from '@slack/bolt';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildThinking, type ThinkingKind } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { withThinking } from './thinking.ts';

export interface RespondOptions {
  /** Replace the message the request came from (buttons) instead of adding a new one (commands). */
  replaceOriginal: boolean;
  thinking: ThinkingKind;
}

export async function respondEphemeral(respond: RespondFn, message: SlackMessage, replaceOriginal: boolean) {
  await respond({ response_type: 'ephemeral', replace_original: replaceOriginal, ...message });
}

export async function respondWhenReady(
  respond: RespondFn,
  deps: ListenerDeps,
  work: Promise<SlackMessage>,
  options: RespondOptions,
): Promise<void> {
  const { value, slow } = await withThinking(work, deps.thinkingAfterMs, () =>
    respondEphemeral(respond, buildThinking(options.thinking), options.replaceOriginal),
  );
  await respondEphemeral(respond, value, options.replaceOriginal || slow);
}
