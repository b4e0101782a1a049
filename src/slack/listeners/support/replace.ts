/**
 * Update the message a button sat on, in place: an ephemeral reply (a slash command's) through its
 * response_url with replace_original, a posted message (a DM from Parley) with chat.update. A slow
 * answer shows "thinking…" in the same place first. When chat.update is refused, response_url
 * (which Slack also gives for posted messages) gets one more try.
 */

import type { SlackMessage } from '../../views/blocks.ts';
import { buildThinking, type ThinkingKind } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import type { ActionContext } from './action.ts';
import { faultFields } from './fault.ts';
import { respondEphemeral, respondWhenReady } from './respond.ts';
import { withThinking } from './thinking.ts';
import type { BlockActionArgs } from './types.ts';

/** The posted message a click came from; null for ephemeral messages, which only response_url reaches. */
export function postedMessage(
  args: BlockActionArgs,
  action: ActionContext,
): { channel: string; ts: string } | null {
  const ts = (args.body as { message?: { ts?: unknown } }).message?.ts;
  if (action.ephemeral || !action.channel || typeof ts !== 'string' || ts === '') return null;
  return { channel: action.channel, ts };
}

export async function replaceInPlace(
  args: BlockActionArgs,
  deps: ListenerDeps,
  action: ActionContext,
  work: Promise<SlackMessage>,
  thinking: ThinkingKind,
): Promise<void> {
  const posted = postedMessage(args, action);
  if (!posted) return respondWhenReady(args.respond, deps, work, { replaceOriginal: true, thinking });
  const update = (message: SlackMessage) =>
    args.client.chat.update({ ...posted, text: message.text, blocks: message.blocks });
  const { value } = await withThinking(work, deps.thinkingAfterMs, async () => {
    await update(buildThinking(thinking)).catch(() => undefined);
  });
  try {
    await update(value);
  } catch (error) {
    deps.logger.warn('slack update refused; replacing through response_url', faultFields(error, action.ids));
    await respondEphemeral(args.respond, value, true);
  }
}
