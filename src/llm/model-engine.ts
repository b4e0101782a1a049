/**
 * The model engine, wired: SDK client, prompts, per-user limit and cache around a ModelCoach.
 * Only src/engine.ts loads this module, and only when a model is configured: the openai SDK it
 * pulls in takes over a second to import, and the offline coach never needs it.
 */
import type { EngineConfig } from '../config.ts';
import type { CoachDeps } from '../engine.ts';
import { ResultCache } from './cache.ts';
import { createOpenAIClient, ModelClient } from './client.ts';
import { UserLimiter } from './limiter.ts';
import { ModelCoach } from './model-coach.ts';
import { loadPrompts } from './prompts.ts';

/** The model coach itself (exposes `messages()` and the streaming methods). */
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
