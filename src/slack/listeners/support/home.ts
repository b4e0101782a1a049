/** The Home tab: techniques and the user's preferences. */
import type { WebClient } from '@slack/web-api';
import type { UserPreferences } from '../../../store/store.ts';
import { buildHome } from '../../views/home.ts';
import type { ListenerDeps } from '../deps.ts';

export async function publishHome(
  client: WebClient,
  deps: ListenerDeps,
  user: string,
  preferences: UserPreferences,
  notice?: string,
): Promise<void> {
  await client.views.publish({
    user_id: user,
    view: buildHome({ techniques: deps.techniques.all, preferences, ...(notice ? { notice } : {}) }),
  });
}
