/**
 * "Show the whole plan" / "Show less": the plan message is rebuilt in place from the cached plan.
 * When the short view was streamed above (the model engine), the message below it only holds the
 * buttons, so folding it back shows the buttons alone again.
 * A DM message is updated with chat.update, keeping its plan marker (the thread is read back from
 * it); an ephemeral one (/coach prep) is replaced through its response_url.
 */
import { z } from 'zod';
import { ACTION_PLAN_MORE, parsePlanToggleValue } from '../../ids.ts';
import { buildExpired } from '../../views/messages.ts';
import { buildPlanActions, buildPlanSummary, buildPlanWhole } from '../../views/plan.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { respondEphemeral } from '../support/respond.ts';
import { EVENT_PLAN } from '../support/thread.ts';
import type { BlockActionArgs } from '../support/types.ts';

/** The message the button sat on, and the welcome seed its marker may carry. */
const PlanMessage = z.object({
  message: z.object({
    ts: z.string().min(1),
    metadata: z
      .object({
        event_payload: z
          .object({ seed: z.string().max(500).nullish() })
          .passthrough()
          .nullish(),
      })
      .passthrough()
      .nullish(),
  }),
});

export async function handlePlanToggle(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.plan_toggle');
  if (!action) return;
  try {
    const { stateId, streamed } = parsePlanToggleValue(action.value);
    const state = await deps.state.get(stateId);
    if (state?.kind !== 'plan' || state.user !== action.user) {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    const fold = streamed ? buildPlanActions : buildPlanSummary;
    const build = action.actionId === ACTION_PLAN_MORE ? buildPlanWhole : fold;
    const message = build(state.plan, { stateId, streamed });
    const shown = PlanMessage.safeParse(args.body);
    if (action.ephemeral || !action.channel || !shown.success) {
      return await respondEphemeral(args.respond, message, true);
    }
    const seed = shown.data.message.metadata?.event_payload?.seed;
    await args.client.chat.update({
      channel: action.channel,
      ts: shown.data.message.ts,
      text: message.text,
      blocks: message.blocks,
      metadata: { event_type: EVENT_PLAN, event_payload: { state: stateId, ...(seed ? { seed } : {}) } },
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
