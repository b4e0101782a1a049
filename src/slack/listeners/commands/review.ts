/** `/coach <draft>`: the review, privately, in the conversation where the command was typed. */
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { buildEmptyDraft, buildTooLong } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { checkDraft } from '../support/draft.ts';
import type { FaultIds } from '../support/fault.ts';
import { respondEphemeral, respondWhenReady } from '../support/respond.ts';
import { reviewDraft } from '../support/review.ts';
import type { CommandArgs } from '../support/types.ts';

export async function handleReviewCommand(
  args: CommandArgs,
  deps: ListenerDeps,
  text: string,
  _ids: FaultIds,
): Promise<void> {
  const check = checkDraft(text);
  if (!check.ok) {
    const message =
      check.reason === 'empty' ? buildEmptyDraft() : buildTooLong(MAX_DRAFT_CHARS, check.length);
    return respondEphemeral(args.respond, message, false);
  }
  const { user_id: user, user_name: name } = args.command;
  // The payload names the user, so a mention of themselves in the draft reads as their name.
  const view = { names: name ? { [user]: name } : {} };
  const work = reviewDraft(deps, { user, draft: check.draft, view }).then((r) => r.message);
  await respondWhenReady(args.respond, deps, work, { replaceOriginal: false, thinking: 'review' });
}
