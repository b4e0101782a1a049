/**
 * A DM to Parley (the Messages tab). Each conversation lives in a thread, and the thread, read
 * back from Slack (never stored by Parley), decides what happens:
 * - a practice run is going on → the counterpart's next line;
 * - otherwise the turn is routed by what it asks for (src/coach/dm-intent.ts): a greeting gets a
 *   short welcome, a draft a review, a question an answer, a new detail what changes in the plan,
 *   a situation a plan (see support/dm-turn.ts).
 * Bots (Parley included) and edits, joins or deletions (any subtype) are ignored.
 */
import { z } from 'zod';
import { routeDmTurn } from '../../../coach/dm-intent.ts';
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { buildTooLong } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { fetchThread, postInThread, setThreadStatus, THINKING_STATUS } from '../support/conversation.ts';
import { answerDmTurn } from '../support/dm-turn.ts';
import { checkDraft } from '../support/draft.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { cachedSituation, postPracticeTurn } from '../support/practice.ts';
import { techniqueRefs } from '../support/techniques.ts';
import { readThread, situationText, type ThreadReading } from '../support/thread.ts';
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

/** The thread as it was before this message (Slack's copy may or may not show it yet). */
async function threadBefore(
  client: MessageEventArgs['client'],
  event: { channel: string; ts: string; thread_ts?: string | null },
  botUserId: string | null,
): Promise<ThreadReading> {
  // A new conversation: its thread holds only this message, so there is nothing to read back.
  if (!event.thread_ts) return readThread([], botUserId);
  const { messages } = await fetchThread(client, event.channel, event.thread_ts, botUserId);
  return readThread(
    messages.filter((m) => m.ts !== event.ts),
    botUserId,
  );
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
    const reading = await threadBefore(client, event, botUserId);
    if (reading.practiceActive) {
      await postPracticeTurn(deps, client, {
        user: event.user,
        channel: event.channel,
        threadTs,
        situation: situationText(reading) || (await cachedSituation(deps, reading.planStateId, event.user)),
        planStateId: reading.planStateId,
        turns: [...reading.practiceTurns, { role: 'user', text: check.draft }],
        team: where.team,
        ids,
      });
      return;
    }
    const intent = routeDmTurn(check.draft, {
      hasPlan: reading.hasPlan,
      afterPractice: reading.afterPractice,
      techniques: techniqueRefs(deps.techniques),
    });
    await answerDmTurn(deps, client, { where, reading, intent, text: check.draft, ids });
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postInThread(client, event.channel, threadTs, faultMessage(error)));
  } finally {
    await setThreadStatus(client, deps.logger, ids, event.channel, threadTs, '');
  }
}
