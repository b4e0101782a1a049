/**
 * Ephemeral replies through response_url. Slow work first shows "thinking…", which the result then
 * replaces; work that answers quickly goes out in one message.
 *
 * response_url can refuse a reply (a 5xx, an expired URL, a dropped connection), and Bolt's
 * respond() then throws: the reply would be lost. withReplyFallback routes it once more, to the
 * user's DM with Parley (chat.postMessage to the user id works from any conversation, where
 * chat.postEphemeral fails in DMs and channels the bot is not in), with a line saying why.
 */
import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../log.ts';
import type { SlackMessage } from '../../views/blocks.ts';
import { buildThinking, type ThinkingKind, withDeliveryNote } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { type FaultIds, faultFields, slackErrorCode } from './fault.ts';
import { withThinking } from './thinking.ts';

export interface RespondOptions {
  /** Replace the message the request came from (buttons) instead of adding a new one (commands). */
  replaceOriginal: boolean;
  thinking: ThinkingKind;
}

export async function respondEphemeral(respond: RespondFn, message: SlackMessage, replaceOriginal: boolean) {
  await respond({ response_type: 'ephemeral', replace_original: replaceOriginal, ...message });
}

export async function respondWhenReady(
  respond: RespondFn,
  deps: ListenerDeps,
  work: Promise<SlackMessage>,
  options: RespondOptions,
): Promise<void> {
  const { value, slow } = await withThinking(work, deps.thinkingAfterMs, () =>
    thinkingNote(respond, deps.logger, options),
  );
  await respondEphemeral(respond, value, options.replaceOriginal || slow);
}

/** "Thinking…" is a courtesy: it never takes the fallback route, and its failure stops nothing. */
async function thinkingNote(respond: RespondFn, logger: Logger, options: RespondOptions): Promise<void> {
  try {
    await respondEphemeral(primaryOf(respond), buildThinking(options.thinking), options.replaceOriginal);
  } catch (error) {
    logger.debug('thinking note refused', { code: slackErrorCode(error) });
  }
}

/** Where a refused reply goes instead, and what its log line says. */
export interface ReplyRoute {
  client: WebClient;
  user: string;
  logger: Logger;
  ids: FaultIds;
}

const PRIMARY = Symbol('parley.respond.primary');
type RoutedRespond = RespondFn & { [PRIMARY]?: RespondFn };

/** The plain response_url respond() under a routed one (itself for a plain one). */
export function primaryOf(respond: RespondFn): RespondFn {
  return (respond as RoutedRespond)[PRIMARY] ?? respond;
}

/**
 * respond() with one fallback: a reply response_url refuses goes to the user's DM instead. After
 * one refusal, later replies to the same request go straight to the DM.
 */
export function routeReplies(respond: RespondFn, route: ReplyRoute): RespondFn {
  let refused = false;
  const routed: RoutedRespond = async (message) => {
    const reply: RespondArguments = typeof message === 'string' ? { text: message } : message;
    if (!refused) {
      try {
        return await respond(reply);
      } catch (error) {
        refused = true;
        route.logger.warn('slack reply refused; sending it by DM', faultFields(error, route.ids));
      }
    }
    // Deleting or replacing without new content has nothing to deliver elsewhere.
    if (typeof reply.text !== 'string' || reply.text === '') return Response.json({ ok: true });
    const note = withDeliveryNote({
      text: reply.text,
      blocks: ((reply as { blocks?: unknown }).blocks ?? []) as SlackMessage['blocks'],
    });
    await route.client.chat.postMessage({ channel: route.user, text: note.text, blocks: note.blocks });
    return Response.json({ ok: true, routed: 'dm' });
  };
  routed[PRIMARY] = respond;
  return routed;
}

interface ReplyBody {
  user_id?: unknown;
  channel_id?: unknown;
  team_id?: unknown;
  user?: { id?: unknown };
  channel?: { id?: unknown };
  team?: { id?: unknown } | null;
}

const idOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Bolt's arguments with respond() routed (slash commands and message buttons). Arguments without
 * a response_url (Home tab selects) or without a user are returned as they are.
 */
export function withReplyFallback<A extends { respond: RespondFn; body: unknown; client: WebClient }>(
  args: A,
  deps: Pick<ListenerDeps, 'logger'>,
  surface = 'reply',
): A {
  const body = (args.body ?? {}) as ReplyBody;
  const user = idOf(body.user_id) ?? idOf(body.user?.id);
  if (typeof args.respond !== 'function' || !user) return args;
  const ids: FaultIds = {
    surface,
    user,
    team: idOf(body.team_id) ?? idOf(body.team?.id),
    channel: idOf(body.channel_id) ?? idOf(body.channel?.id),
  };
  return {
    ...args,
    respond: routeReplies(args.respond, { client: args.client, user, logger: deps.logger, ids }),
  };
}
