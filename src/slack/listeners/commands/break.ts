/**
 * `/coach break [10m|30m|1h|1h30m…]`: a personal break, ended by a DM from Parley scheduled with
 * chat.scheduleMessage (Slack keeps it, so it survives restarts). `/coach break` alone lists the
 * pending ones with Cancel buttons. Text after "break" that is not a duration is a draft to review.
 */
import type { WebClient } from '@slack/web-api';
import { COUNTER_BREAKS } from '../../reminder-ids.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import {
  buildBreakList,
  buildBreakOver,
  buildBreakScheduled,
  buildBreakUsage,
  MAX_BREAK_MINUTES,
  MIN_BREAK_MINUTES,
  type PendingBreak,
} from '../../views/breaks.ts';
import { openDm } from '../support/dm.ts';
import { quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import { handleReviewCommand } from './review.ts';
import type { SubcommandContext } from './subcommands.ts';

const UNIT_MINUTES: Record<string, number> = { h: 60, m: 1 };
const UNIT =
  /^(?:(h|hr|hrs|hour|hours|godz|godzina|godziny|godzin)|(m|min|mins|minute|minutes|minuta|minuty|minut))$/i;

export type DurationResult = { ok: true; minutes: number } | { ok: false; reason: 'format' | 'range' };

/** "10m", "10", "1h30m", "1 h 30 min", "1.5h", "90 minutes" → minutes within 1 minute…8 hours. */
export function parseDuration(
  text: string,
  min = MIN_BREAK_MINUTES,
  max = MAX_BREAK_MINUTES,
): DurationResult {
  const compact = text.trim().toLowerCase();
  if (!compact || compact.length > 40) return { ok: false, reason: 'format' };
  const parts = [...compact.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== compact.replace(/^\s+/, '')) {
    return { ok: false, reason: 'format' };
  }
  let minutes = 0;
  for (const [, amount, unitWord] of parts) {
    const value = Number(amount!.replace(',', '.'));
    let unit = 'm';
    if (unitWord) {
      const match = UNIT.exec(unitWord);
      if (!match) return { ok: false, reason: 'format' };
      unit = match[1] ? 'h' : 'm';
    }
    minutes += value * UNIT_MINUTES[unit]!;
  }
  if (!Number.isInteger(minutes)) minutes = Math.round(minutes);
  if (minutes < min || minutes > max) return { ok: false, reason: 'range' };
  return { ok: true, minutes };
}

/** Schedule the end-of-break DM; returns Slack's scheduled_message_id. */
export async function scheduleBreak(client: WebClient, user: string, postAt: number): Promise<string> {
  const channel = await openDm(client, user);
  const message = buildBreakOver();
  const scheduled = await client.chat.scheduleMessage({
    channel,
    post_at: postAt,
    text: message.text,
    blocks: message.blocks,
  });
  return scheduled.scheduled_message_id ?? '';
}

/** The user's pending breaks: Parley's scheduled messages in the user's DM with Parley. */
export async function listBreaks(client: WebClient, user: string): Promise<PendingBreak[]> {
  const channel = await openDm(client, user);
  const listed = await client.chat.scheduledMessages.list({ channel, limit: 100 });
  return (listed.scheduled_messages ?? [])
    .filter((m) => m.channel_id === channel && typeof m.id === 'string' && typeof m.post_at === 'number')
    .map((m) => ({ id: m.id!, postAt: m.post_at! }));
}

export async function handleBreakCommand({ args, deps, rest, ids }: SubcommandContext): Promise<void> {
  const { client, command } = args;
  const reply = (message: SlackMessage) => respondEphemeral(args.respond, message, false);

  if (rest === '') {
    await reply(buildBreakList(await listBreaks(client, command.user_id)));
    return;
  }
  // "/coach break the news gently…" is a draft, not a duration.
  if (!/^\d/.test(rest)) return handleReviewCommand(args, deps, command.text ?? rest, ids);

  const duration = parseDuration(rest);
  if (!duration.ok) {
    await reply(
      buildBreakUsage(
        duration.reason === 'range'
          ? 'A break can last from 1 minute to 8 hours.'
          : "I couldn't read that length, try 10m, 45m, 1h or 1h30m.",
      ),
    );
    return;
  }
  const postAt = Math.floor(deps.clock() / 1000) + duration.minutes * 60;
  await scheduleBreak(client, command.user_id, postAt);
  await quietly(deps.logger, ids, () => deps.store.increment(COUNTER_BREAKS, command.user_id));
  deps.logger.info('break scheduled', { user: command.user_id, minutes: duration.minutes });
  await reply(buildBreakScheduled(postAt, duration.minutes));
}
