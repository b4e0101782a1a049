/**
 * A `.env` file in the current folder can send drafts to a model without the user typing a thing,
 * so when it is what chose the model, the CLI says where drafts go: the endpoint's host only, never
 * the key or the path.
 */
import type { Config } from '../config.ts';

/** The settings that decide whether, and where, a draft leaves the machine. */
const ENGINE_SETTINGS = ['PARLEY_ENGINE', 'OPENAI_API_KEY', 'OPENAI_BASE_URL'];

/** The line for stderr, or null when the model is off or the environment alone chose it. */
export function modelNotice(config: Config, defaultBaseUrl: string): string | null {
  const { engine, fromDotenv } = config;
  if (engine.kind !== 'openai' || !engine.openai) return null;
  if (!ENGINE_SETTINGS.some((name) => fromDotenv.includes(name))) return null;
  // URL.host drops any user:password@ and everything after the port.
  const { host } = new URL(engine.openai.baseURL ?? defaultBaseUrl);
  return `Parley: using the model at ${host} (from .env)`;
}
