/**
 * What a signed request to /slack/events must look like before Bolt sees it. Bolt dereferences
 * fields it never checks (`body.user.id`, `'channel' in event`), so a signed `null`, a payload
 * without a user or an event that is not an object throws inside it: an unanswered request, an
 * unhandled rejection or a 500. Classification follows Bolt's own order (helpers.ts
 * getTypeAndConversation) so the shape checked here is the one Bolt will dispatch on.
 */
import { z } from 'zod';

export type RequestKind =
  | 'ssl_check'
  | 'url_verification'
  | 'rate_limited'
  | 'event'
  | 'command'
  | 'interaction';

export type ClassifiedBody =
  | { ok: true; kind: RequestKind /** For logs: the kind, or a known interaction type. */; label: string }
  | { ok: false; label: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object (not null, not an array). */
const Obj = z.custom<Record<string, unknown>>(isRecord);

const UrlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string() });

const EventBody = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  team_id: z.string().optional(),
  authorizations: z.array(Obj).optional(),
  event: z.object({
    type: z.string().min(1),
    channel: z.union([z.string(), Obj]).optional(),
    user: z.union([z.string(), Obj]).optional(),
    item: Obj.optional(),
    subteam: Obj.optional(),
    assistant_thread: Obj.optional(),
    message: Obj.optional(),
    previous_message: Obj.optional(),
  }),
});

const CommandBody = z.object({
  command: z.string().min(1),
  user_id: z.string().min(1),
  team_id: z.string().optional(),
  channel_id: z.string().optional(),
  text: z.string().optional(),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});

const InteractionBase = z.object({
  type: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  team: Obj.nullish(),
  enterprise: Obj.nullish(),
  // Bolt reads `channel.id` whenever channel is not undefined, so null is as bad as a string.
  channel: Obj.optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  response_urls: z.array(Obj).optional(),
});

const WithActions = InteractionBase.extend({ actions: z.array(Obj).min(1) });
const WithView = InteractionBase.extend({ view: z.object({ callback_id: z.string() }) });
const WithCallback = InteractionBase.extend({ callback_id: z.string() });

const INTERACTION_TYPES = new Set([
  'block_actions',
  'block_suggestion',
  'interactive_message',
  'dialog_submission',
  'shortcut',
  'message_action',
  'view_submission',
  'view_closed',
]);

/** The schema for an interaction, chosen the way Bolt chooses its listener family. */
function interactionSchema(body: Record<string, unknown>) {
  if (body.name !== undefined || body.type === 'block_suggestion') return InteractionBase;
  if (body.actions !== undefined) return WithActions;
  if (body.type === 'dialog_submission') return InteractionBase;
  if (body.type === 'shortcut' || body.type === 'message_action') return WithCallback;
  if (body.type === 'view_submission' || body.type === 'view_closed') return WithView;
  return null;
}

/** Checks a parsed body (Bolt's parse: JSON, `payload=` JSON, or form fields). */
export function classifyBody(body: unknown): ClassifiedBody {
  if (!isRecord(body)) return { ok: false, label: 'not_an_object' };
  if (body.ssl_check === '1') return { ok: true, kind: 'ssl_check', label: 'ssl_check' };
  if (body.type === 'url_verification') {
    return checked(UrlVerification.safeParse(body).success, 'url_verification', 'url_verification');
  }
  if (body.type === 'app_rate_limited') return { ok: true, kind: 'rate_limited', label: 'rate_limited' };
  if (body.event !== undefined) return checked(EventBody.safeParse(body).success, 'event', 'event');
  if (body.command !== undefined) return checked(CommandBody.safeParse(body).success, 'command', 'command');
  const schema = interactionSchema(body);
  if (!schema) return { ok: false, label: 'unknown' };
  const label = typeof body.type === 'string' && INTERACTION_TYPES.has(body.type) ? body.type : 'interaction';
  return checked(schema.safeParse(body).success, 'interaction', label);
}

const checked = (ok: boolean, kind: RequestKind, label: string): ClassifiedBody =>
  ok ? { ok, kind, label } : { ok, label };
