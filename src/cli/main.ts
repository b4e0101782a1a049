/**
 * `parley <command>`: dispatch, and the one place that turns errors into exit codes.
 * 0 ok, 2 bad input (a kind message), 1 unexpected (the error's kind; the stack only when
 * LOG_LEVEL=debug). Draft text never appears in any of these messages.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, type LogLevel, loadConfig } from '../config.ts';
import type { CoachFactory } from '../engine.ts';
import { errorKind } from '../log.ts';
import { type CliContext, createContext } from './context.ts';
import { AnswerShapeError, UsageError } from './errors.ts';
import { type CliIO, colorEnabled, painter, write } from './io.ts';
import { runPrep } from './prep.ts';
import { runReview } from './review.ts';
import { didYouMean } from './suggest.ts';
import { runTechniques } from './techniques.ts';
import { USAGE, usage } from './usage.ts';

export const COMMANDS = ['review', 'prep', 'techniques', 'heat', 'help'] as const;

export interface RunOptions {
  io: CliIO;
  /** The environment settings are read from (the entry point passes process.env). */
  env: Record<string, string | undefined>;
  /** Read `.env` from the working directory first (true for the real command). */
  dotenv?: boolean;
  /** Colour per stream; by default Node decides (TTY, NO_COLOR, FORCE_COLOR). */
  color?: { stdout: boolean; stderr: boolean };
  /** Builds the coach from the loaded settings; by default src/engine.ts's createCoach. */
  createCoach?: CoachFactory;
}

/** Run the command line; resolves to the exit code. */
export async function runCli(argv: string[], options: RunOptions): Promise<number> {
  const { io, env, dotenv = false } = options;
  const color = options.color ?? { stdout: colorEnabled(io.stdout), stderr: colorEnabled(io.stderr) };
  const ctx = createContext({
    io,
    env,
    dotenv,
    paint: painter(color.stdout),
    paintErr: painter(color.stderr),
    createCoach: options.createCoach,
  });
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    return report(error, ctx, () => logLevel(env, dotenv));
  }
}

async function dispatch(argv: string[], ctx: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
      await write(ctx.io.stdout, usage());
      return 0;
    case '--version':
      await write(ctx.io.stdout, `${packageVersion()}\n`);
      return 0;
    case 'help':
      return help(rest, ctx);
    case 'review':
      return runReview(rest, ctx);
    case 'prep':
      return runPrep(rest, ctx);
    case 'techniques':
      return runTechniques(rest, ctx);
    case 'heat':
      return heat(rest);
    default:
      throw unknownCommand(command);
  }
}

async function help(rest: string[], ctx: CliContext): Promise<number> {
  const [topic] = rest;
  if (topic === 'heat') return heat(['--help']);
  if (topic === undefined || (topic !== 'parley' && topic in USAGE)) {
    await write(ctx.io.stdout, usage(topic));
    return 0;
  }
  throw unknownCommand(topic);
}

/** `parley heat` lives in its own module (owned with the heat detector), loaded only when asked for. */
async function heat(args: string[]): Promise<number> {
  const { runHeat } = await import('./heat.ts');
  return runHeat(args);
}

function unknownCommand(command: string): UsageError {
  const commands = `Commands: ${COMMANDS.join(', ')}.`;
  if (command.startsWith('-')) {
    const shown = /^--?[A-Za-z][A-Za-z0-9-]{0,29}$/.test(command) ? `"${command}"` : 'that option';
    return new UsageError(
      `parley doesn't know ${shown} here. Options go after a command, like: parley review --json "<draft>". ${commands}`,
    );
  }
  // The word is never echoed: it may be a draft typed without "review".
  return new UsageError(
    `That isn't a parley command.${didYouMean(command, COMMANDS)} To review a draft, run: parley review "<draft>". ${commands}`,
  );
}

function report(error: unknown, ctx: CliContext, level: () => LogLevel | null): number {
  const err = (text: string) => ctx.io.stderr.write(`${ctx.paintErr('red', 'parley:')} ${text}\n`);
  if (error instanceof UsageError) {
    err(error.message);
    if (error.showUsage) ctx.io.stderr.write(`\n${usage(error.command ?? undefined)}`);
    else ctx.io.stderr.write(`Run "parley help${error.command ? ` ${error.command}` : ''}" for usage.\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    err(error.message);
    return 1;
  }
  const debug = level() === 'debug';
  if (error instanceof AnswerShapeError) err(`${error.message}.`);
  else err(`something unexpected went wrong (${errorKind(error)}).`);
  if (debug && error instanceof Error && error.stack) ctx.io.stderr.write(`${error.stack}\n`);
  else ctx.io.stderr.write('Set LOG_LEVEL=debug to see the details.\n');
  return 1;
}

/** The log level, or null when the settings themselves are broken. */
function logLevel(env: Record<string, string | undefined>, dotenv: boolean): LogLevel | null {
  try {
    return loadConfig(env, { dotenv }).logLevel;
  } catch {
    return null;
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return z.object({ version: z.string() }).parse(pkg).version;
}
