/** `/coach` with no text: the draft form. The review arrives as a DM when it is submitted. */
import { buildCoachModal } from '../../views/modal.ts';
import type { ListenerDeps } from '../deps.ts';
import { preferencesFor } from '../support/coach-options.ts';
import { encodeOrigin } from '../support/draft-origin.ts';
import type { FaultIds } from '../support/fault.ts';
import type { CommandArgs } from '../support/types.ts';

export async function handleDraftModalCommand(args: CommandArgs, deps: ListenerDeps, _ids: FaultIds) {
  const preferences = await preferencesFor(deps, args.command.user_id);
  await args.client.views.open({
    trigger_id: args.command.trigger_id,
    view: buildCoachModal({
      context: preferences.context,
      // The review goes to the DM; this is where the line saying so goes.
      privateMetadata: encodeOrigin({
        from: { channel: args.command.channel_id, responseUrl: args.command.response_url || null },
      }),
    }),
  });
}
