/**
 * "Shorter" / "Warmer" / "More direct": reshape the best rewrite (or reply) and show it first,
 * in place. The cached state is updated so tones can be combined.
 */
import type { Tone } from '../../../coach/schemas.ts';
import { ACTION_TONE_DIRECT, ACTION_TONE_SHORTER, ACTION_TONE_WARMER } from '../../ids.ts';
import type { ReadingState, ReviewState } from '../../state.ts';
import { type SlackMessage, uiLanguage } from '../../views/blocks.ts';
import { withFeedback } from '../../views/feedback.ts';
import { buildExpired } from '../../views/messages.ts';
import { buildReading } from '../../views/reading.ts';
import { buildReview, REVIEW_LABELS } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { coachOptionsFor } from '../support/coach-options.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral, respondWhenReady } from '../support/respond.ts';
import { techniqueRefs } from '../support/techniques.ts';
import type { BlockActionArgs } from '../support/types.ts';

export const TONE_BY_ACTION: Readonly<Record<string, Tone>> = {
  [ACTION_TONE_SHORTER]: 'shorter',
  [ACTION_TONE_WARMER]: 'warmer',
  [ACTION_TONE_DIRECT]: 'direct',
};

async function retoneMessage(
  deps: ListenerDeps,
  stateId: string,
  state: ReviewState | ReadingState,
  tone: Tone,
): Promise<SlackMessage> {
  const { options, notice } = await coachOptionsFor(deps, state.user, { context: state.context });
  const techniques = techniqueRefs(deps.techniques);
  if (state.kind === 'review') {
    const [best, ...rest] = state.review.rewrites;
    const reshaped = await deps.coach.retone(state.draft, best!, tone, options);
    const review = { ...state.review, rewrites: [reshaped, ...rest] };
    await deps.state.set(stateId, { ...state, review });
    const title = REVIEW_LABELS[uiLanguage(review.language)][tone];
    const built = buildReview(review, { stateId, techniques, title, notice: notice() });
    // The thumbs stay with the review; a new block_id per tone, as Slack wants for updates.
    return withFeedback(built, 'review', review.engine, uiLanguage(review.language), `_${tone}`);
  }
  const [best, ...rest] = state.reading.replies;
  const reshaped = await deps.coach.retone(state.message, best!, tone, options);
  const reading = { ...state.reading, replies: [reshaped, ...rest] };
  await deps.state.set(stateId, { ...state, reading });
  return buildReading(reading, { stateId, techniques, notice: notice() });
}

export async function handleTone(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.tone');
  const tone = action ? TONE_BY_ACTION[action.actionId] : undefined;
  if (!action || !tone) return;
  try {
    const state = await deps.state.get(action.value);
    const usable =
      state &&
      state.user === action.user &&
      ((state.kind === 'review' && state.review.rewrites.length > 0) ||
        (state.kind === 'reading' && state.reading.replies.length > 0));
    if (!state || state.kind === 'plan' || !usable) {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    await respondWhenReady(args.respond, deps, retoneMessage(deps, action.value, state, tone), {
      replaceOriginal: true,
      thinking: 'review',
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
