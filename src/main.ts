/**
 * `npm start`: the one place that builds everything. Settings → logger → store → engines (on
 * worker threads) → Slack app → start. Bad settings print one readable message (no stack) and exit 1.
 * A fault outside every handler stops the app and exits 1 for a restart (src/process-guard.ts).
 */
import { TechniqueLibrary } from './coach/techniques.ts';
import { type CoachWorkers, startCoachWorkers } from './coach-worker.ts';
import { type Config, ConfigError, loadConfig, requireSlack } from './config.ts';
import { createSealer } from './crypto/sealed.ts';
import { createLogger, errorKind, type Logger } from './log.ts';
import { guardProcess, STOP_WITHIN_MS, stopWithin } from './process-guard.ts';
import { connectRedis, type SharedRedis } from './redis/connection.ts';
import { type SharedStateOptions, sharedState } from './redis/shared-state.ts';
import { createSlackApp, type SlackApp } from './slack/app.ts';
import { adoptDefaultTeamSettings, currentTeam, forgetWorkspace, requestStore } from './slack/team-scope.ts';
import { openInstallationStore } from './store/installations/open.ts';
import type { PgInstallationStore } from './store/installations/postgres.ts';
import { openStore } from './store/open.ts';
import { databaseReadiness } from './store/readiness.ts';
import type { TeamStore } from './store/store.ts';

interface Parts {
  slack?: SlackApp;
  workers?: CoachWorkers;
  store?: TeamStore;
  installations?: PgInstallationStore;
  redis?: SharedRedis;
}

/** Close whatever has been built, in order: stop taking requests first, then workers, stores and Redis. */
async function closeParts(logger: Logger, parts: Parts): Promise<void> {
  const { slack, workers, store, installations, redis } = parts;
  const steps: [string, (() => Promise<void>) | undefined][] = [
    ['slack', slack && (() => slack.stop())],
    ['workers', workers && (() => workers.close())],
    ['store', store && (() => store.close())],
    ['installations', installations && (() => installations.close())],
    ['redis', redis && (() => redis.close())],
  ];
  for (const [step, close] of steps) {
    try {
      await close?.();
    } catch (error) {
      logger.warn('shutdown step failed', { step, kind: errorKind(error) });
    }
  }
}

function onSignals(logger: Logger, stop: () => Promise<void>): void {
  const handle = async (signal: string) => {
    logger.info('parley stopping', { signal });
    await stopWithin(logger, stop, STOP_WITHIN_MS);
    process.exit(0);
  };
  process.once('SIGINT', () => void handle('SIGINT'));
  process.once('SIGTERM', () => void handle('SIGTERM'));
}

/** With REDIS_URL: the shared state for a fleet (not awaited: Parley starts while Redis is down). */
function shared(config: Config, logger: Logger, parts: Parts): Partial<SharedStateOptions> {
  if (!config.redisUrl || !config.encryption) return {};
  const redis = connectRedis({ url: config.redisUrl, logger });
  parts.redis = redis;
  return sharedState(redis, createSealer(config.encryption.current, config.encryption.previous), {
    // Keys carry the request's workspace, so workspaces never read each other's state.
    team: () => {
      const scope = currentTeam();
      return scope ? [scope.enterprise, scope.team].filter(Boolean).join('.') || undefined : undefined;
    },
  });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, { dotenv: true });
  const slackConfig = requireSlack(config);
  const logger = createLogger(config.logLevel);
  const parts: Parts = {};
  let stopping: Promise<void> | undefined;
  // One shutdown, whether a signal or a fault asked first.
  const stop = () => {
    stopping ??= closeParts(logger, parts);
    return stopping;
  };
  guardProcess({ logger, stop });

  // First, so a database that cannot be used fails in a moment, before any worker starts.
  // PostgreSQL unreachable (or a SQLite path that cannot be created): this throws, and the
  // catch below prints why (never the database password) and exits 1.
  const store = await openStore(config, { logger });
  parts.store = store;
  // Distributed mode: installations (sealed tokens) in PostgreSQL; unreachable → exit 1 below.
  if (slackConfig.oauth && config.databaseUrl && config.encryption) {
    parts.installations = await openInstallationStore({
      databaseUrl: config.databaseUrl,
      encryption: config.encryption,
      logger,
    });
  }
  const installations = parts.installations;
  // The engine runs on worker threads (each builds it with createCoach and warms it), so the
  // thread that acks Slack never waits behind a review.
  const workers = await startCoachWorkers({
    engine: config.engine,
    logLevel: config.logLevel,
    reviewTimeoutMs: config.reviewTimeoutMs,
    logger,
  });
  parts.workers = workers;
  const fleet = shared(config, logger, parts);
  const slack = createSlackApp({
    ...fleet,
    // /readyz: the settings database, and Redis when the fleet shares state there.
    readiness: [databaseReadiness(store), ...(fleet.readiness ?? [])],
    slack: slackConfig,
    coach: workers.coach,
    techniques: TechniqueLibrary.load(),
    // Listeners see one workspace's settings: the one of the request they handle (team-scope.ts).
    store: requestStore(store),
    ...(installations
      ? {
          installations: {
            store: installations,
            onUninstall: forgetWorkspace(store),
          },
        }
      : {}),
    logger,
    logLevel: config.logLevel,
  });
  parts.slack = slack;
  onSignals(logger, stop);
  // Single-workspace mode only: settings kept before teams were keys move to the token's workspace.
  if (!slackConfig.oauth) await adoptDefaultTeamSettings(slack.app.client, store, logger);
  await slack.start();
  logger.info('parley ready', {
    engine: config.engine.kind,
    mode: slack.mode,
    sharedState: parts.redis ? 'redis' : 'memory',
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    // Start-up faults (port in use, bad token, database path): no user text exists yet, so the
    // message is safe to show and helps more than a kind alone.
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Parley could not start (${errorKind(error)}): ${detail}\n`);
  }
  process.exit(1);
});
