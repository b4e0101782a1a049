/**
 * A fake Slack Web API on 127.0.0.1 (port 0) for end-to-end tests and benchmarks. It records every
 * call (`POST /api/<method>`, form-encoded or JSON), keeps the messages the app posts so
 * `conversations.replies` / `conversations.history` answer like Slack would, and serves
 * response_url endpoints (`POST /response/<id>`), recorded separately.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { visibleText } from '../../src/slack/views/visible-text.ts';

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'U0PARLEY';
export const FAKE_BOT_ID = 'B0PARLEY';

/**
 * The IM between the person a user token (`xoxp-…`) belongs to and `user`, as conversations.open
 * with that token answers it: a different channel from the bot's DM with `user` (`D<user>`), so a
 * test can tell a post in the user's own DM from one in Parley's. Derived from the token, not
 * containing it.
 */
export function userImId(userToken: string, user: string): string {
  const person = createHash('sha256').update(userToken).digest('hex').slice(0, 6).toUpperCase();
  return `D${person}${user}`;
}

/** A workspace that can install the app through the fake OAuth exchange (oauth.v2.access). */
export interface FakeWorkspace {
  teamId: string;
  teamName?: string;
  enterpriseId?: string;
  botToken: string;
  botUserId: string;
  botId: string;
  /** Who installs. */
  userId: string;
  /** Set when the installer also granted the user scopes. */
  userToken?: string;
  botScopes?: string[];
  userScopes?: string[];
}

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
}

export interface ResponseCall {
  id: string;
  body: Record<string, unknown>;
  /** performance.now() when the post arrived (benchmarks time replies with it). */
  receivedAt: number;
}

/**
 * A message Parley sent (posted, updated, ephemeral or through a response_url), as a person would
 * read it: the visible text of its blocks (or its `text` when it has none) and that text's length.
 * The e2e suite checks first answers against their budgets with these (tests/helpers/budget.ts).
 */
export interface RenderedMessage {
  /** The Web API method, or `response_url`. */
  via: string;
  blocks: Record<string, unknown>[];
  visible: string;
  length: number;
}

/** A message as Slack keeps it (what conversations.replies returns). */
export interface StoredMessage {
  type: 'message';
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload?: Record<string, unknown> };
  subtype?: string;
}

export interface WaitOptions {
  /** Give up after this long (default 5 s): a deadline, not an assertion on speed. */
  timeoutMs?: number;
  /** How many matching calls to wait for (default 1). */
  count?: number;
}

export interface FakeSlackApi {
  /** e.g. http://127.0.0.1:54321 */
  readonly url: string;
  /** The Web API base URL for `slackApiUrl` (trailing /api/). */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseCall[];
  /** Every message Parley sent, rendered to visible text (never cleared by clearCalls). */
  readonly rendered: RenderedMessage[];
  /** A response_url served by this fake. */
  responseUrl(id: string): string;
  callsTo(method: string): ApiCall[];
  responsesTo(id: string): ResponseCall[];
  /** Wait until `count` calls to `method` (matching `where`) were recorded; returns the last one. */
  waitFor(method: string, where?: (call: ApiCall) => boolean, options?: WaitOptions): Promise<ApiCall>;
  /** Wait until `count` posts reached response_url `id`; returns the last one. */
  waitForResponse(id: string, options?: WaitOptions): Promise<ResponseCall>;
  /** Put a message into a channel's history, as if a person had sent it. */
  addMessage(channel: string, message: Omit<StoredMessage, 'type' | 'ts'> & { ts?: string }): StoredMessage;
  /** The channel's history, oldest first. */
  messages(channel: string): StoredMessage[];
  /** The next call to `method` answers `{ ok: false, error }` (Slack's platform error shape). */
  failNext(method: string, error?: string, times?: number): void;
  /**
   * The next `times` calls to `method` answer this HTTP status (a 5xx outage, not Slack's
   * `ok: false`): the client's retries count as calls.
   */
  failHttp(method: string, status?: number, times?: number): void;
  /** The next post to response_url `id` answers this HTTP status. */
  failResponse(id: string, status?: number): void;
  /** Called for every post to a response_url as it arrives; returns an unsubscribe function. */
  onResponse(listener: (response: ResponseCall) => void): () => void;
  /** conversations.info says whether the bot is in `channel` (default: a member everywhere). */
  setMember(channel: string, member: boolean): void;
  /** The Markdown streamed into message `ts` so far (chat.startStream/appendStream/stopStream). */
  streamedText(channel: string, ts: string): string;
  /**
   * The next oauth.v2.access with this `code` answers as Slack would for an install into
   * `workspace` (codes are single use), and auth.test then answers for its tokens.
   */
  grant(code: string, workspace: FakeWorkspace): void;
  /** True once auth.revoke was called with this token; every later call with it answers token_revoked. */
  isRevoked(token: string): boolean;
  /** Forget recorded calls and responses (messages stay). */
  clearCalls(): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set([
  'blocks',
  'attachments',
  'metadata',
  'view',
  'chunks',
  'users',
  'prompts',
  'outputs',
]);

function parseForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key) && /^[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string
      }
    }
    out[key] = value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The Markdown a streaming call carries: `markdown_text` and/or `markdown_text` chunks. */
function streamedText(args: Record<string, unknown>): string {
  const chunks = Array.isArray(args.chunks) ? (args.chunks as { type?: unknown; text?: unknown }[]) : [];
  const fromChunks = chunks
    .filter((c) => c?.type === 'markdown_text')
    .map((c) => str(c.text) ?? '')
    .join('');
  return `${str(args.markdown_text) ?? ''}${fromChunks}`;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responses: ResponseCall[] = [];
  const rendered: RenderedMessage[] = [];
  /** Record what a person would see of a message Parley sent. */
  const render = (via: string, args: Record<string, unknown>) => {
    const blocks = Array.isArray(args.blocks) ? (args.blocks as Record<string, unknown>[]) : [];
    if (blocks.length === 0 && typeof args.text !== 'string') return;
    const visible = blocks.length > 0 ? visibleText(blocks) : String(args.text);
    rendered.push({ via, blocks, visible, length: visible.length });
  };
  const channels = new Map<string, StoredMessage[]>();
  const failures = new Map<string, { error: string; times: number }>();
  const responseFailures = new Map<string, number>();
  const httpFailures = new Map<string, { status: number; times: number }>();
  const responseListeners = new Set<(response: ResponseCall) => void>();
  const scheduled: { id: string; channel: string; post_at: number; text: string }[] = [];
  /** Streams started and not yet stopped, by message ts. */
  const streaming = new Set<string>();
  /** Channels where conversations.info says the bot is not a member. */
  const notMember = new Set<string>();
  /** OAuth codes not yet exchanged, and every token a granted workspace was given. */
  const codes = new Map<string, FakeWorkspace>();
  const tokens = new Map<string, { workspace: FakeWorkspace; kind: 'bot' | 'user' }>();
  /** Tokens revoked through auth.revoke. */
  const revoked = new Set<string>();
  let tsCounter = 1_700_000_000_000_000;
  let idCounter = 0;
  const nextTs = () => {
    tsCounter += 1;
    const s = String(tsCounter);
    return `${s.slice(0, 10)}.${s.slice(10)}`;
  };

  const history = (channel: string) => {
    let list = channels.get(channel);
    if (!list) {
      list = [];
      channels.set(channel, list);
    }
    return list;
  };

  const post = (channel: string, args: Record<string, unknown>): StoredMessage => {
    const message: StoredMessage = {
      type: 'message',
      ts: nextTs(),
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      text: str(args.text) ?? '',
    };
    const threadTs = str(args.thread_ts);
    if (threadTs) message.thread_ts = threadTs;
    if (Array.isArray(args.blocks)) message.blocks = args.blocks;
    if (args.metadata && typeof args.metadata === 'object')
      message.metadata = args.metadata as StoredMessage['metadata'];
    history(channel).push(message);
    return message;
  };

  /** Slack only returns metadata when include_all_metadata is set: the app must ask for it. */
  const visible = (message: StoredMessage, withMetadata: boolean): StoredMessage => {
    if (withMetadata || !message.metadata) return message;
    const { metadata: _omit, ...rest } = message;
    return rest;
  };

  /** oauth.v2.access's answer for an install (https://docs.slack.dev/reference/methods/oauth.v2.access). */
  const exchange = (args: Record<string, unknown>): Record<string, unknown> => {
    const code = str(args.code) ?? '';
    const workspace = codes.get(code);
    if (!workspace) return { ok: false, error: 'invalid_code' };
    codes.delete(code);
    return {
      ok: true,
      app_id: 'A0PARLEY',
      authed_user: {
        id: workspace.userId,
        ...(workspace.userToken
          ? {
              scope: (workspace.userScopes ?? ['chat:write']).join(','),
              access_token: workspace.userToken,
              token_type: 'user',
            }
          : {}),
      },
      scope: (workspace.botScopes ?? ['commands', 'chat:write']).join(','),
      token_type: 'bot',
      access_token: workspace.botToken,
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: workspace.teamName ?? workspace.teamId },
      enterprise: workspace.enterpriseId
        ? { id: workspace.enterpriseId, name: workspace.enterpriseId }
        : null,
      is_enterprise_install: false,
    };
  };

  const answer = (
    method: string,
    args: Record<string, unknown>,
    token: string | null,
  ): Record<string, unknown> => {
    const channel = str(args.channel) ?? str(args.channel_id) ?? '';
    const granted = token ? tokens.get(token) : undefined;
    switch (method) {
      case 'oauth.v2.access':
        return exchange(args);
      case 'auth.test':
        if (granted) {
          const { workspace, kind } = granted;
          return {
            ok: true,
            url: `https://${workspace.teamId.toLowerCase()}.slack.test/`,
            team: workspace.teamName ?? workspace.teamId,
            user: kind === 'bot' ? 'parley' : workspace.userId.toLowerCase(),
            team_id: workspace.teamId,
            user_id: kind === 'bot' ? workspace.botUserId : workspace.userId,
            ...(kind === 'bot' ? { bot_id: workspace.botId } : {}),
            ...(workspace.enterpriseId ? { enterprise_id: workspace.enterpriseId } : {}),
          };
        }
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake Team',
          user: 'parley',
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case 'chat.postMessage': {
        const message = post(channel, args);
        return { ok: true, channel, ts: message.ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update': {
        const ts = str(args.ts) ?? '';
        const found = history(channel).find((m) => m.ts === ts);
        if (found) {
          found.text = str(args.text) ?? found.text;
          if (Array.isArray(args.blocks)) found.blocks = args.blocks;
          if (args.metadata && typeof args.metadata === 'object')
            found.metadata = args.metadata as StoredMessage['metadata'];
        }
        return { ok: true, channel, ts, text: str(args.text) ?? '' };
      }
      case 'chat.scheduleMessage': {
        const id = `Q${++idCounter}`;
        const postAt = Number(args.post_at);
        scheduled.push({ id, channel, post_at: postAt, text: str(args.text) ?? '' });
        return { ok: true, channel, scheduled_message_id: id, post_at: postAt };
      }
      case 'chat.scheduledMessages.list':
        return {
          ok: true,
          scheduled_messages: scheduled
            .filter((s) => !channel || s.channel === channel)
            .map((s) => ({
              id: s.id,
              channel_id: s.channel,
              post_at: s.post_at,
              date_created: 0,
              text: s.text,
            })),
          response_metadata: { next_cursor: '' },
        };
      case 'chat.deleteScheduledMessage': {
        const id = str(args.scheduled_message_id);
        const index = scheduled.findIndex((s) => s.id === id);
        if (index === -1) return { ok: false, error: 'invalid_scheduled_message_id' };
        scheduled.splice(index, 1);
        return { ok: true };
      }
      case 'conversations.open': {
        const users = str(args.users) ?? '';
        const first = users.split(',')[0] ?? '';
        // With a user token it is that person's IM with `users`, not the bot's.
        const id = token?.startsWith('xoxp-') ? userImId(token, first) : `D${first}`;
        return { ok: true, channel: { id } };
      }
      // https://docs.slack.dev/reference/methods/auth.revoke: the token in the request is revoked.
      case 'auth.revoke':
        if (!token) return { ok: false, error: 'not_authed' };
        if (String(args.test) !== 'true' && String(args.test) !== '1') revoked.add(token);
        return { ok: true, revoked: true };
      case 'conversations.replies': {
        const ts = str(args.ts) ?? '';
        const withMetadata = String(args.include_all_metadata) === 'true';
        const thread = history(channel)
          .filter((m) => m.ts === ts || m.thread_ts === ts)
          .map((m) => visible(m, withMetadata));
        if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
        return { ok: true, messages: thread, has_more: false };
      }
      case 'conversations.history': {
        const withMetadata = String(args.include_all_metadata) === 'true';
        const top = history(channel)
          .filter((m) => !m.thread_ts || m.thread_ts === m.ts)
          .map((m) => visible(m, withMetadata))
          .reverse();
        const limit = Number(args.limit) || 100;
        return { ok: true, messages: top.slice(0, limit), has_more: top.length > limit };
      }
      case 'conversations.info':
        return {
          ok: true,
          channel: {
            id: channel,
            name: channel.toLowerCase(),
            is_im: channel.startsWith('D'),
            is_member: !notMember.has(channel),
          },
        };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
      case 'views.push':
        return { ok: true, view: { id: `V${++idCounter}`, ...(args.view as object) } };
      case 'assistant.threads.setStatus':
        return { ok: true };
      // Agent threads only: use failNext to play a plain DM, which refuses them.
      case 'assistant.threads.setSuggestedPrompts': {
        const prompts = Array.isArray(args.prompts)
          ? (args.prompts as { title?: unknown; message?: unknown }[])
          : [];
        const valid =
          prompts.length >= 1 && prompts.length <= 4 && prompts.every((p) => str(p.title) && str(p.message));
        if (!str(args.thread_ts) || !valid) return { ok: false, error: 'invalid_arguments' };
        return { ok: true };
      }
      case 'assistant.threads.setTitle':
        if (!str(args.thread_ts) || !str(args.title)) return { ok: false, error: 'invalid_arguments' };
        return { ok: true };
      // Workflow Builder custom steps: the app finishes a function_executed event with one of these.
      case 'functions.completeSuccess':
        if (!str(args.function_execution_id) || typeof args.outputs !== 'object' || args.outputs === null)
          return { ok: false, error: 'invalid_arguments' };
        return { ok: true };
      case 'functions.completeError':
        if (!str(args.function_execution_id) || !str(args.error))
          return { ok: false, error: 'invalid_arguments' };
        return { ok: true };
      case 'chat.startStream': {
        if (!str(args.thread_ts)) return { ok: false, error: 'invalid_arguments' };
        const message = post(channel, { ...args, text: streamedText(args) });
        streaming.add(message.ts);
        return { ok: true, channel, ts: message.ts };
      }
      case 'chat.appendStream':
      case 'chat.stopStream': {
        const ts = str(args.ts) ?? '';
        const found = history(channel).find((m) => m.ts === ts);
        if (!found || !streaming.has(ts)) return { ok: false, error: 'message_not_in_streaming_state' };
        found.text = `${found.text ?? ''}${streamedText(args)}`;
        if (method === 'chat.stopStream') {
          streaming.delete(ts);
          if (Array.isArray(args.blocks)) found.blocks = args.blocks;
          if (args.metadata && typeof args.metadata === 'object')
            found.metadata = args.metadata as StoredMessage['metadata'];
        }
        return { ok: true, channel, ts };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const json = (req.headers['content-type'] ?? '').includes('application/json');
      const args: Record<string, unknown> = raw === '' ? {} : json ? JSON.parse(raw) : parseForm(raw);

      const response = /^\/response\/([^/]+)$/.exec(url.pathname);
      if (response && req.method === 'POST') {
        const id = decodeURIComponent(response[1]!);
        const recorded: ResponseCall = { id, body: args, receivedAt: performance.now() };
        responses.push(recorded);
        render('response_url', args);
        for (const listener of responseListeners) listener(recorded);
        const status = responseFailures.get(id);
        if (status !== undefined) {
          responseFailures.delete(id);
          return send(res, status, { ok: false, error: 'expired_url' });
        }
        return send(res, 200, { ok: true });
      }

      const api = /^\/api\/([A-Za-z0-9.]+)$/.exec(url.pathname);
      if (!api) return send(res, 404, { ok: false, error: 'not_found' });
      const method = api[1]!;
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (str(args.token) ?? null);
      delete args.token;
      calls.push({ method, args, token });
      if (method === 'chat.postMessage' || method === 'chat.update' || method === 'chat.postEphemeral') {
        render(method, args);
      }
      const outage = httpFailures.get(method);
      if (outage) {
        outage.times -= 1;
        if (outage.times <= 0) httpFailures.delete(method);
        return send(res, outage.status, { ok: false, error: 'fatal_error' });
      }
      if (token && revoked.has(token)) return send(res, 200, { ok: false, error: 'token_revoked' });
      const failure = failures.get(method);
      if (failure) {
        failure.times -= 1;
        if (failure.times <= 0) failures.delete(method);
        return send(res, 200, { ok: false, error: failure.error });
      }
      return send(res, 200, answer(method, args, token));
    } catch {
      send(res, 400, { ok: false, error: 'invalid_request' });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const poll = async <T>(find: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    rendered,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responsesTo: (id) => responses.filter((r) => r.id === id),
    waitFor: (method, where = () => true, options = {}) =>
      poll(
        () => {
          const matching = calls.filter((c) => c.method === method && where(c));
          return matching.length >= (options.count ?? 1) ? matching[matching.length - 1] : undefined;
        },
        `${options.count ?? 1} call(s) to ${method}`,
        options.timeoutMs,
      ),
    waitForResponse: (id, options = {}) =>
      poll(
        () => {
          const matching = responses.filter((r) => r.id === id);
          return matching.length >= (options.count ?? 1) ? matching[matching.length - 1] : undefined;
        },
        `${options.count ?? 1} post(s) to response_url ${id}`,
        options.timeoutMs,
      ),
    addMessage: (channel, message) => {
      const stored: StoredMessage = { type: 'message', ...message, ts: message.ts ?? nextTs() };
      history(channel).push(stored);
      return stored;
    },
    messages: (channel) => [...history(channel)],
    failNext: (method, error = 'internal_error', times = 1) => {
      failures.set(method, { error, times });
    },
    failHttp: (method, status = 500, times = 1) => {
      httpFailures.set(method, { status, times });
    },
    failResponse: (id, status = 404) => {
      responseFailures.set(id, status);
    },
    onResponse: (listener) => {
      responseListeners.add(listener);
      return () => responseListeners.delete(listener);
    },
    setMember: (channel, member) => {
      if (member) notMember.delete(channel);
      else notMember.add(channel);
    },
    streamedText: (channel, ts) => history(channel).find((m) => m.ts === ts)?.text ?? '',
    grant: (code, workspace) => {
      codes.set(code, workspace);
      tokens.set(workspace.botToken, { workspace, kind: 'bot' });
      if (workspace.userToken) tokens.set(workspace.userToken, { workspace, kind: 'user' });
    },
    isRevoked: (token) => revoked.has(token),
    clearCalls: () => {
      calls.length = 0;
      responses.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
