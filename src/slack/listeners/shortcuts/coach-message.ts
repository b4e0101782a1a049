/**
 * "Coach this message" on any message. Your own message gets the same review as /coach; someone
 * else's gets a reading, from your side of it (how it may land on you, what they may need, replies
 * Parley suggests). Both arrive as a DM that quotes the message, and an ephemeral line where you
 * acted says so. A message with nothing to coach (an app's alert, a file with no text, a calm
 * thank-you) gets one short line where you acted instead.
 */
import { z } from 'zod';
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { uiLanguage } from '../../views/blocks.ts';
import { buildTooLong } from '../../views/messages.ts';
import { buildNothingToCoach, type NothingReason, nothingToCoach } from '../../views/reading.ts';
import type { ListenerDeps } from '../deps.ts';
import { postDm } from '../support/dm.ts';
import { checkDraft } from '../support/draft.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { readMessage } from '../support/reading.ts';
import { respondEphemeral, withReplyFallback } from '../support/respond.ts';
import { reviewDraft } from '../support/review.ts';
import type { MessageShortcutArgs } from '../support/types.ts';
import { noteWhereActed } from '../support/where-acted.ts';

/** Subtypes that are still a person talking; any other (bot_message, channel_join, …) is not. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share', 'me_message']);

/** The fields Parley relies on. */
const ShortcutPayload = z.object({
  user: z.object({ id: z.string().min(1), username: z.string().nullish(), name: z.string().nullish() }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).nullish(),
  message: z.object({
    text: z.string().nullish(),
    thread_ts: z.string().nullish(),
    user: z.string().nullish(),
    bot_id: z.string().nullish(),
    subtype: z.string().nullish(),
    files: z.array(z.unknown()).nullish(),
  }),
});
type ShortcutPayload = z.infer<typeof ShortcutPayload>;

/** Why there is nothing to coach before the coach is asked, or null when there may be. */
function nothingBeforeReading(message: ShortcutPayload['message'], empty: boolean): NothingReason | null {
  if (message.bot_id || (message.subtype && !PERSON_SUBTYPES.has(message.subtype))) return 'automated';
  if (empty) return 'no-text';
  return null;
}

export async function handleCoachMessageShortcut(
  input: MessageShortcutArgs,
  deps: ListenerDeps,
): Promise<void> {
  await input.ack();
  const parsed = ShortcutPayload.safeParse(input.shortcut);
  if (!parsed.success) {
    deps.logger.warn('shortcut payload rejected', { surface: 'shortcut.coach_message' });
    return;
  }
  const { user, team, channel, message } = parsed.data;
  const ids: FaultIds = {
    surface: 'shortcut.coach_message',
    team: team?.id,
    user: user.id,
    channel: channel?.id,
  };
  // Short lines go where the user acted; a refused response_url sends them to the DM instead.
  const args = withReplyFallback(input, deps, ids.surface);
  const { client } = args;
  try {
    const check = checkDraft(message.text);
    const own = message.user === user.id && !message.bot_id;
    const nothing = nothingBeforeReading(message, !check.ok && check.reason === 'empty');
    if (nothing) return await respondEphemeral(args.respond, buildNothingToCoach(nothing), false);
    if (!check.ok) {
      const length = check.reason === 'too-long' ? check.length : undefined;
      return await respondEphemeral(args.respond, buildTooLong(MAX_DRAFT_CHARS, length), false);
    }
    const name = user.username ?? user.name;
    const view = { quoted: true, names: name ? { [user.id]: name } : {} };
    if (!own) {
      const result = await readMessage(deps, user.id, check.draft, view);
      if (nothingToCoach(result.state.reading)) {
        const lang = uiLanguage(result.state.reading.language);
        return await respondEphemeral(args.respond, buildNothingToCoach('calm', lang), false);
      }
      const sent = await postDm(client, user.id, result.message, { logger: deps.logger, ids });
      await noteWhereActed(
        client,
        deps,
        { user: user.id, channel: channel?.id ?? null, respond: args.respond },
        { kind: 'reading', dm: sent.channel },
        ids,
      );
      return;
    }
    // The review goes to the DM; Use this there offers the conversation the message is in.
    const origin = channel ? { channel: channel.id, threadTs: message.thread_ts ?? null } : null;
    const result = await reviewDraft(deps, { user: user.id, draft: check.draft, view, origin });
    const sent = await postDm(client, user.id, result.message, { logger: deps.logger, ids });
    await noteWhereActed(
      client,
      deps,
      { user: user.id, channel: channel?.id ?? null, respond: args.respond },
      { kind: 'review', dm: sent.channel },
      ids,
    );
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postDm(client, user.id, faultMessage(error)));
  }
}
