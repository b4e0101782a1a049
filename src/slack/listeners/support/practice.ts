/**
 * Practice runs in a DM thread. Turns are rebuilt from the thread each time (Slack keeps the
 * conversation; Parley does not); the plan comes from the short-lived cache when still there.
 */
import type { WebClient } from '@slack/web-api';
import type { PracticeTurnInput, PrepPlan } from '../../../coach/schemas.ts';
import { buildPracticeFeedback, buildPracticeReply } from '../../views/practice.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { postInThread } from './conversation.ts';
import { techniqueRefs } from './techniques.ts';
import { EVENT_PRACTICE, EVENT_PRACTICE_END } from './thread.ts';

/** A counterpart line kept in metadata is capped: it only has to rebuild the conversation. */
const MAX_LINE_IN_METADATA = 2_000;

export interface PracticeRun {
  user: string;
  channel: string;
  /** The thread to answer in; null starts a new top-level message (practice begun outside a DM). */
  threadTs: string | null;
  situation: string;
  planStateId: string | null;
  turns: PracticeTurnInput[];
}

export function cachedPlan(deps: ListenerDeps, stateId: string | null, user: string): PrepPlan | null {
  const state = stateId ? deps.state.get(stateId) : undefined;
  return state?.kind === 'plan' && state.user === user ? state.plan : null;
}

/** The situation the cached plan was made for ('' once it has expired). */
export function cachedSituation(deps: ListenerDeps, stateId: string | null, user: string): string {
  const state = stateId ? deps.state.get(stateId) : undefined;
  return state?.kind === 'plan' && state.user === user ? state.situation : '';
}

export async function postPracticeTurn(
  deps: ListenerDeps,
  client: WebClient,
  run: PracticeRun,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, run.user);
  const reply = await deps.coach.practice({
    ...options,
    situation: run.situation,
    plan: cachedPlan(deps, run.planStateId, run.user),
    turns: run.turns,
  });
  const stateId = run.planStateId ?? '-';
  const payload: Record<string, string> = { line: reply.text.slice(0, MAX_LINE_IN_METADATA) };
  if (run.planStateId) payload.state = run.planStateId;
  await postInThread(
    client,
    run.channel,
    run.threadTs,
    buildPracticeReply(reply, { stateId, notice: notice() }),
    {
      event_type: EVENT_PRACTICE,
      event_payload: payload,
    },
  );
}

export async function postPracticeFeedback(
  deps: ListenerDeps,
  client: WebClient,
  run: PracticeRun,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, run.user);
  const feedback = await deps.coach.debrief({
    ...options,
    situation: run.situation,
    plan: cachedPlan(deps, run.planStateId, run.user),
    turns: run.turns,
  });
  const message = buildPracticeFeedback(feedback, {
    techniques: techniqueRefs(deps.techniques),
    notice: notice(),
  });
  await postInThread(client, run.channel, run.threadTs, message, {
    event_type: EVENT_PRACTICE_END,
    event_payload: run.planStateId ? { state: run.planStateId } : {},
  });
}
