/**
 * What every command gets: the streams, a painter for stdout, and lazily built dependencies, so
 * `parley help` and `parley techniques` work even when the engine settings are broken.
 */
import type { Coach } from '../coach/coach.ts';
import { TechniqueLibrary } from '../coach/techniques.ts';
import { type Config, loadConfig } from '../config.ts';
import type { CoachFactory } from '../engine.ts';
import { createLogger, type Logger } from '../log.ts';
import type { CliIO, Paint } from './io.ts';
import { modelNotice } from './model-notice.ts';

export interface CliContext {
  io: CliIO;
  /** Colours for stdout (plain when piped). */
  paint: Paint;
  /** Colours for stderr. */
  paintErr: Paint;
  techniques(): TechniqueLibrary;
  /** Loads the settings (throws ConfigError) and builds the coach once. */
  coach(): Promise<BuiltCoach>;
}

export interface BuiltCoach {
  coach: Coach;
  config: Config;
  logger: Logger;
}

export interface ContextOptions {
  io: CliIO;
  paint: Paint;
  paintErr: Paint;
  /** The environment to read settings from (the entry point passes process.env). */
  env: Record<string, string | undefined>;
  /** Read `.env` from the working directory first. */
  dotenv: boolean;
  /** Builds the coach; by default src/engine.ts's createCoach (loaded on first use). */
  createCoach?: CoachFactory | undefined;
}

export function createContext({ io, paint, paintErr, env, dotenv, createCoach }: ContextOptions): CliContext {
  let techniques: TechniqueLibrary | undefined;
  let built: BuiltCoach | undefined;
  const context: CliContext = {
    io,
    paint,
    paintErr,
    techniques: () => {
      techniques ??= TechniqueLibrary.load();
      return techniques;
    },
    coach: async () => {
      if (!built) {
        // Loaded on demand: help and techniques stay fast and never load the model SDK.
        const build = createCoach ?? (await import('../engine.ts')).createCoach;
        const { LocalEngine } = await import('../coach/local/engine.ts');
        const config = loadConfig(env, { dotenv });
        if (config.engine.kind === 'openai') {
          // Before the first draft is sent. The model engine loads this module's SDK anyway.
          const { OPENAI_DEFAULT_BASE_URL } = await import('../llm/client.ts');
          const notice = modelNotice(config, OPENAI_DEFAULT_BASE_URL);
          if (notice)
            io.stderr.write(`${paintErr('dim', notice)}
`);
        }
        // Info lines are for servers; on a terminal they are noise, so the CLI starts at warn.
        const level = config.logLevel === 'info' ? 'warn' : config.logLevel;
        const logger = createLogger(level, (line) => io.stderr.write(line));
        const coach = await build({
          config: config.engine,
          local: new LocalEngine(context.techniques()),
          logger,
        });
        built = { coach, config, logger };
      }
      return built;
    },
  };
  return context;
}
