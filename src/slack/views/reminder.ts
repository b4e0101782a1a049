/**
 * The "take a break" reminder posted where an exchange heated up (its thread, or the channel), and the replies to its buttons. Neutral
 * and blameless by construction: these builders take no names, no text and no ids of people, so
 * a reminder can never quote, name or tag anyone.
 */
import { COACH_COMMAND } from '../ids.ts';
import {
  ACTION_REMINDER_BREAK,
  ACTION_REMINDER_COACH,
  ACTION_REMINDER_NOT_HELPFUL,
  BLOCK_REMINDER_ACTIONS,
} from '../reminder-ids.ts';
import { actions, button, context, type SlackMessage, section } from './blocks.ts';

export const REMINDER_TEXT =
  'This conversation is heating up. A short pause often helps: step away for ten minutes, or move this to a quick call.';

export function buildReminder(): SlackMessage {
  return {
    text: REMINDER_TEXT,
    blocks: [
      section(
        ':hourglass_flowing_sand: *This conversation is heating up.*\nFast replies and a sharper tone make it easy to talk past each other. A short pause often helps: step away for ten minutes, or move this to a quick call where tone is easier to read.',
      ),
      actions(BLOCK_REMINDER_ACTIONS, [
        button('Take a 10-min break', ACTION_REMINDER_BREAK, 'reminder', 'primary'),
        button('Coach my reply', ACTION_REMINDER_COACH, 'reminder'),
        button('Not helpful', ACTION_REMINDER_NOT_HELPFUL, 'reminder'),
      ]),
      context(
        `Parley watches this channel for heated threads. It never stores or quotes messages. \`${COACH_COMMAND} watch off\` turns it off.`,
      ),
    ],
  };
}

/** Ephemeral: the break was scheduled; the DM arrives at `postAt` (seconds since the epoch). */
export function buildBreakStarted(postAt: number, minutes: number): SlackMessage {
  const when = `<!date^${postAt}^{time}|in ${minutes} minutes>`;
  return {
    text: `Break started. Parley will message you in ${minutes} minutes.`,
    blocks: [
      section(
        `:coffee: *Break started.* I'll send you a direct message at ${when}. Until then, step away from the thread: it will still be there.`,
      ),
      context(`\`${COACH_COMMAND} break\` shows or cancels your pending breaks.`),
    ],
  };
}

/** A second "Not helpful" from the same person on the same reminder: counted once, and said so. */
export function buildReminderAlreadyCounted(): SlackMessage {
  return {
    text: 'You already told us this reminder was not helpful; it is counted once.',
    blocks: [
      section(
        ":ballot_box_with_check: *Already counted.* You told me this reminder wasn't helpful; it counts once.",
      ),
    ],
  };
}

/** Ephemeral thanks for "Not helpful". */
export function buildReminderThanks(): SlackMessage {
  return {
    text: 'Thanks for the feedback. Parley will step in a little less readily in this channel.',
    blocks: [
      section(':pray: *Thanks for the feedback.* Parley will step in a little less readily in this channel.'),
    ],
  };
}
