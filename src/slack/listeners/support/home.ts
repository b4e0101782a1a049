/** The Home tab: techniques, the user's preferences and the workspace's feedback counts. */
import type { WebClient } from '@slack/web-api';
import { ENGINES } from '../../../coach/schemas.ts';
import type { UserPreferences } from '../../../store/store.ts';
import { FEEDBACK_SURFACES } from '../../views/feedback.ts';
import { buildHome, type FeedbackCounts, type PostingAsYou } from '../../views/home.ts';
import { feedbackCounter } from '../actions/feedback.ts';
import type { ListenerDeps } from '../deps.ts';
import { logFault } from './fault.ts';

/** The workspace's thumbs up / down per surface and engine; null when the store can't say. */
export async function feedbackCounts(deps: ListenerDeps, team: string): Promise<FeedbackCounts | null> {
  try {
    const counts: FeedbackCounts = [];
    for (const surface of FEEDBACK_SURFACES) {
      for (const engine of ENGINES) {
        const [up, down] = await Promise.all([
          deps.store.getCounter(feedbackCounter({ surface, engine }, 'up'), team),
          deps.store.getCounter(feedbackCounter({ surface, engine }, 'down'), team),
        ]);
        counts.push({ surface, engine, up, down });
      }
    }
    return counts;
  } catch (error) {
    logFault(deps.logger, error, { surface: 'home.feedback', team });
    return null;
  }
}

/**
 * What the Home tab says about posting as the user: only in distributed mode (an installation
 * store), by whether Bolt found their user token for this request (context.userToken).
 */
export function postingFor(deps: Pick<ListenerDeps, 'installations'>, userToken: string | undefined) {
  if (!deps.installations) return null;
  return userToken ? ('on' as const) : ('off' as const);
}

/** The workspace: the event's team when known, else the one the bot token belongs to. */
async function workspaceOf(client: WebClient, team: string | null | undefined): Promise<string> {
  if (team) return team;
  const auth = await client.auth.test();
  return typeof auth.team_id === 'string' ? auth.team_id : '';
}

export async function publishHome(
  client: WebClient,
  deps: ListenerDeps,
  user: string,
  preferences: UserPreferences,
  options: { notice?: string; team?: string | null; posting?: PostingAsYou | null } = {},
): Promise<void> {
  const feedback = await feedbackCounts(deps, await workspaceOf(client, options.team));
  await client.views.publish({
    user_id: user,
    view: buildHome({
      techniques: deps.techniques.all,
      preferences,
      feedback,
      posting: options.posting ?? null,
      ...(options.notice ? { notice: options.notice } : {}),
    }),
  });
}
