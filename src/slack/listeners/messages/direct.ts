/**
 * A DM to Parley (the Messages tab). Each conversation lives in a thread, and the thread, read
 * back from Slack, decides what happens:
 * - a practice run is going on → the counterpart's next line;
 * - a plan exists → a follow-up: a review when the message asks for one ("review this: …", a quoted
 *   draft), otherwise a new plan for the situation as the user has now described it;
 * - otherwise (a new message) → a preparation plan, posted in the message's thread.
 * Bots (Parley included) and edits, joins or deletions (any subtype) are ignored.
 */
import { z } from 'zod';
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { buildTooLong } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { fetchThread, postInThread, setThreadStatus, THINKING_STATUS } from '../support/conversation.ts';
import { checkDraft } from '../support/draft.ts';
import { draftToReview } from '../support/draft-request.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { postPlanInThread } from '../support/plan.ts';
import { cachedSituation, postPracticeTurn } from '../support/practice.ts';
import { reviewDraft } from '../support/review.ts';
import { EVENT_REVIEW, situationText, type ThreadReading } from '../support/thread.ts';
import type { MessageEventArgs } from '../support/types.ts';

/** The fields of a plain user message Parley relies on; anything with a subtype or bot_id is skipped. */
const UserMessage = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  ts: z.string().min(1),
  text: z.string().nullish(),
  thread_ts: z.string().nullish(),
  team: z.string().nullish(),
});

export function isFromPerson(event: Record<string, unknown>, botUserId: string | null): boolean {
  if (event.subtype !== undefined || event.bot_id !== undefined || event.bot_profile !== undefined)
    return false;
  return !(botUserId && event.user === botUserId);
}

/** Add the message that triggered the event when Slack's copy of the thread does not show it yet. */
function withCurrent(reading: ThreadReading, seen: boolean, text: string): ThreadReading {
  if (seen) return reading;
  if (reading.practiceActive) {
    return { ...reading, practiceTurns: [...reading.practiceTurns, { role: 'user', text }] };
  }
  return { ...reading, situation: [...reading.situation, text] };
}

export async function handleDirectMessage(args: MessageEventArgs, deps: ListenerDeps): Promise<void> {
  const raw = args.event as unknown as Record<string, unknown>;
  const botUserId = args.context.botUserId ?? null;
  if (!isFromPerson(raw, botUserId)) return;
  const parsed = UserMessage.safeParse(raw);
  if (!parsed.success) return;
  const event = parsed.data;
  const { client } = args;
  const threadTs = event.thread_ts ?? event.ts;
  const ids: FaultIds = {
    surface: 'message.im',
    team: event.team ?? args.context.teamId,
    user: event.user,
    channel: event.channel,
  };

  const check = checkDraft(event.text);
  if (!check.ok) {
    if (check.reason === 'too-long') {
      await quietly(deps.logger, ids, () =>
        postInThread(client, event.channel, threadTs, buildTooLong(MAX_DRAFT_CHARS, check.length)),
      );
    }
    return;
  }

  await setThreadStatus(client, deps.logger, ids, event.channel, threadTs, THINKING_STATUS);
  try {
    const where = { channel: event.channel, threadTs, user: event.user, team: ids.team ?? null };
    if (!event.thread_ts) {
      // A new conversation: its thread holds only this message, so there is nothing to read back.
      await postPlanInThread(deps, client, where, check.draft, ids);
      return;
    }
    const { messages, reading: fetched } = await fetchThread(client, event.channel, threadTs, botUserId);
    const reading = withCurrent(
      fetched,
      messages.some((m) => m.ts === event.ts),
      check.draft,
    );

    if (reading.practiceActive) {
      await postPracticeTurn(deps, client, {
        user: event.user,
        channel: event.channel,
        threadTs,
        situation: situationText(reading) || (await cachedSituation(deps, reading.planStateId, event.user)),
        planStateId: reading.planStateId,
        turns: reading.practiceTurns,
        team: where.team,
        ids,
      });
      return;
    }
    const draft = reading.hasPlan ? draftToReview(check.draft) : null;
    if (draft) {
      const { message } = await reviewDraft(deps, { user: event.user, draft });
      await postInThread(client, event.channel, threadTs, message, {
        event_type: EVENT_REVIEW,
        event_payload: {},
      });
      return;
    }
    const situation = situationText(reading) || check.draft;
    await postPlanInThread(deps, client, where, situation.slice(0, MAX_DRAFT_CHARS), ids);
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postInThread(client, event.channel, threadTs, faultMessage(error)));
  } finally {
    await setThreadStatus(client, deps.logger, ids, event.channel, threadTs, '');
  }
}
