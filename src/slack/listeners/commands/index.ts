/** Slash commands: Slack's command name → handler. */
import type { App } from '@slack/bolt';
import { COACH_COMMAND } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { withReplyFallback } from '../support/respond.ts';
import { handleCoachCommand } from './coach.ts';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(COACH_COMMAND, (args) => handleCoachCommand(withReplyFallback(args, deps, 'command'), deps));
}
