/** `/coach prep <situation>`: a preparation plan, privately. */
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';
import { buildTooLong, buildUsage } from '../../views/messages.ts';
import { checkDraft } from '../support/draft.ts';
import { preparePlan } from '../support/plan.ts';
import { respondEphemeral, respondWhenReady } from '../support/respond.ts';
import type { SubcommandContext } from './subcommands.ts';

export async function handlePrepCommand({ args, deps, rest }: SubcommandContext): Promise<void> {
  const check = checkDraft(rest);
  if (!check.ok) {
    const message = check.reason === 'empty' ? buildUsage() : buildTooLong(MAX_DRAFT_CHARS, check.length);
    return respondEphemeral(args.respond, message, false);
  }
  const work = preparePlan(deps, args.command.user_id, check.draft).then((r) => r.message);
  await respondWhenReady(args.respond, deps, work, { replaceOriginal: false, thinking: 'plan' });
}
