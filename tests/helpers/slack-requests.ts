/**
 * Signed Slack requests for driving the app over real HTTP: slash commands (form-encoded),
 * interactivity (`payload=` form) and Events API (JSON). Signature: `v0=` + HMAC-SHA256 of
 * `v0:${timestamp}:${rawBody}` with the signing secret.
 */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEST_TEAM_ID = 'T0FAKE';

export interface SignOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Override the computed signature (bad-signature tests). */
  signature?: string;
  /** Extra headers, e.g. Slack's `x-slack-retry-num` on a redelivery. */
  headers?: Record<string, string>;
}

let triggerCounter = 0;

/** Slack gives every invocation its own trigger_id (the app de-duplicates on it), so defaults are unique. */
export function nextTriggerId(): string {
  triggerCounter += 1;
  return `trigger-${triggerCounter}`;
}

/** The headers of a Slack redelivery (Slack retries an event whose ack was slow or failed). */
export const retryHeaders = (retryNum: number, reason = 'http_timeout'): Record<string, string> => ({
  'x-slack-retry-num': String(retryNum),
  'x-slack-retry-reason': reason,
});

export function signature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function signedHeaders(
  secret: string,
  rawBody: string,
  contentType: string,
  options: SignOptions = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signature(secret, timestamp, rawBody),
    ...options.headers,
  };
}

export interface SlackTarget {
  /** The app's events URL, e.g. http://127.0.0.1:1234/slack/events */
  url: string;
  secret: string;
}

export interface PostResult {
  status: number;
  body: string;
}

export async function postSigned(
  target: SlackTarget,
  rawBody: string,
  contentType: string,
  options: SignOptions = {},
): Promise<PostResult> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: signedHeaders(target.secret, rawBody, contentType, options),
    body: rawBody,
  });
  return { status: res.status, body: await res.text() };
}

// --- Slash commands -------------------------------------------------------------------------

export interface SlashCommandFields {
  text: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
  trigger_id?: string;
  command?: string;
  /** The workspace the command comes from (default TEST_TEAM_ID). */
  team_id?: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team_id ?? TEST_TEAM_ID,
    team_domain: 'fake',
    channel_id: fields.channel_id ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U0ALICE',
    user_name: 'alice',
    command: fields.command ?? '/coach',
    text: fields.text,
    api_app_id: 'A0PARLEY',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? nextTriggerId(),
  }).toString();
}

export const postSlashCommand = (target: SlackTarget, fields: SlashCommandFields, options?: SignOptions) =>
  postSigned(target, slashCommandBody(fields), 'application/x-www-form-urlencoded', options);

// --- Interactivity ------------------------------------------------------------------------

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const postInteraction = (
  target: SlackTarget,
  payload: Record<string, unknown>,
  options?: SignOptions,
) => postSigned(target, interactionBody(payload), 'application/x-www-form-urlencoded', options);

const team = { id: TEST_TEAM_ID, domain: 'fake' };
const teamOf = (id: string | undefined) => (id ? { id, domain: id.toLowerCase() } : team);
const userOf = (id: string, teamId = TEST_TEAM_ID) => ({
  id,
  username: id.toLowerCase(),
  name: id.toLowerCase(),
  team_id: teamId,
});

export interface BlockActionFields {
  user?: string;
  action: Record<string, unknown>;
  response_url?: string;
  trigger_id?: string;
  channel?: string;
  /** The message the button sat on (its ts, thread_ts, blocks). */
  message?: Record<string, unknown>;
  container?: Record<string, unknown>;
  view?: Record<string, unknown>;
  /** The workspace the click comes from (default TEST_TEAM_ID). */
  team_id?: string;
}

export function blockActionsPayload(fields: BlockActionFields): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    team: teamOf(fields.team_id),
    user: userOf(fields.user ?? 'U0ALICE', fields.team_id),
    api_app_id: 'A0PARLEY',
    token: 'legacy-verification-token',
    trigger_id: fields.trigger_id ?? nextTriggerId(),
    actions: [{ action_ts: '1700000000.000100', ...fields.action }],
    container: fields.container ?? { type: 'message', is_ephemeral: true },
  };
  if (fields.response_url) payload.response_url = fields.response_url;
  if (fields.channel) payload.channel = { id: fields.channel, name: 'channel' };
  if (fields.message) payload.message = { type: 'message', ...fields.message };
  if (fields.view) payload.view = fields.view;
  return payload;
}

/** A button click. */
export const buttonAction = (action_id: string, value: string, block_id = 'block') => ({
  type: 'button',
  action_id,
  block_id,
  value,
});

/** A static_select choice. */
export const selectAction = (action_id: string, value: string, block_id = 'block') => ({
  type: 'static_select',
  action_id,
  block_id,
  selected_option: { text: { type: 'plain_text', text: value }, value },
});

export interface ViewSubmissionFields {
  user?: string;
  callback_id: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  private_metadata?: string;
}

export function viewSubmissionPayload(fields: ViewSubmissionFields): Record<string, unknown> {
  return {
    type: 'view_submission',
    team,
    user: userOf(fields.user ?? 'U0ALICE'),
    api_app_id: 'A0PARLEY',
    token: 'legacy-verification-token',
    trigger_id: nextTriggerId(),
    view: {
      id: 'V0MODAL',
      team_id: TEST_TEAM_ID,
      type: 'modal',
      callback_id: fields.callback_id,
      private_metadata: fields.private_metadata ?? '',
      state: { values: fields.values },
      hash: 'hash',
      title: { type: 'plain_text', text: 'Parley' },
      blocks: [],
    },
    response_urls: [],
  };
}

export interface MessageShortcutFields {
  user?: string;
  callback_id: string;
  message: {
    text: string;
    user?: string;
    ts?: string;
    /** The thread the message is in. */
    thread_ts?: string;
    bot_id?: string;
    subtype?: string;
    files?: unknown[];
  };
  channel?: string;
  response_url?: string;
}

export function messageShortcutPayload(fields: MessageShortcutFields): Record<string, unknown> {
  return {
    type: 'message_action',
    team,
    user: userOf(fields.user ?? 'U0ALICE'),
    api_app_id: 'A0PARLEY',
    token: 'legacy-verification-token',
    callback_id: fields.callback_id,
    trigger_id: nextTriggerId(),
    action_ts: '1700000000.000200',
    message_ts: fields.message.ts ?? '1700000000.000300',
    channel: { id: fields.channel ?? 'C0GENERAL', name: 'general' },
    message: { type: 'message', ts: '1700000000.000300', ...fields.message },
    response_url: fields.response_url ?? 'https://hooks.slack.invalid/unused',
  };
}

// --- Events API ---------------------------------------------------------------------------

let eventCounter = 0;

export function eventEnvelope(
  event: Record<string, unknown>,
  teamId: string = TEST_TEAM_ID,
): Record<string, unknown> {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0PARLEY',
    event,
    type: 'event_callback',
    event_id: `Ev${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'U0PARLEY', is_bot: true }],
  };
}

export interface EventOptions extends SignOptions {
  /** The workspace the event comes from (default TEST_TEAM_ID). */
  team_id?: string;
}

export const postEvent = (target: SlackTarget, event: Record<string, unknown>, options?: EventOptions) =>
  postSigned(target, JSON.stringify(eventEnvelope(event, options?.team_id)), 'application/json', options);
