/**
 * A read of someone else's message from start to message: the coach reads it, the result is cached
 * for the technique and tone controls, and buildReading renders it.
 */
import type { Reading } from '../../../coach/schemas.ts';
import type { ReadingState } from '../../state.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildReading } from '../../views/reading.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { techniqueRefs } from './techniques.ts';

export interface ReadingResult {
  message: SlackMessage;
  stateId: string;
  state: ReadingState;
}

/**
 * Coach#read takes no technique, so "Try another technique" on a reading puts the replies that
 * use the chosen technique first.
 */
export function preferTechnique(reading: Reading, technique: string | null): Reading {
  if (!technique) return reading;
  const chosen = reading.replies.filter((r) => r.technique === technique);
  const others = reading.replies.filter((r) => r.technique !== technique);
  return { ...reading, replies: [...chosen, ...others] };
}

export async function readMessage(
  deps: ListenerDeps,
  user: string,
  message: string,
  technique: string | null = null,
): Promise<ReadingResult> {
  const { options, notice } = await coachOptionsFor(deps, user);
  const reading = preferTechnique(await deps.coach.read(message, options), technique);
  const state: ReadingState = {
    kind: 'reading',
    user,
    message,
    reading,
    context: options.context ?? null,
    language: options.language ?? 'auto',
  };
  const stateId = deps.state.put(state);
  return {
    state,
    stateId,
    message: buildReading(reading, { stateId, techniques: techniqueRefs(deps.techniques), notice: notice() }),
  };
}
