/**
 * A review from start to message: preferences fill the gaps, the coach reviews, the result is
 * cached for the buttons under a new id, and buildReview renders it. Shared by /coach, the modal,
 * the message shortcut and DM follow-ups.
 */
import type { Context } from '../../../coach/schemas.ts';
import type { ReviewState } from '../../state.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { uiLanguage } from '../../views/blocks.ts';
import { withFeedback } from '../../views/feedback.ts';
import { buildReview } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { techniqueRefs } from './techniques.ts';

export interface ReviewRequest {
  user: string;
  draft: string;
  context?: Context | null;
  goal?: string | null;
  technique?: string | null;
}

export interface ReviewResult {
  message: SlackMessage;
  stateId: string;
  state: ReviewState;
}

export async function reviewDraft(deps: ListenerDeps, request: ReviewRequest): Promise<ReviewResult> {
  const { options, notice } = await coachOptionsFor(deps, request.user, { context: request.context ?? null });
  const technique = request.technique && deps.techniques.has(request.technique) ? request.technique : null;
  const review = await deps.coach.review(request.draft, {
    ...options,
    goal: request.goal ?? null,
    technique,
  });
  const state: ReviewState = {
    kind: 'review',
    user: request.user,
    draft: request.draft,
    review,
    context: options.context ?? null,
    goal: request.goal ?? null,
    language: options.language ?? 'auto',
    technique,
  };
  const stateId = await deps.state.put(state);
  const built = buildReview(review, {
    stateId,
    techniques: techniqueRefs(deps.techniques),
    notice: notice(),
  });
  const message = withFeedback(built, 'review', review.engine, uiLanguage(review.language));
  return { message, stateId, state };
}
