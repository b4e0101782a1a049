/**
 * "Coach this message" on any message. Your own message gets the same review as /coach; someone
 * else's gets a reading (intent vs impact, what they may need, ways to reply). Both arrive as a DM.
 */
import { z } from 'zod';
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { buildEmptyDraft, buildTooLong } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { postDm } from '../support/dm.ts';
import { checkDraft } from '../support/draft.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { readMessage } from '../support/reading.ts';
import { reviewDraft } from '../support/review.ts';
import type { MessageShortcutArgs } from '../support/types.ts';

/** The fields Parley relies on. */
const ShortcutPayload = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).nullish(),
  message: z.object({
    text: z.string().nullish(),
    user: z.string().nullish(),
  }),
});

export async function handleCoachMessageShortcut(
  args: MessageShortcutArgs,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  const parsed = ShortcutPayload.safeParse(args.shortcut);
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
  const { client } = args;
  try {
    const check = checkDraft(message.text);
    if (!check.ok) {
      const reply =
        check.reason === 'empty' ? buildEmptyDraft() : buildTooLong(MAX_DRAFT_CHARS, check.length);
      await postDm(client, user.id, reply);
      return;
    }
    const own = message.user === user.id;
    const result = own
      ? await reviewDraft(deps, { user: user.id, draft: check.draft })
      : await readMessage(deps, user.id, check.draft);
    await postDm(client, user.id, result.message, { logger: deps.logger, ids });
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () => postDm(client, user.id, faultMessage(error)));
  }
}
