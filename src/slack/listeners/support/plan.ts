/**
 * A preparation plan from start to message; the plan is cached so a practice run (and the Show
 * the whole plan button) can use it. The first message is the short view.
 */
import type { WebClient } from '@slack/web-api';
import type { CoachOptions } from '../../../coach/coach.ts';
import { planFieldOf } from '../../../coach/dm-intent.ts';
import { planChanges } from '../../../coach/plan-diff.ts';
import type { PrepPlan } from '../../../coach/schemas.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import {
  buildPlanActions,
  buildPlanChanges,
  buildPlanSummary,
  planSummaryToMarkdown,
} from '../../views/plan.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { postInThread } from './conversation.ts';
import type { FaultIds } from './fault.ts';
import { type StreamThread, streamInThread } from './stream.ts';
import { EVENT_PLAN } from './thread.ts';

export interface PlanResult {
  plan: PrepPlan;
  stateId: string;
  message: SlackMessage;
}

export async function preparePlan(deps: ListenerDeps, user: string, situation: string): Promise<PlanResult> {
  const { options, notice } = await coachOptionsFor(deps, user);
  const plan = await deps.coach.prepare(situation, options);
  const stateId = await deps.state.put({ kind: 'plan', user, plan, situation });
  return { plan, stateId, message: buildPlanSummary(plan, { stateId, notice: notice() }) };
}

export type PlanThread = StreamThread;

/**
 * A plan answered in a DM thread. When the engine writes progressively (the model engine), the
 * plan's short view streams into the thread as it is written and a short message with the
 * practice button, Show the whole plan (and the plan marker) follows. Otherwise, or when the stream fails or did not show the whole
 * plan (the offline coach stood in half-way), the plan's short view is posted as one message,
 * with the rest behind Show the whole plan: the user always gets the plan.
 */
export async function postPlanInThread(
  deps: ListenerDeps,
  client: WebClient,
  where: PlanThread,
  situation: string,
  ids: FaultIds,
): Promise<{ plan: PrepPlan; stateId: string }> {
  const { options, notice } = await coachOptionsFor(deps, where.user);
  const { plan, streamed } = deps.coach.prepareStream
    ? await streamPlan(deps, client, where, situation, options, ids)
    : { plan: await deps.coach.prepare(situation, options), streamed: false };
  const stateId = await deps.state.put({ kind: 'plan', user: where.user, plan, situation });
  const build = streamed ? buildPlanActions : buildPlanSummary;
  await postInThread(
    client,
    where.channel,
    where.threadTs,
    build(plan, { stateId, notice: notice(), streamed }),
    {
      event_type: EVENT_PLAN,
      event_payload: { state: stateId },
    },
  );
  return { plan, stateId };
}

/**
 * A new detail in a thread that has a plan: plan again for the grown situation and post only
 * what changed since the previous plan (marked as the thread's plan, so practice uses the new
 * one). Without the previous plan (expired from the cache) there is nothing to compare: the new
 * plan's short view is posted.
 */
export async function postPlanChangesInThread(
  deps: ListenerDeps,
  client: WebClient,
  where: PlanThread,
  situation: string,
  previous: PrepPlan | null,
  detail: string,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, where.user);
  const plan = await deps.coach.prepare(situation, options);
  const stateId = await deps.state.put({ kind: 'plan', user: where.user, plan, situation });
  const opts = { stateId, notice: notice() };
  const message = previous
    ? buildPlanChanges(
        {
          plan,
          changes: planChanges(previous, plan),
          newKind: previous.situation !== plan.situation,
          covered: planFieldOf(detail),
        },
        opts,
      )
    : buildPlanSummary(plan, opts);
  await postInThread(client, where.channel, where.threadTs, message, {
    event_type: EVENT_PLAN,
    event_payload: { state: stateId },
  });
}

/**
 * The short view is a few hundred characters: at Slack's default 256-character buffer most of it
 * would reach the thread in one piece when the stream stops.
 */
const SUMMARY_STREAM_BUFFER = 64;

/** The plan, and whether the thread now shows all of its short view as streamed text. */
async function streamPlan(
  deps: ListenerDeps,
  client: WebClient,
  where: PlanThread,
  situation: string,
  options: CoachOptions,
  ids: FaultIds,
): Promise<{ plan: PrepPlan; streamed: boolean }> {
  const {
    value: plan,
    shown,
    failed,
  } = await streamInThread(
    deps.logger,
    client,
    where,
    ids,
    'plan',
    (append) => deps.coach.prepareStream!(situation, options, append, planSummaryToMarkdown),
    SUMMARY_STREAM_BUFFER,
  );
  return { plan, streamed: !failed && shown !== '' && shown === planSummaryToMarkdown(plan) };
}
