/** "Try another technique": redo the review, or the reading's replies, with the chosen technique, in place. */
import { buildExpired, buildUnknownTechnique } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { faultMessage, logFault, quietly } from '../support/fault.ts';
import { rereadWithTechnique } from '../support/reading.ts';
import { replaceInPlace } from '../support/replace.ts';
import { respondEphemeral } from '../support/respond.ts';
import { reviewDraft } from '../support/review.ts';
import { readTechniqueChoice } from '../support/techniques.ts';
import type { BlockActionArgs } from '../support/types.ts';

export async function handleTryTechnique(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.try_technique');
  if (!action) return;
  try {
    const choice = readTechniqueChoice(action.value, deps.techniques);
    if (!choice.ok && choice.problem === 'unknown-technique') {
      deps.logger.info('technique rejected', { surface: action.ids.surface, user: action.user });
      return await respondEphemeral(args.respond, buildUnknownTechnique(), false);
    }
    const state = choice.ok ? await deps.state.get(choice.stateId) : undefined;
    if (!choice.ok || !state || state.user !== action.user || state.kind === 'plan') {
      return await respondEphemeral(args.respond, buildExpired(), false);
    }
    const work =
      state.kind === 'reading'
        ? rereadWithTechnique(deps, choice.stateId, state, choice.technique)
        : reviewDraft(deps, {
            user: action.user,
            draft: state.draft,
            context: state.context,
            goal: state.goal,
            technique: choice.technique,
            // The new review takes the old one's place, so it keeps its quote and names.
            view: { quoted: state.view?.quoted, names: state.view?.names },
            origin: state.origin ?? null,
          }).then((r) => r.message);
    await replaceInPlace(args, deps, action, work, state.kind === 'reading' ? 'reply' : 'review');
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    await quietly(deps.logger, action.ids, () => respondEphemeral(args.respond, faultMessage(error), false));
  }
}
