/**
 * Messages in channels Parley is in: the "take a break" hook. Only channels that opted in with
 * `/coach watch on` are read. Each message is reduced to numbers (measureMessage) at once; its
 * text is never stored or logged. When the detector says a thread crossed the channel's
 * sensitivity, a neutral reminder goes into that thread (thread_ts), never at channel level.
 */
import { z } from 'zod';
import { measureMessage } from '../../../coach/heat.ts';
import { analyze } from '../../../coach/local/analyze.ts';
import { COUNTER_REMINDERS_SENT } from '../../reminder-ids.ts';
import { buildReminder } from '../../views/reminder.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, logFault, quietly } from '../support/fault.ts';
import type { MessageEventArgs } from '../support/types.ts';
import { isFromPerson } from './direct.ts';

/** Top-level messages form the channel's own thread. */
export const CHANNEL_THREAD = 'channel';
/** Tone shows early; reading more of a very long message only costs time. */
export const MAX_ANALYZED_CHARS = 4_000;

const ChannelMessage = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  ts: z.string().regex(/^\d{1,12}(\.\d{1,9})?$/),
  text: z.string().nullish(),
  thread_ts: z.string().nullish(),
  team: z.string().nullish(),
});

export async function handleChannelMessage(args: MessageEventArgs, deps: ListenerDeps): Promise<void> {
  // Read before any await: the moment the event reached us, on our own clock.
  const receivedAt = deps.clock();
  const raw = args.event as unknown as Record<string, unknown>;
  // A reply also sent to the channel, or a file with a comment, is still a person talking.
  const subtype = raw.subtype;
  const plain =
    subtype === 'thread_broadcast' || subtype === 'file_share' ? { ...raw, subtype: undefined } : raw;
  if (!isFromPerson(plain, args.context.botUserId ?? null)) return;
  const parsed = ChannelMessage.safeParse(raw);
  if (!parsed.success) return;
  const event = parsed.data;
  const text = event.text ?? '';
  if (text.trim() === '') return;
  const team = event.team ?? args.context.teamId ?? '';
  const ids: FaultIds = { surface: 'message.channel', team, user: event.user, channel: event.channel };

  let watch: Awaited<ReturnType<ListenerDeps['store']['getWatch']>>;
  try {
    watch = await deps.store.getWatch(event.channel);
  } catch (error) {
    logFault(deps.logger, error, ids);
    return;
  }
  if (!watch?.enabled) return;

  const sample = text.slice(0, MAX_ANALYZED_CHARS);
  const reading = await deps.heat.observe(
    {
      channel: event.channel,
      thread: event.thread_ts ?? CHANNEL_THREAD,
      // Hashed inside the detector; team-qualified so shared channels never merge two people.
      user: `${team}:${event.user}`,
      // Slack's own time for the message, so pace survives delayed or retried deliveries.
      at: Math.round(Number(event.ts) * 1000),
      // Cooldown and the hourly cap run on our clock: a burst of old-stamped events (a backlog,
      // a replay, a forged ts) spreads over hours of message time but arrives within seconds.
      receivedAt,
      measure: measureMessage(sample, analyze(sample)),
    },
    {
      sensitivity: watch.sensitivity,
      sensitivityOffset: watch.sensitivityOffset,
      cooldownMinutes: watch.cooldownMinutes,
    },
  );
  if (!reading.remind) return;

  try {
    await args.client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      ...buildReminder(),
    });
    deps.logger.info('reminder posted', {
      channel: event.channel,
      heat: reading.heat,
      people: reading.people,
    });
  } catch (error) {
    logFault(deps.logger, error, ids);
    return;
  }
  await quietly(deps.logger, ids, () => deps.store.increment(COUNTER_REMINDERS_SENT, event.channel));
}
