/**
 * The reply to a command Parley does not have, or a typo of one: what it may have meant, then the
 * usual help, then how to check the text as a draft after all. Never a review of a command word.
 */
import { COACH_COMMAND } from '../ids.ts';
import { context, type SlackMessage, section } from './blocks.ts';
import { escapeMrkdwn, truncate } from './escape.ts';
import { buildUsage } from './messages.ts';

/** What a command word points to: a subcommand (with the arguments to show), or the Home tab. */
export type CommandSuggestion = { kind: 'subcommand'; usage: string } | { kind: 'home' };

/** A suggestion carries what the user typed after a typo ("wach on …"): kept to one short line. */
const MAX_USAGE = 120;

export const DRAFT_INSTEAD = `To check it as a draft instead, send \`${COACH_COMMAND}\` alone and paste it into the form.`;

export function buildDidYouMean(suggestion: CommandSuggestion): SlackMessage {
  const usage = buildUsage();
  let line: string;
  let text: string;
  if (suggestion.kind === 'home') {
    line =
      ":thinking_face: Did you mean your preferences? They are on Parley's *Home* tab: your default context and language.";
    text = "Did you mean your preferences? They are on Parley's Home tab.";
  } else {
    const command = `${COACH_COMMAND} ${truncate(suggestion.usage.replace(/\s+/g, ' '), MAX_USAGE)}`;
    // Inside a code span nothing is a mention or a link, but a backtick would end it early.
    line = `:thinking_face: Did you mean \`${escapeMrkdwn(command).replace(/`/g, "'")}\`?`;
    text = `Did you mean ${escapeMrkdwn(command)}?`;
  }
  return {
    text: `${text} ${usage.text}`,
    blocks: [section(line), ...usage.blocks, context(DRAFT_INSTEAD)],
  };
}
