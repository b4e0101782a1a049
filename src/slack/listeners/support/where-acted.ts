/**
 * Where the user acted, when the answer went elsewhere: an ephemeral line there says the answer is
 * in the DM, with a link. Through the request's response_url when there is one (it works in
 * channels Parley is not in), chat.postEphemeral otherwise. Nothing is said when the user acted in
 * that same DM, and a refusal is only logged: the answer itself has arrived.
 */
import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildSentToDm, type SentKind } from '../../views/sent-to-dm.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, quietly } from './fault.ts';
import { primaryOf } from './respond.ts';
import { postToResponseUrl } from './response-url.ts';

export interface ActedIn {
  user: string;
  channel: string | null;
  /** respond() of the request, or a response_url kept from where a form was opened. */
  respond?: RespondFn | null;
  responseUrl?: string | null;
}

export async function noteWhereActed(
  client: WebClient,
  deps: Pick<ListenerDeps, 'logger'>,
  acted: ActedIn,
  sent: { kind: SentKind; dm: string },
  ids: FaultIds,
): Promise<void> {
  if (!acted.channel || acted.channel === sent.dm) return;
  const note = buildSentToDm(sent.kind, sent.dm);
  await quietly(deps.logger, ids, async () => {
    // The plain response_url: a refused note must not take the DM fallback route itself.
    if (acted.respond) {
      await primaryOf(acted.respond)({ response_type: 'ephemeral', replace_original: false, ...note });
    } else if (acted.responseUrl) {
      await postToResponseUrl(acted.responseUrl, note, { replaceOriginal: false });
    } else {
      await client.chat.postEphemeral({ channel: acted.channel!, user: acted.user, ...note });
    }
  });
}
