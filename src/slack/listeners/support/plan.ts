/** A preparation plan from start to message; the plan is cached so a practice run can use it. */
import type { PrepPlan } from '../../../coach/schemas.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildPlan } from '../../views/plan.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';

export interface PlanResult {
  plan: PrepPlan;
  stateId: string;
  message: SlackMessage;
}

export async function preparePlan(deps: ListenerDeps, user: string, situation: string): Promise<PlanResult> {
  const { options, notice } = await coachOptionsFor(deps, user);
  const plan = await deps.coach.prepare(situation, options);
  const stateId = deps.state.put({ kind: 'plan', user, plan, situation });
  return { plan, stateId, message: buildPlan(plan, { stateId, notice: notice() }) };
}
