/**
 * "Show all rewrites and why" / "Show less": the same review or reading, full or short, in place.
 * Nothing is asked of the coach; the cached answer is drawn again with its view flipped.
 */
import { ACTION_SHOW_ALL } from '../../ids.ts';
import { buildExpired } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { renderReading } from '../support/reading.ts';
import { replaceInPlace } from '../support/replace.ts';
import { respondEphemeral } from '../support/respond.ts';
import { renderReview } from '../support/review.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleShowDetail(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.show_detail');
  if (!action) return;
  try {
    const state = await deps.state.get(action.value);
    if (!state || state.kind === 'plan' || state.user !== action.user) {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    const view = { ...state.view, expanded: action.actionId === ACTION_SHOW_ALL };
    const message =
      state.kind === 'review'
        ? renderReview(deps, action.value, { ...state, view })
        : renderReading(deps, action.value, { ...state, view });
    await deps.state.set(action.value, { ...state, view });
    await replaceInPlace(
      args,
      deps,
      action,
      Promise.resolve(message),
      state.kind === 'review' ? 'review' : 'reply',
    );
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
