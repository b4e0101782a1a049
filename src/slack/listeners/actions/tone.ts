/**
 * "Shorter" / "Warmer" / "More direct": reshape every rewrite the review can show (or every reply
 * Parley suggested on a reading) and update the message in place. The cached state is updated so
 * tones can be combined, and Show all / Show less keep the tone.
 *
 * A reading's replies are reshaped from the reply itself: the message that was read is someone
 * else's words and is never rewritten into "your reply".
 */
import type { Rewrite, Tone } from '../../../coach/schemas.ts';
import { ACTION_TONE_DIRECT, ACTION_TONE_SHORTER, ACTION_TONE_WARMER } from '../../ids.ts';
import type { ReadingState, ReviewState } from '../../state.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildExpired } from '../../views/messages.ts';
// As many as a full answer shows, so Show all after a tone shows every rewrite in that tone.
import { MAX_REPLIES } from '../../views/reading.ts';
import { MAX_REWRITES } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { coachOptionsFor } from '../support/coach-options.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { renderReading } from '../support/reading.ts';
import { replaceInPlace } from '../support/replace.ts';
import { respondEphemeral } from '../support/respond.ts';
import { renderReview } from '../support/review.ts';
import type { BlockActionArgs } from '../support/types.ts';

export const TONE_BY_ACTION: Readonly<Record<string, Tone>> = {
  [ACTION_TONE_SHORTER]: 'shorter',
  [ACTION_TONE_WARMER]: 'warmer',
  [ACTION_TONE_DIRECT]: 'direct',
};

async function retoneAll(
  rewrites: readonly Rewrite[],
  shown: number,
  reshape: (rewrite: Rewrite) => Promise<Rewrite>,
): Promise<Rewrite[]> {
  const head = await Promise.all(rewrites.slice(0, shown).map(reshape));
  return [...head, ...rewrites.slice(shown)];
}

async function retoneMessage(
  deps: ListenerDeps,
  stateId: string,
  state: ReviewState | ReadingState,
  tone: Tone,
): Promise<SlackMessage> {
  const { options, notice } = await coachOptionsFor(deps, state.user, { context: state.context });
  if (state.kind === 'review') {
    const rewrites = await retoneAll(state.review.rewrites, MAX_REWRITES, (r) =>
      deps.coach.retone(state.draft, r, tone, options),
    );
    const next: ReviewState = {
      ...state,
      review: { ...state.review, rewrites },
      view: { ...state.view, tone, notice: notice() ?? state.view?.notice ?? null },
    };
    await deps.state.set(stateId, next);
    return renderReview(deps, stateId, next);
  }
  const replies = await retoneAll(state.reading.replies, MAX_REPLIES, (r) =>
    deps.coach.retone(r.text, r, tone, options),
  );
  const next: ReadingState = {
    ...state,
    reading: { ...state.reading, replies },
    view: { ...state.view, tone, notice: notice() ?? state.view?.notice ?? null },
  };
  await deps.state.set(stateId, next);
  return renderReading(deps, stateId, next);
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
    const thinking = state.kind === 'review' ? 'review' : 'reply';
    await replaceInPlace(args, deps, action, retoneMessage(deps, action.value, state, tone), thinking);
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
