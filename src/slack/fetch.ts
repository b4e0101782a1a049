/**
 * A lean `fetch` for Slack's Web API and response_url posts: node:http(s) with keep-alive agents,
 * answered with a standard Response. Node 20's built-in fetch costs about three times the CPU per
 * request (measured on loopback), and every reply goes through it on the thread that must ack
 * Slack within 3 s. Anything beyond a plain text or form body (file uploads) uses the built-in fetch.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RetryOptions } from '@slack/web-api';

/**
 * How the Web API client retries a failed call (a 5xx, a dropped connection): twice, within about
 * a second, so a reply Slack will not take gives way to another route quickly. The client's
 * default is ten retries over about 30 minutes, during which the user sees nothing. A 429 keeps
 * the client's own handling (wait for Retry-After, then retry) within the same budget.
 */
export const SLACK_RETRY_POLICY: RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 200,
  maxTimeout: 1000,
  randomize: true,
};

/** A Slack call whose socket stays silent this long is abandoned (then retried by the policy). */
export const SLACK_IDLE_TIMEOUT_MS = 10_000;

export interface SlackFetch {
  fetch: typeof fetch;
  /** The retry policy for the Web API client that uses this transport. */
  retryConfig: RetryOptions;
  /** Close idle keep-alive sockets (on shutdown and in tests). */
  close(): void;
}

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return { ...(headers as Record<string, string>) };
}

function toResponse(res: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const status = res.statusCode ?? 500;
  const empty = status === 204 || status === 304;
  return new Response(empty ? null : body, { status, statusText: res.statusMessage ?? '', headers });
}

export function createSlackFetch(maxSockets = 64, idleTimeoutMs = SLACK_IDLE_TIMEOUT_MS): SlackFetch {
  const http = new HttpAgent({ keepAlive: true, maxSockets });
  const https = new HttpsAgent({ keepAlive: true, maxSockets });

  const lean = (input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> => {
    const body = init.body;
    const plainBody =
      body === undefined || body === null || typeof body === 'string' || body instanceof URLSearchParams;
    if (input instanceof Request || !plainBody) return globalThis.fetch(input, init);
    const url = new URL(String(input));
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') return globalThis.fetch(input, init);
    const payload = body === undefined || body === null ? undefined : String(body);
    const headers = headerRecord(init.headers);
    if (
      body instanceof URLSearchParams &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
    ) {
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const signal = init.signal ?? undefined;

    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const send = secure ? httpsRequest : httpRequest;
      const req = send(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? https : http },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(toResponse(res, Buffer.concat(chunks)));
          });
          res.on('error', reject);
        },
      );
      const onAbort = () =>
        req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.setTimeout(idleTimeoutMs, () => req.destroy(new Error('Slack did not answer in time')));
      req.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(new TypeError('fetch failed', { cause: error }));
      });
      req.end(payload);
    });
  };

  return {
    fetch: lean as typeof fetch,
    retryConfig: SLACK_RETRY_POLICY,
    close() {
      http.destroy();
      https.destroy();
    },
  };
}
