/**
 * `/coach <word> …` subcommands as data: the first word of the command text, exactly, names the
 * handler. Add an entry (and a handler file) to add a subcommand; the router needs no change.
 */
import type { ListenerDeps } from '../deps.ts';
import type { FaultIds } from '../support/fault.ts';
import type { CommandArgs } from '../support/types.ts';
import { handleBreakCommand } from './break.ts';
import { handleHelpCommand } from './help.ts';
import { handlePrepCommand } from './prep.ts';
import { handleWatchCommand } from './watch.ts';

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
export type Subcommands = Readonly<Record<string, SubcommandHandler>>;

export const SUBCOMMANDS: Subcommands = {
  help: handleHelpCommand,
  prep: handlePrepCommand,
  watch: handleWatchCommand,
  break: handleBreakCommand,
};
