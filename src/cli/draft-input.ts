/** Where a one-shot command's text comes from: the positional words, or all of stdin. */
import { UsageError } from './errors.ts';
import { type Input, readAll } from './io.ts';
import { type Check, checkText } from './validate.ts';

/** Positional words joined with spaces; stdin when there are none; usage when stdin is a terminal. */
export async function readText(
  command: string,
  positionals: string[],
  stdin: Input,
  what: string,
): Promise<string> {
  let raw: string;
  if (positionals.length > 0) raw = positionals.join(' ');
  else if (stdin.isTTY) throw new UsageError(`Give parley ${command} the ${what} to work on.`, command, true);
  else raw = await readAll(stdin);
  return orUsage(checkText(raw, what), command);
}

/** The checked value, or a UsageError with the check's message. */
export function orUsage<T>(check: Check<T>, command: string | null = null): T {
  if (!check.ok) throw new UsageError(check.message, command);
  return check.value;
}
