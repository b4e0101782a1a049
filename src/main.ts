/**
 * `npm start`: the one place that builds everything. Settings → logger → engines (on worker
 * threads) → store → Slack app → start. Bad settings print one readable message (no stack) and exit 1.
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
import { openStore } from './store/open.ts';
import type { Store } from './store/store.ts';

interface Parts {
  slack?: SlackApp;
  workers?: CoachWorkers;
  store?: Store;
  redis?: SharedRedis;
}

/** Close whatever has been built, in order: stop taking requests first, then workers, store and Redis. */
async function closeParts(logger: Logger, parts: Parts): Promise<void> {
  const { slack, workers, store, redis } = parts;
  const steps: [string, (() => Promise<void>) | undefined][] = [
    ['slack', slack && (() => slack.stop())],
    ['workers', workers && (() => workers.close())],
    ['store', store && (() => store.close())],
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

/** With REDIS_URL: the shared state for a fleet (not awaited: Parley starts while Redis is down). */
function shared(config: Config, logger: Logger, parts: Parts): Partial<SharedStateOptions> {
  if (!config.redisUrl || !config.encryption) return {};
  const redis = connectRedis({ url: config.redisUrl, logger });
  parts.redis = redis;
  return sharedState(redis, createSealer(config.encryption.current, config.encryption.previous));
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

  // The engine runs on worker threads (each builds it with createCoach and warms it), so the
  // thread that acks Slack never waits behind a review.
  const workers = await startCoachWorkers({
    engine: config.engine,
    logLevel: config.logLevel,
    reviewTimeoutMs: config.reviewTimeoutMs,
    logger,
  });
  parts.workers = workers;
  const store = openStore(config.databasePath, { logger });
  parts.store = store;
  const fleet = shared(config, logger, parts);
  const slack = createSlackApp({
    ...fleet,
    slack: slackConfig,
    coach: workers.coach,
    techniques: TechniqueLibrary.load(),
    store,
    logger,
    logLevel: config.logLevel,
  });
  parts.slack = slack;
  onSignals(logger, stop);
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
