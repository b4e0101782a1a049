/** `/coach watch`: the public note when watching starts or stops, and the private replies. */
import type { ChannelWatch } from '../../store/store.ts';
import { COACH_COMMAND } from '../ids.ts';
import { context, type SlackMessage, section } from './blocks.ts';

const settingsLine = (watch: Pick<ChannelWatch, 'sensitivity' | 'cooldownMinutes'>) =>
  `Sensitivity: ${watch.sensitivity} · At most one reminder per thread every ${watch.cooldownMinutes} minutes, and three per channel per hour.`;

/** Public, in the channel: what Parley looks at, what it never does, how to turn it off. */
export function buildWatchNotice(watch: Pick<ChannelWatch, 'sensitivity' | 'cooldownMinutes'>): SlackMessage {
  return {
    text: `Parley is now watching this channel for heated threads. It never quotes or names anyone. Turn it off with ${COACH_COMMAND} watch off.`,
    blocks: [
      section(
        `:eyes: *Parley is now watching this channel for heated threads.*\nIt looks at tone signals in new messages, how fast the replies come and how many people are involved. When a thread heats up, it posts a short, neutral note in that thread suggesting a pause. It never quotes or names anyone, and it never stores messages.`,
      ),
      context(`${settingsLine(watch)} Anyone here can turn it off: \`${COACH_COMMAND} watch off\`.`),
    ],
  };
}

/** Public, in the channel: watching stopped. */
export function buildWatchStopped(): SlackMessage {
  return {
    text: 'Parley stopped watching this channel for heated threads.',
    blocks: [
      section(
        `Parley stopped watching this channel for heated threads. \`${COACH_COMMAND} watch on\` turns it back on.`,
      ),
    ],
  };
}

/** Ephemeral status (or confirmation after a change). */
export function buildWatchStatus(
  watch: ChannelWatch | null,
  counts: { reminders: number; notHelpful: number },
  heading?: string,
): SlackMessage {
  const on = watch?.enabled === true;
  const lines = [
    heading
      ? `*${heading}*`
      : on
        ? '*Parley is watching this channel.*'
        : '*Parley is not watching this channel.*',
  ];
  if (watch && on) lines.push(settingsLine(watch));
  if (counts.reminders > 0 || counts.notHelpful > 0) {
    lines.push(`Reminders posted here: ${counts.reminders}; marked not helpful: ${counts.notHelpful}.`);
  }
  return {
    text: lines[0]!.replace(/\*/g, ''),
    blocks: [
      section(lines.join('\n')),
      context(
        on
          ? `\`${COACH_COMMAND} watch off\` stops it; \`${COACH_COMMAND} watch on sensitivity low|medium|high cooldown 30m\` changes it.`
          : `\`${COACH_COMMAND} watch on\` starts it (optional: \`sensitivity low|medium|high\`, \`cooldown 30m\`).`,
      ),
    ],
  };
}

/** The bot must be in the channel to see messages there. */
export function buildWatchNotMember(): SlackMessage {
  const text = `Parley isn't in this channel yet, so it can't watch it. Invite it with \`/invite @Parley\`, then run \`${COACH_COMMAND} watch on\` again.`;
  return { text, blocks: [section(`:wave: ${text}`)] };
}

export function buildWatchNotAChannel(): SlackMessage {
  const text = `Watching works in channels: run \`${COACH_COMMAND} watch on\` in the channel you want Parley to watch.`;
  return { text, blocks: [section(text)] };
}

export function buildWatchUsage(problem?: string): SlackMessage {
  const usage = `\`${COACH_COMMAND} watch on|off|status\`, optionally with \`sensitivity low|medium|high\` and \`cooldown 30m\` (5 minutes to 24 hours).`;
  const text = problem ? `${problem} ${usage}` : usage;
  return { text, blocks: [section(text)] };
}
