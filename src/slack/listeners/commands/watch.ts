/**
 * `/coach watch on|off|status [sensitivity low|medium|high] [cooldown 30m]`: opt a channel in or
 * out of "take a break" reminders. Any member may change it; the bot must be in the channel to
 * see its messages (conversations.info → channel.is_member), otherwise the reply says how to
 * invite it. Turning it on posts a short public note, so everyone knows what Parley looks at.
 */
import type { Sensitivity } from '../../../coach/heat.ts';
import type { ChannelWatch } from '../../../store/store.ts';
import { COUNTER_NOT_HELPFUL, COUNTER_REMINDERS_SENT } from '../../reminder-ids.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildNotSaved } from '../../views/messages.ts';
import {
  buildWatchNotAChannel,
  buildWatchNotice,
  buildWatchNotMember,
  buildWatchStatus,
  buildWatchStopped,
  buildWatchUsage,
} from '../../views/watch.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, logFault, quietly, slackErrorCode } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import { parseDuration } from './break.ts';
import { handleReviewCommand } from './review.ts';
import type { SubcommandContext } from './subcommands.ts';

export const DEFAULT_SENSITIVITY: Sensitivity = 'medium';
export const DEFAULT_COOLDOWN_MINUTES = 30;
const MIN_COOLDOWN = 5;
const MAX_COOLDOWN = 24 * 60;
const SENSITIVITIES: readonly string[] = ['low', 'medium', 'high'];
const MODES = ['on', 'off', 'status'] as const;
type Mode = (typeof MODES)[number];

export type WatchRequest =
  | { ok: true; mode: Mode; sensitivity: Sensitivity | null; cooldownMinutes: number | null }
  | { ok: false; problem: string }
  /** Not a watch command at all: a draft that starts with "watch". */
  | { ok: false; problem: null };

export function parseWatch(rest: string): WatchRequest {
  const words = rest.toLowerCase().split(/\s+/).filter(Boolean);
  let mode: Mode = 'status';
  if (words[0] && (MODES as readonly string[]).includes(words[0])) mode = words.shift() as Mode;
  else if (words[0] && words[0] !== 'sensitivity' && words[0] !== 'cooldown')
    return { ok: false, problem: null };
  else if (words.length > 0) mode = 'on';
  let sensitivity: Sensitivity | null = null;
  let cooldownMinutes: number | null = null;
  while (words.length > 0) {
    const word = words.shift()!;
    if (word === 'sensitivity' || SENSITIVITIES.includes(word)) {
      const value = word === 'sensitivity' ? words.shift() : word;
      if (!value || !SENSITIVITIES.includes(value))
        return { ok: false, problem: 'Sensitivity is low, medium or high.' };
      sensitivity = value as Sensitivity;
    } else if (word === 'cooldown') {
      const value = words.shift() ?? '';
      const parsed = parseDuration(value, MIN_COOLDOWN, MAX_COOLDOWN);
      if (!parsed.ok) return { ok: false, problem: 'Cooldown is a length from 5m to 24h, like 30m or 1h.' };
      cooldownMinutes = parsed.minutes;
    } else {
      return { ok: false, problem: "I didn't understand that." };
    }
  }
  if (mode !== 'on' && (sensitivity || cooldownMinutes)) {
    return { ok: false, problem: 'Sensitivity and cooldown go with `watch on`.' };
  }
  return { ok: true, mode, sensitivity, cooldownMinutes };
}

/** Whether Parley's bot user is in the channel; false also when Slack hides the channel from it. */
async function botIsMember(args: SubcommandContext['args'], channel: string): Promise<boolean> {
  try {
    const info = await args.client.conversations.info({ channel });
    return info.channel?.is_member === true;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'channel_not_found' || code === 'not_in_channel' || code === 'missing_scope') return false;
    throw error;
  }
}

async function counts(deps: ListenerDeps, channel: string) {
  const [reminders, notHelpful] = await Promise.all([
    deps.store.getCounter(COUNTER_REMINDERS_SENT, channel),
    deps.store.getCounter(COUNTER_NOT_HELPFUL, channel),
  ]);
  return { reminders, notHelpful };
}

/** Save the settings; false (the fault logged) when the store could not, so nothing is confirmed. */
async function saved(deps: ListenerDeps, ids: FaultIds, watch: ChannelWatch): Promise<boolean> {
  try {
    await deps.store.setWatch(watch);
    return true;
  } catch (error) {
    logFault(deps.logger, error, ids);
    return false;
  }
}

export async function handleWatchCommand(context: SubcommandContext): Promise<void> {
  const { args, deps, rest, ids } = context;
  const { command, client } = args;
  const channel = command.channel_id;
  const reply = (message: SlackMessage) => respondEphemeral(args.respond, message, false);

  const request = parseWatch(rest);
  if (!request.ok) {
    if (request.problem === null) return handleReviewCommand(args, deps, command.text ?? rest, ids);
    return reply(buildWatchUsage(request.problem));
  }
  if (channel.startsWith('D')) return reply(buildWatchNotAChannel());

  if (request.mode === 'status') {
    const existing = await deps.store.getWatch(channel);
    return reply(buildWatchStatus(existing, await counts(deps, channel)));
  }
  // A change starts from the saved settings: when they cannot be read, nothing can be saved either.
  let existing: ChannelWatch | null;
  try {
    existing = await deps.store.getWatch(channel);
  } catch (error) {
    logFault(deps.logger, error, ids);
    return reply(buildNotSaved());
  }

  if (request.mode === 'off') {
    const wasOn = existing?.enabled === true;
    if (existing && !(await saved(deps, ids, { ...existing, enabled: false }))) return reply(buildNotSaved());
    await deps.heat.forgetChannel(channel);
    if (wasOn) {
      deps.logger.info('watch off', { channel, user: command.user_id });
      await quietly(deps.logger, ids, () => client.chat.postMessage({ channel, ...buildWatchStopped() }));
    }
    return reply(
      buildWatchStatus(existing ? { ...existing, enabled: false } : null, await counts(deps, channel)),
    );
  }

  if (!(await botIsMember(args, channel))) return reply(buildWatchNotMember());
  const next: ChannelWatch = {
    channel,
    enabled: true,
    sensitivity: request.sensitivity ?? existing?.sensitivity ?? DEFAULT_SENSITIVITY,
    cooldownMinutes: request.cooldownMinutes ?? existing?.cooldownMinutes ?? DEFAULT_COOLDOWN_MINUTES,
    sensitivityOffset: existing?.sensitivityOffset ?? 0,
  };
  if (!(await saved(deps, ids, next))) return reply(buildNotSaved());
  if (existing?.enabled) {
    return reply(buildWatchStatus(next, await counts(deps, channel), 'Watch settings updated.'));
  }
  deps.logger.info('watch on', { channel, user: command.user_id, sensitivity: next.sensitivity });
  await client.chat.postMessage({ channel, ...buildWatchNotice(next) });
  await reply(buildWatchStatus(next, await counts(deps, channel), 'Parley is now watching this channel.'));
}
