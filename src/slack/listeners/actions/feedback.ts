/**
 * Thumbs up / down on a review or a plan (feedback_buttons). Only counts are kept, per surface
 * and engine, for the workspace (`feedback.review.local.up`, …), never anything of the message.
 * Last write wins per person and message: switching from up to down moves the vote.
 */
import { z } from 'zod';
import { voteKey } from '../../feedback-votes.ts';
import { type FeedbackValue, parseFeedbackValue, type Vote } from '../../views/feedback.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, quietly } from '../support/fault.ts';
import type { BlockActionArgs } from '../support/types.ts';

const FeedbackPayload = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  channel: z.object({ id: z.string().min(1) }).nullish(),
  container: z
    .object({ channel_id: z.string().nullish(), message_ts: z.string().nullish() })
    .passthrough()
    .nullish(),
  message: z
    .object({ ts: z.string().min(1) })
    .passthrough()
    .nullish(),
  actions: z.array(z.object({ type: z.literal('feedback_buttons'), value: z.string() })).min(1),
});

/** The counter one vote goes to. */
export function feedbackCounter(value: Pick<FeedbackValue, 'surface' | 'engine'>, vote: Vote): string {
  return `feedback.${value.surface}.${value.engine}.${vote}`;
}

export async function handleFeedback(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const parsed = FeedbackPayload.safeParse(args.body);
  if (!parsed.success) return;
  const body = parsed.data;
  const value = parseFeedbackValue(body.actions[0]!.value);
  const channel = body.channel?.id ?? body.container?.channel_id ?? null;
  const messageTs = body.container?.message_ts ?? body.message?.ts ?? null;
  if (!value || !channel || !messageTs) return;
  const team = body.team?.id ?? '';
  const ids: FaultIds = { surface: 'action.feedback', team, user: body.user.id, channel };

  const previous = deps.feedbackVotes.cast(voteKey(team, body.user.id, channel, messageTs), value.vote);
  if (previous === value.vote) return;
  await quietly(deps.logger, ids, async () => {
    await deps.store.increment(feedbackCounter(value, value.vote), team);
    if (previous) await deps.store.increment(feedbackCounter(value, previous), team, -1);
  });
  deps.logger.info('feedback counted', { surface: value.surface, engine: value.engine, vote: value.vote });
}
