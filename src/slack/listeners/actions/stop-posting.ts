/**
 * App Home "Stop": Parley forgets the user's token for posting as them. Only that person's token
 * goes (the workspace's bot installation stays), Slack is asked to revoke it (auth.revoke, with
 * the token itself), and the Home tab is published again, now saying how to allow posting. From
 * then on *Use this* hands the text over to copy.
 */
import { userTokenQuery } from '../../oauth.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { preferencesFor } from '../support/coach-options.ts';
import { faultFields, logFault } from '../support/fault.ts';
import { publishHome } from '../support/home.ts';
import type { BlockActionArgs } from '../support/types.ts';

/** Shown on the Home tab when the token could not be forgotten (the store failed). */
export const STOP_FAILED_TEXT =
  "Parley couldn't forget its permission to post as you just now. Please try again.";

export async function handleStopPosting(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.stop_posting');
  if (!action || !deps.installations) return;
  const userToken = args.context.userToken;
  let stopped = true;
  try {
    await deps.installations.deleteInstallation(userTokenQuery(args.context, action.user));
    deps.logger.info('user token forgotten at their request', { ...action.ids });
  } catch (error) {
    stopped = false;
    logFault(deps.logger, error, action.ids);
  }
  // Forgotten here first, so a refused revoke still leaves Parley unable to post as them.
  if (stopped && userToken) {
    try {
      await args.client.auth.revoke({ token: userToken });
    } catch (error) {
      deps.logger.warn(
        'slack did not revoke the user token; Parley forgot it anyway',
        faultFields(error, action.ids),
      );
    }
  }
  try {
    const preferences = await preferencesFor(deps, action.user);
    await publishHome(args.client, deps, action.user, preferences, {
      team: action.team,
      posting: stopped ? 'off' : 'on',
      ...(stopped ? {} : { notice: STOP_FAILED_TEXT }),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
  }
}
