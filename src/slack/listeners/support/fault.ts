/**
 * Faults are logged as a kind plus ids (team, user, channel, surface): never text, never an error
 * message (Slack and model errors can echo what the user wrote).
 */

import { CoachTimeoutError } from '../../../coach-worker.ts';
import { errorKind, type Logger } from '../../../log.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildError, buildRateLimited, buildTimedOut } from '../../views/messages.ts';
import { CoachBusyError } from './fair-coach.ts';

export interface FaultIds {
  surface: string;
  team?: string | null | undefined;
  user?: string | null | undefined;
  channel?: string | null | undefined;
}

/** Slack's error code ("channel_not_found") when the Web API said no; codes are fixed identifiers. */
export function slackErrorCode(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  const code = data?.error ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : null;
}

/** What a fault log line may carry: where it happened and what kind it was, never text. */
export function faultFields(error: unknown, ids: FaultIds) {
  return {
    surface: ids.surface,
    kind: errorKind(error),
    code: slackErrorCode(error),
    team: ids.team ?? null,
    user: ids.user ?? null,
    channel: ids.channel ?? null,
  };
}

export function logFault(logger: Logger, error: unknown, ids: FaultIds): void {
  logger.error('slack handler failed', faultFields(error, ids));
}

/** Run a best-effort step (a status line, an apology): its failure is logged, never thrown. */
export async function quietly(logger: Logger, ids: FaultIds, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    logger.warn('slack best-effort step failed', faultFields(error, ids));
  }
}

/**
 * What the user sees for a fault: the rate-limited note when the coach is busy, "try a shorter
 * version" when it ran out of time, else the error message.
 */
export function faultMessage(error: unknown): SlackMessage {
  if (error instanceof CoachBusyError) return buildRateLimited();
  if (error instanceof CoachTimeoutError) return buildTimedOut();
  return buildError();
}
