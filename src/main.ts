/**
 * `npm start`: the one place that builds everything. Settings → logger → engines → store →
 * Slack app → start. Bad settings print one readable message (no stack) and exit 1.
 */
import { LocalEngine } from './coach/local/engine.ts';
import { ConfigError, loadConfig, requireSlack } from './config.ts';
import { createCoach } from './engine.ts';
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

function onShutdown(logger: Logger, slack: SlackApp, store: Store): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('parley stopping', { signal });
    try {
      await slack.stop();
      await store.close();
    } catch (error) {
      logger.warn('shutdown step failed', { kind: errorKind(error) });
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * The offline engine builds its lexicons and indexes on first use, which can take seconds on a busy
 * machine. Doing it before Slack can send anything keeps the first user's reply fast.
 */
function warmUp(local: LocalEngine, logger: Logger): void {
  const started = performance.now();
  const sample = 'You always miss deadlines. Can we talk tomorrow about the plan?';
  local.review(sample);
  local.read(sample);
  local.prepare(sample);
  local.practice({ situation: sample, turns: [] });
  logger.info('offline coach ready', { ms: Math.round(performance.now() - started) });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, { dotenv: true });
  const slackConfig = requireSlack(config);
  const logger = createLogger(config.logLevel);
  guardProcess(logger);

  const local = new LocalEngine();
  warmUp(local, logger);
  const coach = createCoach({ config: config.engine, local, logger });
  const store = openStore(config.databasePath);
  const slack = createSlackApp({
    slack: slackConfig,
    coach,
    techniques: local.techniques,
    store,
    logger,
    logLevel: config.logLevel,
  });
  onShutdown(logger, slack, store);
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
