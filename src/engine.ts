/**
 * Engine selection, shared by the Slack app and the CLI: the model engine when configured
 * (with the offline coach as its fallback), the offline coach otherwise.
 */
import type OpenAI from 'openai';
import type { Coach } from './coach/coach.ts';
import type { LocalEngine } from './coach/local/engine.ts';
import type { EngineConfig } from './config.ts';
import { ResultCache } from './llm/cache.ts';
import { createOpenAIClient, ModelClient } from './llm/client.ts';
import { UserLimiter } from './llm/limiter.ts';
import { ModelCoach } from './llm/model-coach.ts';
import { loadPrompts } from './llm/prompts.ts';
import type { Logger } from './log.ts';

export interface CoachDeps {
  config: EngineConfig;
  local: LocalEngine;
  logger: Logger;
  /** Milliseconds since the epoch; for the per-user limit and the cache. Default Date.now. */
  clock?: () => number;
  /** fetch used by the SDK (tests, proxies). */
  fetch?: typeof fetch;
  /** A ready SDK client; when given, `fetch` is ignored. */
  openaiClient?: OpenAI;
  /** prompts/ folder (tests). */
  promptsDir?: string;
  /** Cached answers kept at most; 0 turns the cache off (benchmarks). */
  cacheSize?: number;
}

export function createCoach(deps: CoachDeps): Coach {
  const { config, local, logger } = deps;
  if (config.kind !== 'openai' || !config.openai) {
    logger.info('coach engine', { engine: 'local' });
    return local.asCoach();
  }
  logger.info('coach engine', { engine: 'openai', model: config.openai.model });
  return createModelCoach({ ...deps, settings: config.openai });
}

/** The model coach itself (exposes `messages()` and future extras such as streaming). */
export function createModelCoach(
  deps: CoachDeps & { settings: NonNullable<EngineConfig['openai']> },
): ModelCoach {
  const { settings, local, logger, clock } = deps;
  const openai = deps.openaiClient ?? createOpenAIClient(settings, deps.fetch);
  return new ModelCoach({
    client: new ModelClient(openai, settings.model, settings.timeoutMs),
    local,
    logger,
    prompts: loadPrompts(deps.promptsDir),
    limiter: new UserLimiter({ limit: settings.userLimit, windowMs: settings.userWindowMs, clock }),
    cache: new ResultCache({ clock, maxEntries: deps.cacheSize }),
  });
}
