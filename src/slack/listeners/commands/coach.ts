/**
 * `/coach …`: ack at once, then route. An exact first word that names a subcommand (`prep`,
 * `help`, …) runs it; no text opens the draft modal; anything else is a draft to review.
 * A draft that merely starts with "Help," or "prepare" is still a draft: only exact words route.
 */
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import type { CommandArgs } from '../support/types.ts';
import { handleDraftModalCommand } from './draft-modal.ts';
import { handleReviewCommand } from './review.ts';
import { SUBCOMMANDS, type Subcommands } from './subcommands.ts';

/** The subcommand named by the first word, and the text after it. */
export function routeCoachText(
  text: string,
  subcommands: Subcommands,
): { subcommand: string; rest: string } | null {
  const trimmed = text.trim();
  const first = trimmed.split(/\s+/, 1)[0] ?? '';
  if (!first || !Object.hasOwn(subcommands, first)) return null;
  return { subcommand: first, rest: trimmed.slice(first.length).trim() };
}

export async function handleCoachCommand(
  args: CommandArgs,
  deps: ListenerDeps,
  subcommands: Subcommands = SUBCOMMANDS,
): Promise<void> {
  await args.ack();
  const { command } = args;
  const ids: FaultIds = {
    surface: 'command',
    team: command.team_id,
    user: command.user_id,
    channel: command.channel_id,
  };
  try {
    const text = command.text ?? '';
    if (text.trim() === '') return await handleDraftModalCommand(args, deps, ids);
    const route = routeCoachText(text, subcommands);
    if (route) {
      ids.surface = `command.${route.subcommand}`;
      return await subcommands[route.subcommand]!({ args, deps, rest: route.rest, ids });
    }
    await handleReviewCommand(args, deps, text, ids);
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () =>
      args.respond({ response_type: 'ephemeral', replace_original: false, ...faultMessage(error) }),
    );
  }
}
