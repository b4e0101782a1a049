/** "Try another technique": redo the review with the chosen technique (or reorder a reading's replies), in place. */
import { parseTechniqueValue } from '../../ids.ts';
import { buildExpired } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { retryReading } from '../support/reading.ts';
import { respondEphemeral, respondWhenReady } from '../support/respond.ts';
import { reviewDraft } from '../support/review.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleTryTechnique(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.try_technique');
  if (!action) return;
  try {
    const choice = parseTechniqueValue(action.value);
    const state = choice ? deps.state.get(choice.stateId) : undefined;
    if (!choice || !state || state.user !== action.user || state.kind === 'plan') {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    const technique = deps.techniques.has(choice.technique) ? choice.technique : null;
    if (state.kind === 'reading') {
      const message = retryReading(deps, choice.stateId, state, technique);
      return await respondEphemeral(args.respond, message, true);
    }
    const work = reviewDraft(deps, {
      user: action.user,
      draft: state.draft,
      context: state.context,
      goal: state.goal,
      technique,
    });
    await respondWhenReady(
      args.respond,
      deps,
      work.then((r) => r.message),
      { replaceOriginal: true, thinking: 'review' },
    );
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
