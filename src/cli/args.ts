/**
 * Strict argument parsing with node:util parseArgs, turning its errors into kind UsageErrors.
 * Error messages may name a flag the user typed (it starts with "-" and is short) but never a
 * value or a positional: those can be draft text.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';
import { didYouMean } from './suggest.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const FLAG_LIKE = /^--?[A-Za-z][A-Za-z0-9-]{0,29}$/;

function flagNames(options: OptionSpec): string[] {
  return Object.keys(options).map((name) => `--${name}`);
}

/** The flag as the user typed it, when that is safe to show: a whole short argument like "--jsn". */
function typedFlag(message: string, args: string[]): string | null {
  const reported = /'([^']*)'/.exec(message)?.[1] ?? '';
  // parseArgs reports "-s" for "-secret draft"; only echo a token that was a whole argument.
  const whole = args.some((arg) => arg === reported || arg.startsWith(`${reported}=`));
  return whole && FLAG_LIKE.test(reported) ? reported : null;
}

function describeError(
  error: unknown,
  command: string,
  args: string[],
  options: OptionSpec,
  valueHints: Record<string, string>,
): UsageError | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const fail = (message: string) => new UsageError(message, command);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const typed = typedFlag(error.message, args);
      const hint = typed ? didYouMean(typed, flagNames(options)) : '';
      return fail(
        `parley ${command} doesn't know ${typed ? `"${typed}"` : 'that option'}.${hint} (Text that starts with "-" goes after "--".)`,
      );
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--([a-z][a-z-]*)/.exec(error.message)?.[1];
      const spec = name ? options[name] : undefined;
      if (name && spec?.type === 'boolean') return fail(`--${name} doesn't take a value.`);
      if (name) return fail(`--${name} needs a value${valueHints[name] ? `: ${valueHints[name]}` : ''}.`);
      return fail('An option is missing its value.');
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return fail(`parley ${command} takes no text here.`);
    default:
      return null;
  }
}

/** Parse `args` strictly for `command`; unknown flags and missing values become UsageErrors. */
export function parseCommandArgs(
  command: string,
  args: string[],
  options: OptionSpec,
  /** What each string option expects, for "needs a value" messages. */
  valueHints: Record<string, string> = {},
): Parsed {
  try {
    const { values, positionals: rest } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Parsed['values'], positionals: rest };
  } catch (error) {
    throw describeError(error, command, args, options, valueHints) ?? error;
  }
}

/** A string option's value, or null when absent. */
export function stringValue(parsed: Parsed, name: string): string | null {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : null;
}

/** A boolean option's value. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}
