/**
 * `parley heat [--json] [--sensitivity low|medium|high] < thread.jsonl`: feed a conversation
 * through the heat detector, one `{"user", "text", "ts"?}` per line, and print per message the
 * heat and whether a "take a break" reminder would fire. Every line is checked before anything
 * is printed: a bad line gets a message on stderr (its number, never its text) and exit code 2.
 */
import { z } from 'zod';
import { HeatDetector, type HeatReading, measureMessage, type Sensitivity } from '../coach/heat.ts';
import { analyze } from '../coach/local/analyze.ts';
import { type CliIO, readAll, write } from './io.ts';

export const HEAT_USAGE = `Usage
  parley heat [options] < thread.jsonl

Reads one message per line, {"user": "ana", "text": "…", "ts": 1700000000}, and prints how
heated the thread is after each message (0 calm … 1 very heated) and whether Parley would post
a "take a break" reminder there. "ts" (seconds) is optional: without it, messages are one
minute apart. Nothing is stored.

Options
  --json                        One {"heat", "remind", "why"} object per line
  --sensitivity low|medium|high The channel's sensitivity (default medium)
  -h, --help                    Show this help

Example
  parley heat < thread.jsonl
  parley heat --json --sensitivity high < thread.jsonl

Exit codes: 0 ok, 2 bad input.`;

const HeatLine = z.object({
  user: z.string().trim().min(1).max(200),
  text: z.string().max(40_000),
  ts: z.union([z.number().nonnegative().max(1e11), z.string().regex(/^\d+(\.\d+)?$/)]).optional(),
});

/** Fixed start for lines without "ts", so output is the same on every run. */
const START_SECONDS = 1_700_000_000;
const MAX_ERRORS_SHOWN = 10;

interface Message {
  user: string;
  text: string;
  at: number;
}

const stdio = (): CliIO => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

export async function runHeat(args: string[], io: CliIO = stdio()): Promise<number> {
  let json = false;
  let sensitivity: Sensitivity = 'medium';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      await write(io.stdout, `${HEAT_USAGE}\n`);
      return 0;
    } else if (arg === '--sensitivity' || arg?.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value !== 'low' && value !== 'medium' && value !== 'high') {
        return fail(io, '--sensitivity takes low, medium or high.');
      }
      sensitivity = value;
    } else {
      const shown = arg && /^--?[A-Za-z][A-Za-z0-9-]{0,29}$/.test(arg) ? `"${arg}"` : 'that argument';
      return fail(io, `parley heat doesn't know ${shown}. It reads the thread from stdin.`);
    }
  }

  if (io.stdin.isTTY)
    return fail(io, 'parley heat reads a thread from stdin, for example: parley heat < thread.jsonl');
  const input = (await readAll(io.stdin)).replace(/^\uFEFF/, '');
  if (input.trim() === '') return fail(io, 'No messages on stdin.');

  const parsed = parseThread(input);
  if (!parsed.ok) {
    for (const error of parsed.errors.slice(0, MAX_ERRORS_SHOWN))
      await write(io.stderr, `parley heat: ${error}\n`);
    if (parsed.errors.length > MAX_ERRORS_SHOWN) {
      await write(
        io.stderr,
        `parley heat: …and ${parsed.errors.length - MAX_ERRORS_SHOWN} more bad lines.\n`,
      );
    }
    return 2;
  }

  const detector = new HeatDetector();
  let index = 0;
  for (const message of parsed.messages) {
    index += 1;
    const reading = detector.observe(
      {
        channel: 'cli',
        thread: 'thread',
        user: message.user,
        at: message.at,
        measure: measureMessage(message.text, analyze(message.text)),
      },
      { sensitivity },
    );
    await write(
      io.stdout,
      json ? `${formatJson(reading)}\n` : `${formatLine(index, message.user, reading)}\n`,
    );
  }
  return 0;
}

/** Every non-blank line parsed, or every problem found (line numbers only, no text). */
export function parseThread(
  input: string,
): { ok: true; messages: Message[] } | { ok: false; errors: string[] } {
  const messages: Message[] = [];
  const errors: string[] = [];
  const lines = input.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push(`line ${n + 1} is not valid JSON. Expected {"user": "…", "text": "…", "ts": 1700000000}.`);
      continue;
    }
    const line = HeatLine.safeParse(value);
    if (!line.success) {
      const field = line.error.issues[0]?.path[0];
      errors.push(
        field === 'ts'
          ? `line ${n + 1}: "ts" must be a number of seconds, like 1700000000.`
          : field === 'user' || field === 'text'
            ? `line ${n + 1}: "${field}" must be a non-empty string.`
            : `line ${n + 1} must be an object like {"user": "…", "text": "…"}.`,
      );
      continue;
    }
    const ts = line.data.ts === undefined ? START_SECONDS + messages.length * 60 : Number(line.data.ts);
    messages.push({ user: line.data.user, text: line.data.text, at: Math.round(ts * 1000) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, messages };
}

export function formatJson(reading: HeatReading): string {
  return JSON.stringify({ heat: reading.heat, remind: reading.remind, why: reading.why });
}

const BAR_WIDTH = 10;

/** `  3  ana       ███████░░░ 0.71  → reminder (hostile tone, rising)` */
export function formatLine(index: number, user: string, reading: HeatReading): string {
  const filled = Math.round(reading.heat * BAR_WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const who = user.length > 12 ? `${user.slice(0, 11)}…` : user.padEnd(12);
  const note = reading.remind ? '  → reminder' : '';
  const why = reading.why.length > 0 ? `  (${reading.why.join(', ')})` : '';
  return `${String(index).padStart(3)}  ${who} ${bar} ${reading.heat.toFixed(2)}${note}${why}`;
}

async function fail(io: CliIO, message: string): Promise<number> {
  await write(io.stderr, `parley heat: ${message}\n\n${HEAT_USAGE}\n`);
  return 2;
}
