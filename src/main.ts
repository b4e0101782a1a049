/**
 * `npm start`: the one place that builds everything. Settings → logger → engines (on worker
 * threads) → store → Slack app → start. Bad settings print one readable message (no stack) and exit 1.
 */
import { TechniqueLibrary } from './coach/techniques.ts';
import { type CoachWorkers, startCoachWorkers } from './coach-worker.ts';
import { ConfigError, loadConfig, requireSlack } from './config.ts';
import { createLogger, errorKind, type Logger } from './log.ts';
import { createSlackApp, type SlackApp } from './slack/app.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/store.ts';

/** Faults outside any handler are logged by kind; a stray rejection never takes the app down. */
function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { kind: errorKind(reason) });
  });
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { kind: errorKind(error) });
  });
}

function onShutdown(logger: Logger, slack: SlackApp, store: Store, workers: CoachWorkers): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('parley stopping', { signal });
    try {
      await slack.stop();
      await workers.close();
      await store.close();
    } catch (error) {
      logger.warn('shutdown step failed', { kind: errorKind(error) });
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, { dotenv: true });
  const slackConfig = requireSlack(config);
  const logger = createLogger(config.logLevel);
  guardProcess(logger);

  // The engine runs on worker threads (each builds it with createCoach and warms it), so the
  // thread that acks Slack never waits behind a review.
  const workers = await startCoachWorkers({
    engine: config.engine,
    logLevel: config.logLevel,
    reviewTimeoutMs: config.reviewTimeoutMs,
    logger,
  });
  const store = openStore(config.databasePath);
  const slack = createSlackApp({
    slack: slackConfig,
    coach: workers.coach,
    techniques: TechniqueLibrary.load(),
    store,
    logger,
    logLevel: config.logLevel,
  });
  onShutdown(logger, slack, store, workers);
  await slack.start();
  logger.info('parley ready', { engine: config.engine.kind, mode: slack.mode });
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
