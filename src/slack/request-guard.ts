/**
 * Screens every POST to the events endpoint before Bolt's receiver sees it: the signature, a
 * timestamp within 5 minutes of now in either direction (Bolt only refuses old ones, and reads the
 * real clock), one run per signature inside that window, and a body Bolt can dispatch without
 * throwing. Anything else is answered here at once, with a bare status and never a stack trace.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { type BufferedIncomingMessage, HTTPModuleFunctions } from '@slack/bolt';
import { errorKind, type Logger } from '../log.ts';
import type { EventLedger } from './dedupe.ts';
import { classifyBody } from './request-body.ts';

/** Slack's window for a request timestamp, applied both ways. */
export const REQUEST_WINDOW_S = 5 * 60;
/**
 * A signature must be remembered while its timestamp can still pass the window: a request stamped
 * 5 minutes ahead stays acceptable until 5 minutes after it, so twice the window.
 */
export const SIGNATURE_TTL_MS = 2 * REQUEST_WINDOW_S * 1000;

export interface RequestGuardOptions {
  signingSecret: string;
  /** The events endpoint; other paths (health, custom routes) go straight to Bolt. */
  path: string;
  /** Signatures already run. */
  signatures: EventLedger;
  logger: Logger;
  clock: () => number;
  bodyLimit?: number;
}

type Verdict = { pass: true } | { pass: false; status: number };

/** Wraps Bolt's request listener; Bolt's own signature check is off, this one replaces it. */
export function guardSlackRequests(next: RequestListener, options: RequestGuardOptions): RequestListener {
  const { logger } = options;
  return (req, res) => {
    // Other paths stay synchronous: Bolt throws for unknown ones and its server turns that into a 404.
    if (!isEventsPost(req, options.path)) {
      next(req, res);
      return;
    }
    void (async () => {
      try {
        const verdict = await screen(req, options);
        if (verdict.pass) next(req, res);
        else answer(res, verdict.status);
      } catch (error) {
        // Nothing escapes as an unhandled rejection, and the caller gets a bare status.
        logger.error('slack request screening failed', { kind: errorKind(error) });
        answer(res, 500);
      }
    })();
  };
}

async function screen(req: IncomingMessage, options: RequestGuardOptions): Promise<Verdict> {
  const { logger } = options;
  let buffered: BufferedIncomingMessage;
  try {
    // Bolt reuses req.rawBody when it is already set, so the body is read once.
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(
      req,
      options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit,
    );
  } catch (error) {
    const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413;
    logger.warn('slack request unreadable', { kind: errorKind(error), tooLarge });
    return { pass: false, status: tooLarge ? 413 : 400 };
  }
  const raw = buffered.rawBody.toString();
  const form = req.headers['content-type'] === 'application/x-www-form-urlencoded';

  // Slack's SSL check is unsigned and carries nothing to run: answer it, pass nothing on.
  if (form && parseForm(raw).ssl_check === '1') return { pass: false, status: 200 };

  const signature = header(req, 'x-slack-signature');
  const problem = verify(options, header(req, 'x-slack-request-timestamp'), signature, raw);
  if (problem) {
    logger.warn('slack request rejected', { reason: problem });
    return { pass: false, status: 401 };
  }

  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    logger.warn('slack request malformed', { kind: 'unparsable' });
    return { pass: false, status: 400 };
  }
  const shape = classifyBody(body);
  if (!shape.ok) {
    logger.warn('slack request malformed', { kind: shape.label });
    return { pass: false, status: 400 };
  }
  if (shape.kind === 'rate_limited') {
    logger.warn('slack is rate limiting event deliveries');
    return { pass: false, status: 200 };
  }

  // A Slack retry with a fresh timestamp has a new signature and is caught later by its
  // event_id or trigger_id; one with the same bytes is a copy and stops here, answered 200 so
  // nothing retries it again.
  if (!(await firstTime(options, `signature:${signature}`))) {
    logger.debug('slack request replayed', { kind: shape.label });
    return { pass: false, status: 200 };
  }
  return { pass: true };
}

/** Why the request is not Slack's, or null. */
function verify(
  options: RequestGuardOptions,
  timestamp: string | undefined,
  signature: string | undefined,
  raw: string,
): 'timestamp' | 'signature' | null {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return 'timestamp';
  const nowS = Math.floor(options.clock() / 1000);
  if (Math.abs(nowS - Number(timestamp)) > REQUEST_WINDOW_S) return 'timestamp';
  if (!signature?.startsWith('v0=')) return 'signature';
  const expected = Buffer.from(
    `v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${raw}`).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'signature';
}

/** A failing shared ledger must not stop Slack traffic: run the request and say so. */
async function firstTime(options: RequestGuardOptions, key: string): Promise<boolean> {
  try {
    return await options.signatures.firstTime(key);
  } catch (error) {
    options.logger.warn('signature ledger failed', { kind: errorKind(error) });
    return true;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Bolt's own routing test (HTTPReceiver.unboundRequestListener), so no request reaches its endpoint unscreened. */
function isEventsPost(req: IncomingMessage, path: string): boolean {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  return pathname === path && req.method?.toUpperCase() === 'POST';
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
