/**
 * A read of someone else's message from start to message: the coach reads it, the result is cached
 * for the technique and tone controls, and buildReading renders it. renderReading draws a cached
 * reading again exactly as it was shown.
 */
import type { AnswerView, ReadingState } from '../../state.ts';
import { type SlackMessage, uiLanguage } from '../../views/blocks.ts';
import { buildReading } from '../../views/reading.ts';
import { REVIEW_LABELS } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { techniqueRefs } from './techniques.ts';

export interface ReadingResult {
  message: SlackMessage;
  stateId: string;
  state: ReadingState;
}

export function renderReading(
  deps: ListenerDeps,
  stateId: string,
  state: ReadingState,
  missingTechnique: string | null = null,
): SlackMessage {
  const view = state.view ?? {};
  const lang = uiLanguage(state.reading.language);
  return buildReading(state.reading, {
    stateId,
    techniques: techniqueRefs(deps.techniques),
    notice: view.notice ?? null,
    ...(view.tone ? { title: REVIEW_LABELS[lang][view.tone] } : {}),
    expanded: Boolean(view.expanded),
    quote: view.quoted ? state.message : null,
    names: view.names ?? {},
    missingTechnique,
  });
}

/**
 * "Try another technique" on a reading: the coach reads the message again with that technique, so
 * the replies use it, and the cached state follows so the tone buttons reshape the replies now
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
  const view = { ...state.view, notice: notice(), tone: null };
  if (fresh.replies.some((r) => r.technique === technique)) {
    const next: ReadingState = { ...state, reading: fresh, technique, view };
    await deps.state.set(stateId, next);
    return renderReading(deps, stateId, next);
  }
  return renderReading(deps, stateId, { ...state, view }, technique);
}

export async function readMessage(
  deps: ListenerDeps,
  user: string,
  message: string,
  view: AnswerView = {},
): Promise<ReadingResult> {
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
    view: { ...view, expanded: false, tone: null, notice: notice() },
  };
  const stateId = await deps.state.put(state);
  return { state, stateId, message: renderReading(deps, stateId, state) };
}
