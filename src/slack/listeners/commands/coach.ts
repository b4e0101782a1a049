/**
 * `/coach …`: ack at once, then route. No text opens the draft modal; a subcommand word runs it
 * (or answers with its usage when its argument is wrong); a command Parley does not have, or a
 * typo of one, gets "did you mean" and the help; anything else is a draft to review. The rule
 * that tells a command from a draft, and why one- and two-word drafts stay drafts, is in
 * command-words.ts.
 */
import { buildDidYouMean, type CommandSuggestion } from '../../views/did-you-mean.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import type { CommandArgs } from '../support/types.ts';
import { isBareWord, nearSubcommand, suggestFor } from './command-words.ts';
import { handleDraftModalCommand } from './draft-modal.ts';
import { handleReviewCommand } from './review.ts';
import { SUBCOMMANDS, type Subcommands } from './subcommands.ts';

export type CoachRoute =
  | { kind: 'subcommand'; subcommand: string; rest: string }
  /** A known subcommand with an argument it cannot read: reply with its usage. */
  | { kind: 'usage'; subcommand: string }
  | { kind: 'did-you-mean'; suggestion: CommandSuggestion };

/** What the command text asks for; null when it is a draft to review. */
export function routeCoachText(text: string, subcommands: Subcommands): CoachRoute | null {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  // "help?" alone asks for help; a lone word's question mark is no part of the command.
  const first = words.length === 1 ? (words[0] ?? '').replace(/\?$/, '') : (words[0] ?? '');
  if (!first) return null;
  const rest = trimmed.slice((words[0] ?? '').length).trim();
  const word = first.toLowerCase();

  if (Object.hasOwn(subcommands, word)) {
    const reading = subcommands[word]!.reads(rest);
    const exact = first === word;
    if (reading === 'arguments' || (reading === 'free' && exact))
      return { kind: 'subcommand', subcommand: word, rest };
    if (reading === 'bad' && exact) return { kind: 'usage', subcommand: word };
    return null;
  }
  const names = Object.keys(subcommands);
  if (words.length === 1) {
    if (!isBareWord(first)) return null;
    const suggestion = suggestFor(first, names);
    return suggestion ? { kind: 'did-you-mean', suggestion } : null;
  }
  // A typo followed by that subcommand's own arguments ("wach on", "brake 10m") is no message.
  const near = isBareWord(first) ? nearSubcommand(word, names) : null;
  if (near && subcommands[near]!.reads(rest) === 'arguments') {
    return { kind: 'did-you-mean', suggestion: { kind: 'subcommand', usage: `${near} ${rest}` } };
  }
  return null;
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
    if (!route) return await handleReviewCommand(args, deps, text, ids);
    if (route.kind === 'did-you-mean') {
      ids.surface = 'command.unknown';
      return await respondEphemeral(args.respond, buildDidYouMean(route.suggestion), false);
    }
    ids.surface = `command.${route.subcommand}`;
    const subcommand = subcommands[route.subcommand]!;
    if (route.kind === 'usage') return await respondEphemeral(args.respond, subcommand.usage(), false);
    return await subcommand.handle({ args, deps, rest: route.rest, ids });
  } catch (error) {
    logFault(deps.logger, error, ids);
    await quietly(deps.logger, ids, () =>
      args.respond({ response_type: 'ephemeral', replace_original: false, ...faultMessage(error) }),
    );
  }
}
