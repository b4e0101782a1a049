/** Personal breaks: the DM that ends a break, confirmations, and the list of pending breaks. */
import { COACH_COMMAND } from '../ids.ts';
import { ACTION_BREAK_CANCEL, BLOCK_BREAK_LIST } from '../reminder-ids.ts';
import { button, context, type SlackMessage, section } from './blocks.ts';
import { MAX_MESSAGE_BLOCKS } from './escape.ts';

/** The DM sent when a break ends (scheduled with chat.scheduleMessage). */
export function buildBreakOver(): SlackMessage {
  return {
    text: 'Break over. Back with fresh eyes? Re-read the thread, and your reply, before you send it.',
    blocks: [
      section(
        ':seedling: *Break over.* Back with fresh eyes?\n• Re-read the last few messages: what does the other person need?\n• Re-read your reply before sending it, or let Parley check it first.',
      ),
      context(`\`${COACH_COMMAND} &lt;your draft&gt;\` reviews a reply privately before you send it.`),
    ],
  };
}

export const MIN_BREAK_MINUTES = 1;
export const MAX_BREAK_MINUTES = 8 * 60;

/** "10 minutes", "1 hour", "1 h 30 min". */
export function describeMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
  if (m === 0) return `${h} ${h === 1 ? 'hour' : 'hours'}`;
  return `${h} h ${m} min`;
}

const at = (postAt: number) => `<!date^${postAt}^{date_short_pretty} at {time}|later>`;

export function buildBreakScheduled(postAt: number, minutes: number): SlackMessage {
  return {
    text: `Break set: Parley will message you in ${describeMinutes(minutes)}.`,
    blocks: [
      section(
        `:coffee: *Break set.* I'll send you a direct message in ${describeMinutes(minutes)} (${at(postAt)}). It is scheduled in Slack, so it arrives even if Parley restarts.`,
      ),
      context(`\`${COACH_COMMAND} break\` shows or cancels your pending breaks.`),
    ],
  };
}

export function buildBreakUsage(problem?: string): SlackMessage {
  const usage = `\`${COACH_COMMAND} break 10m\`, \`${COACH_COMMAND} break 1h30m\`: a break from ${MIN_BREAK_MINUTES} minute to ${MAX_BREAK_MINUTES / 60} hours, ended by a direct message from Parley. \`${COACH_COMMAND} break\` lists your pending breaks.`;
  const text = problem ? `${problem} ${usage}` : usage;
  return { text, blocks: [section(text)] };
}

export interface PendingBreak {
  id: string;
  /** Seconds since the epoch. */
  postAt: number;
}

/** Pending breaks, soonest first, each with a Cancel button. */
export function buildBreakList(breaks: readonly PendingBreak[]): SlackMessage {
  if (breaks.length === 0) {
    return {
      text: 'You have no pending breaks.',
      blocks: [
        section(
          `You have no pending breaks. Start one with \`${COACH_COMMAND} break 10m\` (any length up to 8 hours).`,
        ),
      ],
    };
  }
  const sorted = [...breaks].sort((a, b) => a.postAt - b.postAt);
  // A header, a trailing context and room for one block before (a confirmation): the rest is breaks.
  const shown = sorted.slice(0, MAX_MESSAGE_BLOCKS - 3);
  return {
    text: `You have ${breaks.length} pending ${breaks.length === 1 ? 'break' : 'breaks'}.`,
    blocks: [
      section(`*Your pending ${breaks.length === 1 ? 'break' : 'breaks'}*`),
      ...shown.map((b, i) => ({
        ...section(`:coffee: Ends ${at(b.postAt)}`, i === 0 ? BLOCK_BREAK_LIST : `${BLOCK_BREAK_LIST}_${i}`),
        accessory: button('Cancel', ACTION_BREAK_CANCEL, b.id, 'danger'),
      })),
      context(
        shown.length < sorted.length
          ? `Showing the first ${shown.length}.`
          : `Cancelling only removes the reminder message; nothing else changes.`,
      ),
    ],
  };
}

export function buildBreakCancelled(): SlackMessage {
  return { text: 'Break cancelled.', blocks: [section(':white_check_mark: Break cancelled.')] };
}

export function buildBreakGone(): SlackMessage {
  return {
    text: 'That break has already ended or was cancelled.',
    blocks: [section('That break has already ended or was cancelled.')],
  };
}
