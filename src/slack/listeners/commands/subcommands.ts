/**
 * `/coach <word> …` subcommands as data: the first word of the command text names the entry.
 * Add an entry (and a handler file) to add a subcommand; the router needs no change. Each entry
 * also says how it reads the rest of the text, so the router can tell a command from a draft that
 * happens to start with the same word (the whole rule is in command-words.ts).
 */
import type { SlackMessage } from '../../views/blocks.ts';
import { buildBreakUsage } from '../../views/breaks.ts';
import { buildUsage } from '../../views/messages.ts';
import { buildWatchUsage } from '../../views/watch.ts';
import type { ListenerDeps } from '../deps.ts';
import type { FaultIds } from '../support/fault.ts';
import type { CommandArgs } from '../support/types.ts';
import { handleBreakCommand } from './break.ts';
import { isBareWord } from './command-words.ts';
import { handleHelpCommand } from './help.ts';
import { handlePrepCommand } from './prep.ts';
import { handleWatchCommand, parseWatch } from './watch.ts';

export interface SubcommandContext {
  /** Bolt's arguments; ack() has already been called. */
  args: CommandArgs;
  deps: ListenerDeps;
  /** The command text after the subcommand word, trimmed. */
  rest: string;
  /** Ids for fault logs (surface is `command.<word>`). */
  ids: FaultIds;
}

export type SubcommandHandler = (context: SubcommandContext) => Promise<void>;

/**
 * How a subcommand reads the text after its word:
 * - `arguments`: what it takes (`on`, `10m`, nothing at all); run it.
 * - `free`: free text it also takes (a situation for `prep`); run it only if the word was typed
 *   exactly, since "Help me understand…" is a draft.
 * - `bad`: one bare word it cannot read (`watch maybe`): its usage, if the word was typed exactly.
 * - `prose`: a sentence that starts with the word ("break the news gently…"): a draft.
 */
export type RestReading = 'arguments' | 'free' | 'bad' | 'prose';

export interface Subcommand {
  handle: SubcommandHandler;
  reads: (rest: string) => RestReading;
  /** The reply to a bad argument. */
  usage: () => SlackMessage;
}

export type Subcommands = Readonly<Record<string, Subcommand>>;

/** For subcommands that take only their own arguments: one unknown word is a mistake, more is a draft. */
const mistakeOrProse = (rest: string): RestReading => (isBareWord(rest) ? 'bad' : 'prose');

export const SUBCOMMANDS: Subcommands = {
  help: {
    handle: handleHelpCommand,
    reads: (rest) => (rest === '' ? 'arguments' : 'free'),
    usage: buildUsage,
  },
  prep: {
    handle: handlePrepCommand,
    reads: (rest) => (rest === '' ? 'arguments' : 'free'),
    usage: buildUsage,
  },
  watch: {
    handle: handleWatchCommand,
    // A request it understood, or one it can say what is wrong with ("watch on sensitivity max").
    reads: (rest) => {
      const request = parseWatch(rest);
      return request.ok || request.problem !== null ? 'arguments' : mistakeOrProse(rest);
    },
    usage: () => buildWatchUsage("I didn't understand that."),
  },
  break: {
    handle: handleBreakCommand,
    reads: (rest) => (rest === '' || /^\d/.test(rest) ? 'arguments' : mistakeOrProse(rest)),
    usage: () => buildBreakUsage("I couldn't read that length, try 10m, 45m, 1h or 1h30m."),
  },
};
