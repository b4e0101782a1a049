/** A preparation plan from start to message; the plan is cached so a practice run can use it. */
import type { WebClient } from '@slack/web-api';
import type { CoachOptions } from '../../../coach/coach.ts';
import type { PrepPlan } from '../../../coach/schemas.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildPlan, buildPlanActions, planToMarkdown } from '../../views/plan.ts';
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
  return { plan, stateId, message: buildPlan(plan, { stateId, notice: notice() }) };
}

export type PlanThread = StreamThread;

/**
 * A plan answered in a DM thread. When the engine writes progressively (the model engine), the
 * plan streams into the thread as it is written and a short message with the practice button
 * (and the plan marker) follows. Otherwise, or when the stream fails or did not show the whole
 * plan (the offline coach stood in half-way), the whole plan is posted as one message: the user
 * always gets the plan.
 */
export async function postPlanInThread(
  deps: ListenerDeps,
  client: WebClient,
  where: PlanThread,
  situation: string,
  ids: FaultIds,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, where.user);
  const { plan, streamed } = deps.coach.prepareStream
    ? await streamPlan(deps, client, where, situation, options, ids)
    : { plan: await deps.coach.prepare(situation, options), streamed: false };
  const stateId = await deps.state.put({ kind: 'plan', user: where.user, plan, situation });
  const build = streamed ? buildPlanActions : buildPlan;
  await postInThread(client, where.channel, where.threadTs, build(plan, { stateId, notice: notice() }), {
    event_type: EVENT_PLAN,
    event_payload: { state: stateId },
  });
}

/** The plan, and whether the thread now shows all of it as streamed text. */
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
  } = await streamInThread(deps.logger, client, where, ids, 'plan', (append) =>
    deps.coach.prepareStream!(situation, options, append, planToMarkdown),
  );
  return { plan, streamed: !failed && shown !== '' && shown === planToMarkdown(plan) };
}
