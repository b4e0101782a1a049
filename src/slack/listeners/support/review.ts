/**
 * A review from start to message: preferences fill the gaps, the coach reviews, the result is
 * cached for the buttons under a new id, and buildReview renders it. Shared by /coach, the modal,
 * the message shortcut and DM follow-ups. renderReview draws a cached review again (a tone,
 * Show all, Show less) exactly as it was shown.
 */
import type { Context } from '../../../coach/schemas.ts';
import type { ActedWhere, AnswerView, ReviewState } from '../../state.ts';
import { type SlackMessage, uiLanguage } from '../../views/blocks.ts';
import { withFeedback } from '../../views/feedback.ts';
import { buildReview, REVIEW_LABELS } from '../../views/review.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { techniqueRefs } from './techniques.ts';

export interface ReviewRequest {
  user: string;
  draft: string;
  context?: Context | null;
  goal?: string | null;
  technique?: string | null;
  /** How to show it: quoted when it goes by DM, names for mentions (see AnswerView). */
  view?: AnswerView;
  /** Where the user acted, for a review delivered to the DM (see ReviewState.origin). */
  origin?: ActedWhere | null;
}

export interface ReviewResult {
  message: SlackMessage;
  stateId: string;
  state: ReviewState;
}

export function renderReview(deps: ListenerDeps, stateId: string, state: ReviewState): SlackMessage {
  const view = state.view ?? {};
  const lang = uiLanguage(state.review.language);
  const built = buildReview(state.review, {
    stateId,
    techniques: techniqueRefs(deps.techniques),
    notice: view.notice ?? null,
    ...(view.tone ? { title: REVIEW_LABELS[lang][view.tone] } : {}),
    expanded: Boolean(view.expanded),
    quote: view.quoted ? state.draft : null,
    names: view.names ?? {},
  });
  // The thumbs stay with the review; a new block_id per look (tone, expanded), as Slack wants for updates.
  const look = `${view.tone ? `_${view.tone}` : ''}${view.expanded ? '_all' : ''}`;
  return withFeedback(built, 'review', state.review.engine, lang, look);
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
    // A fresh review opens short and in its own tone, whatever the one it replaces showed.
    view: { ...request.view, expanded: false, tone: null, notice: notice() },
    ...(request.origin ? { origin: request.origin } : {}),
  };
  const stateId = await deps.state.put(state);
  return { message: renderReview(deps, stateId, state), stateId, state };
}
