/**
 * Builds the Bolt app for Socket Mode or HTTP and registers the listeners. It only wires: every
 * behaviour lives in listeners/, every message in views/.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Coach } from '../coach/coach.ts';
import type { TechniqueLibrary } from '../coach/techniques.ts';
import type { LogLevel as ParleyLogLevel, SlackConfig } from '../config.ts';
import { errorKind, type Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { type EventLedger, MemoryEventLedger } from './dedupe.ts';
import { DELIVERY_TTL_MS, deliverOnce } from './deliver-once.ts';
import { createSlackFetch } from './fetch.ts';
import { createListenerDeps, type ListenerDeps } from './listeners/deps.ts';
import { registerListeners } from './listeners/index.ts';
import {
  type InstallationOptions,
  logAuthorizationFailure,
  oauthReceiverOptions,
  registerInstallationEvents,
} from './oauth.ts';
import { guardSlackRequests, SIGNATURE_TTL_MS } from './request-guard.ts';
import { teamScope } from './team-scope.ts';

export interface SlackAppOptions {
  slack: SlackConfig;
  coach: Coach;
  techniques: TechniqueLibrary;
  store: Store;
  logger: Logger;
  /** Bolt's own level; below it Bolt skips building debug lines (they are sanitized either way). */
  logLevel?: ParleyLogLevel;
  /** Milliseconds since the epoch; injected so state expiry can be tested. */
  clock?: () => number;
  /**
   * Where handled deliveries (event_id, trigger_id) and already-run request signatures are
   * remembered. In memory by default, which is right for one instance; several instances need a
   * shared implementation of the same interface.
   */
  ledgers?: { deliveries?: EventLedger; signatures?: EventLedger };
  /**
   * What GET /readyz checks besides the process itself (Redis, the database): each answers
   * whether its dependency is reachable. None by default: the embedded mode depends on nothing.
   */
  readiness?: ReadinessCheck[];
  /** Overrides for listener dependencies (tests: a shorter "thinking…" delay; shared state). */
  listeners?: Partial<Pick<ListenerDeps, 'thinkingAfterMs' | 'state' | 'heat'>>;
  /** Distributed mode (slack.oauth set): where installations live, and what an uninstall also forgets. */
  installations?: InstallationOptions;
}

export interface ReadinessCheck {
  /** Named in the /readyz body when down: "redis", "database". */
  name: string;
  ready(): Promise<boolean>;
}

export interface StartedSlackApp {
  /** HTTP mode: the port actually bound (useful with PORT=0). */
  port?: number;
  server?: Server;
}

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  start(): Promise<StartedSlackApp>;
  stop(): Promise<void>;
}

/** Socket Mode when an app-level token is configured, HTTP otherwise. */
export function selectMode(slack: Pick<SlackConfig, 'mode' | 'appToken'>): 'socket' | 'http' {
  return slack.mode === 'socket' && slack.appToken ? 'socket' : 'http';
}

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
/** A readiness check that takes longer than this counts as down (a load balancer's probe waits less). */
export const READY_CHECK_TIMEOUT_MS = 2_000;

/** Bounds for the in-memory ledgers: at most a few MB, whatever the traffic. */
const DELIVERY_LEDGER_MAX = 50_000;
const SIGNATURE_LEDGER_MAX = 50_000;

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, logger } = options;
  const clock = options.clock ?? Date.now;
  const mode = selectMode(slack);
  const boltLogger = createBoltLogger(logger, OURS_TO_BOLT[options.logLevel ?? 'info']);
  const transport = createSlackFetch();
  const clientOptions = {
    fetch: transport.fetch,
    retryConfig: transport.retryConfig,
    ...(slack.apiUrl ? { slackApiUrl: withTrailingSlash(slack.apiUrl) } : {}),
  };

  // --- Distributed app (OAuth): see oauth.ts -------------------------------------------------
  const oauth = slack.oauth ?? null;
  const installations = options.installations;
  if (oauth && (mode === 'socket' || !installations))
    throw new Error('The distributed app runs in HTTP mode with an installation store');
  // One workspace's token, or none: each workspace's comes from its installation.
  const token = oauth ? undefined : (slack.botToken ?? undefined);
  const oauthOptions =
    oauth && installations ? oauthReceiverOptions(oauth, installations, clientOptions) : {};
  // ----------------------------------------------------------------------------------------------

  let app: App;
  let receiver: HTTPReceiver | undefined;
  if (mode === 'socket') {
    app = new App({
      token,
      appToken: slack.appToken!,
      socketMode: true,
      convoStore: false,
      logger: boltLogger,
      logLevel: boltLogger.getLevel(),
      clientOptions,
    });
  } else {
    // Bolt's own check is off (below), so refuse to run unsigned here, as Bolt would have.
    const signingSecret = slack.signingSecret;
    if (!signingSecret) throw new Error('HTTP mode needs a Slack signing secret');
    receiver = new HTTPReceiver({
      signingSecret,
      endpoints: [EVENTS_PATH],
      // guardSlackRequests verifies instead, against the injected clock and in both directions.
      signatureVerification: false,
      // Ack first, work after: with true the HTTP answer would wait for the whole handler.
      processBeforeResponse: false,
      logger: boltLogger,
      logLevel: boltLogger.getLevel(),
      ...oauthOptions,
      customRoutes: [
        {
          path: HEALTH_PATH,
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ ok: true, mode: 'http' }));
          },
        },
        {
          path: READY_PATH,
          method: ['GET'],
          handler: (_req, res) => {
            void readiness(options.readiness ?? []).then(({ ready, body }) => {
              res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
              res.end(JSON.stringify(body));
            });
          },
        },
      ],
    });
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      signingSecret,
      path: EVENTS_PATH,
      signatures:
        options.ledgers?.signatures ??
        new MemoryEventLedger({ ttlMs: SIGNATURE_TTL_MS, maxEntries: SIGNATURE_LEDGER_MAX, clock }),
      logger,
      clock,
    });
    app = new App({
      token,
      receiver,
      // Parley keeps no conversation state in Bolt: threads are read back from Slack.
      convoStore: false,
      logger: boltLogger,
      logLevel: boltLogger.getLevel(),
      clientOptions,
    });
  }

  app.error(async (error) => {
    const code = (error as { code?: unknown }).code;
    // Distributed app: the installation lookup failed (not installed, or the store failed).
    if (oauth && logAuthorizationFailure(error, logger)) return;
    logger.error('slack listener failed', {
      kind: errorKind(error),
      code: typeof code === 'string' ? code : null,
    });
  });

  // First in the chain, so no listener sees a delivery twice.
  app.use(
    deliverOnce(
      options.ledgers?.deliveries ??
        new MemoryEventLedger({ ttlMs: DELIVERY_TTL_MS, maxEntries: DELIVERY_LEDGER_MAX, clock }),
      logger,
    ),
  );
  // Every store call a listener makes is keyed by the request's workspace (team-scope.ts).
  app.use(teamScope());

  const deps = createListenerDeps({
    coach: options.coach,
    techniques: options.techniques,
    store: options.store,
    logger,
    clock,
    ...options.listeners,
    installations: oauth && installations ? installations.store : null,
  });
  registerListeners(app, deps);
  if (oauth && installations) registerInstallationEvents(app, installations, logger);

  return {
    app,
    mode,
    async start() {
      if (mode === 'socket') {
        await app.start();
        logger.info('parley started', { mode });
        return {};
      }
      const server = (await app.start({ port: slack.port, host: slack.host })) as Server;
      const port = (server.address() as AddressInfo).port;
      logger.info('parley started', { mode, port });
      return { port, server };
    },
    async stop() {
      await app.stop();
      transport.close();
    },
  };
}

/** Runs every check at once, each bounded; the body names what is down. Never rejects. */
export async function readiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = READY_CHECK_TIMEOUT_MS,
): Promise<{ ready: boolean; body: { ok: boolean; checks: Record<string, 'up' | 'down'>; down: string[] } }> {
  const results = await Promise.all(
    checks.map(async (check) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return [check.name, await Promise.race([check.ready().catch(() => false), late])] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const down = results.filter(([, up]) => !up).map(([name]) => name);
  const body = {
    ok: down.length === 0,
    checks: Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down'] as const)),
    down,
  };
  return { ready: body.ok, body };
}

const withTrailingSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * Bolt and the Web API client log request and response bodies at debug level (and some errors
 * echo payloads). This adapter forwards only the fixed head of each message: it stops at the
 * first character that could start interpolated data, and reduces errors to their kind and code.
 */
export function sanitizeBoltMessage(parts: unknown[]): { message: string; kind?: string; code?: string } {
  let message = '';
  let kind: string | undefined;
  let code: string | undefined;
  for (const part of parts) {
    if (typeof part === 'string') {
      if (!message) message = fixedHead(part);
    } else if (part instanceof Error) {
      kind ??= errorKind(part);
      const c = (part as { code?: unknown }).code;
      if (typeof c === 'string' && /^[\w.-]{1,64}$/.test(c)) code ??= c;
    }
  }
  const out: { message: string; kind?: string; code?: string } = { message: message || 'bolt' };
  if (kind) out.kind = kind;
  if (code) out.code = code;
  return out;
}

/** The text before anything that may carry data: quotes, brackets, parentheses, colons, "=", digits. */
function fixedHead(text: string): string {
  const cut = text.search(/[:"'`{[(<=\n\r\d]/);
  return (cut === -1 ? text : text.slice(0, cut)).trim().slice(0, 120);
}

const OURS_TO_BOLT: Record<ParleyLogLevel, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

const BOLT_TO_OURS: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** A Bolt Logger over Parley's logger. Level filtering stays with Parley's logger. */
export function createBoltLogger(logger: Logger, level: LogLevel = LogLevel.DEBUG): BoltLogger {
  let current = level;
  const emit =
    (at: LogLevel) =>
    (...parts: unknown[]) => {
      if (RANK[at] < RANK[current]) return;
      const { message, kind, code } = sanitizeBoltMessage(parts);
      logger[BOLT_TO_OURS[at]](`bolt: ${message}`, { kind, code });
    };
  return {
    debug: emit(LogLevel.DEBUG),
    info: emit(LogLevel.INFO),
    warn: emit(LogLevel.WARN),
    error: emit(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
