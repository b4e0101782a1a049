/**
 * Engine selection, shared by the Slack app's worker threads and the CLI: the model engine when
 * configured (with the offline coach as its fallback), the offline coach otherwise. The model
 * engine is imported only when it is configured: its openai SDK takes over a second to load, and
 * an offline process (or worker thread) never needs it.
 */
import type OpenAI from 'openai';
import type { Coach } from './coach/coach.ts';
import type { LocalEngine } from './coach/local/engine.ts';
import type { EngineConfig } from './config.ts';
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

/** Builds the coach from settings; createCoach, or a stand-in in tests. */
export type CoachFactory = (deps: CoachDeps) => Coach | Promise<Coach>;

export async function createCoach(deps: CoachDeps): Promise<Coach> {
  const { config, local, logger } = deps;
  if (config.kind !== 'openai' || !config.openai) {
    logger.info('coach engine', { engine: 'local' });
    return local.asCoach();
  }
  logger.info('coach engine', { engine: 'openai', model: config.openai.model });
  const { createModelCoach } = await import('./llm/model-engine.ts');
  return createModelCoach({ ...deps, settings: config.openai });
}
