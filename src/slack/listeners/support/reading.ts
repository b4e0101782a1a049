/**
 * A read of someone else's message from start to message: the coach reads it, the result is cached
 * for the technique and tone controls, and buildReading renders it.
 */
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
 * "Try another technique" on a reading: the coach reads the message again with that technique, so
 * the replies use it, and the cached state follows so the tone buttons reshape the reply now
 * shown. When the coach has no reply with it (none read calm), the replies already shown stay and
 * the message says so instead of silently showing them again.
 */
export async function rereadWithTechnique(
  deps: ListenerDeps,
  stateId: string,
  state: ReadingState,
  technique: string,
): Promise<SlackMessage> {
  const { options, notice } = await coachOptionsFor(deps, state.user, { context: state.context });
  const fresh = await deps.coach.read(state.message, { ...options, language: state.language, technique });
  const refs = techniqueRefs(deps.techniques);
  if (fresh.replies.some((r) => r.technique === technique)) {
    await deps.state.set(stateId, { ...state, reading: fresh, technique });
    return buildReading(fresh, { stateId, techniques: refs, notice: notice() });
  }
  return buildReading(state.reading, {
    stateId,
    techniques: refs,
    notice: notice(),
    missingTechnique: technique,
  });
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
    technique: null,
  };
  const stateId = await deps.state.put(state);
  return {
    state,
    stateId,
    message: buildReading(reading, { stateId, techniques: techniqueRefs(deps.techniques), notice: notice() }),
  };
}
