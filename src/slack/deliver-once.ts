/**
 * Handles each Slack delivery once. Slack redelivers an event whose ack was slow (same body and
 * event_id, `X-Slack-Retry-Num` 1–3), and Bolt does not de-duplicate: a DM and its three retries
 * made four plans. As global middleware it runs before every listener, in HTTP and Socket Mode,
 * and the key is recorded on arrival, so a retry that lands while the first copy is still being
 * handled is dropped too.
 */
import { createHash } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { errorKind, type Logger } from '../log.ts';
import type { EventLedger } from './dedupe.ts';

/** Slack retries within minutes (after about 1 and 5); an hour covers every redelivery. */
export const DELIVERY_TTL_MS = 60 * 60_000;

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * What makes a delivery the same one again: the event_id of an event; the trigger_id Slack gives
 * each command and interaction (a second click on a button gets a new one, so it still runs); for
 * a click without one, its action_ts, user and message or view. A retry with none of these is
 * recognised by its body, which Slack repeats unchanged. Null: nothing to go on, handle it.
 * Each field is read on its own, so one odd field cannot hide the others.
 */
export function deliveryKey(body: unknown, retryNum: number | undefined): string | null {
  const fields = record(body) ?? {};
  const eventId = text(fields.event_id);
  if (eventId) return `event:${eventId}`;
  const triggerId = text(fields.trigger_id);
  if (triggerId) return `trigger:${triggerId}`;
  if (fields.type === 'block_actions') {
    const actions = Array.isArray(fields.actions) ? fields.actions : [];
    const actionTs = text(record(actions[0])?.action_ts);
    const user = text(record(fields.user)?.id);
    const container = record(fields.container);
    if (actionTs && user) {
      return `action:${actionTs}:${user}:${text(container?.message_ts) ?? text(container?.view_id) ?? ''}`;
    }
  }
  if (retryNum === undefined) return null;
  return `body:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

/** A kind for the log line: Slack's own type names only, never a payload value. */
function kindOf(body: unknown): string {
  const fields = record(body) ?? {};
  if (text(fields.event_id)) return 'event';
  if (text(fields.command)) return 'command';
  const type = text(fields.type);
  return type && /^[a-z_]{1,32}$/.test(type) ? type : 'interaction';
}

export function deliverOnce(ledger: EventLedger, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body, args.context.retryNum);
    if (key === null || (await firstTime(ledger, key, logger))) {
      await args.next();
      return;
    }
    logger.debug('slack delivery repeated', {
      kind: kindOf(args.body),
      retry: args.context.retryNum ?? null,
    });
    // Events are acked by Bolt before middleware; everything else is acked here, so Slack stops.
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
  };
}

/** A failing shared ledger must not drop Slack traffic: handle the delivery and say so. */
async function firstTime(ledger: EventLedger, key: string, logger: Logger): Promise<boolean> {
  try {
    return await ledger.firstTime(key);
  } catch (error) {
    logger.warn('delivery ledger failed', { kind: errorKind(error) });
    return true;
  }
}
