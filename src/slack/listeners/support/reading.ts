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

/**
 * "Try another technique" on a reading, without asking the coach again (it would read the same
 * message the same way): the replies using the technique come first, the cached state follows
 * so the tone buttons reshape the reply now shown first, and when none uses it the message says
 * so instead of silently showing the same replies.
 */
export function retryReading(
  deps: ListenerDeps,
  stateId: string,
  state: ReadingState,
  technique: string | null,
): SlackMessage {
  const reading = preferTechnique(state.reading, technique);
  deps.state.set(stateId, { ...state, reading });
  const refs = techniqueRefs(deps.techniques);
  const missing =
    technique && !reading.replies.some((r) => r.technique === technique)
      ? (refs.find((t) => t.id === technique)?.name ?? null)
      : null;
  return buildReading(reading, { stateId, techniques: refs, missingTechnique: missing });
}

export async function readMessage(deps: ListenerDeps, user: string, message: string): Promise<ReadingResult> {
  const { options, notice } = await coachOptionsFor(deps, user);
  const reading = await deps.coach.read(message, options);
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
