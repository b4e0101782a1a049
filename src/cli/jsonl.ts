/**
 * `parley review --jsonl`: one JSON object per line in, one Review (or error) per line out, in
 * the same order. Lines stream through readline, so big files never sit in memory. A bad line
 * gets {"error", "line"} on its own output line and the rest still run.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Notice } from '../coach/coach.ts';
import { type Context, Review } from '../coach/schemas.ts';
import { errorKind } from '../log.ts';
import type { CliContext } from './context.ts';
import { AnswerShapeError, ensureShape } from './errors.ts';
import { write } from './io.ts';
import { createProgress } from './progress.ts';
import { stderrNotices } from './render-text.ts';
import { checkContext, checkText } from './validate.ts';

/** The shape of one input line; extra fields are ignored. */
export const JsonlLine = z.object({
  text: z.string(),
  context: z.string().nullable().optional(),
});

type Outcome = { json: string; status: 'ok' | 'bad' | 'failed' };

export interface JsonlDefaults {
  /** From --context; a line's own "context" wins. */
  context: Context | null;
  /** From --technique; applies to every line. */
  technique: string | null;
}

const errorLine = (line: number, message: string, status: Outcome['status'] = 'bad'): Outcome => ({
  json: JSON.stringify({ error: message, line }),
  status,
});

/** Check one line; returns the text and context to review, or why the line cannot be reviewed. */
export function parseJsonlLine(
  raw: string,
  defaults: JsonlDefaults,
): { ok: true; text: string; context: Context | null } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'This line is not valid JSON. Expected {"text": "…"}.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Each line must be a JSON object like {"text": "…"}.' };
  }
  const parsed = JsonlLine.safeParse(value);
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0];
    return bad === 'context'
      ? { ok: false, message: '"context" must be a string or null.' }
      : { ok: false, message: 'Missing "text": each line needs {"text": "<draft>"}.' };
  }
  const text = checkText(parsed.data.text, 'text');
  if (!text.ok) return { ok: false, message: text.message };
  let context = defaults.context;
  if (parsed.data.context != null) {
    const checked = checkContext(parsed.data.context);
    if (!checked.ok) return { ok: false, message: checked.message };
    context = checked.value;
  }
  return { ok: true, text: text.value, context };
}

export async function runJsonl(ctx: CliContext, defaults: JsonlDefaults): Promise<number> {
  const { coach, config, logger } = await ctx.coach();
  const { stdin, stdout, stderr } = ctx.io;
  const progress = createProgress(stderr, { enabled: stderr.isTTY === true });
  const notices: Notice[] = [];
  // Model calls wait on the network, so a few run at once; output order never changes.
  const concurrency = config.engine.kind === 'openai' ? 4 : 1;
  const queue: Promise<Outcome>[] = [];
  const counts = { ok: 0, bad: 0, failed: 0 };

  const review = async (raw: string, line: number): Promise<Outcome> => {
    const input = parseJsonlLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, defaults);
    if (!input.ok) return errorLine(line, input.message);
    try {
      const answer = await coach.review(input.text, {
        context: input.context,
        technique: defaults.technique,
        notify: (n) => notices.push(n),
      });
      return { json: JSON.stringify(ensureShape(Review, 'Review', answer)), status: 'ok' };
    } catch (error) {
      logger.debug('jsonl line failed', { line, kind: errorKind(error) });
      const message =
        error instanceof AnswerShapeError
          ? `${error.message}.`
          : `The coach failed on this line (${errorKind(error)}).`;
      return errorLine(line, message, 'failed');
    }
  };

  const emitOldest = async () => {
    const outcome = await queue.shift()!;
    counts[outcome.status] += 1;
    if (stdout.isTTY) progress.clear();
    await write(stdout, `${outcome.json}\n`);
    progress.tick(outcome.status !== 'ok');
  };
  const enqueue = async (outcome: Promise<Outcome>) => {
    queue.push(outcome);
    if (queue.length >= concurrency) await emitOldest();
  };

  const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  // Blank lines keep their numbers (and get an error) unless nothing but blanks follows them.
  let blanks: number[] = [];
  for await (const raw of lines) {
    lineNumber += 1;
    if (raw.trim() === '') {
      blanks.push(lineNumber);
      continue;
    }
    for (const blank of blanks) {
      await enqueue(Promise.resolve(errorLine(blank, 'This line is empty. Expected {"text": "…"}.')));
    }
    blanks = [];
    await enqueue(review(raw, lineNumber));
  }
  while (queue.length > 0) await emitOldest();

  progress.finish();
  for (const line of stderrNotices(notices)) await write(stderr, line);
  logger.debug('jsonl done', { ...counts });
  if (counts.failed > 0) return 1;
  return counts.bad > 0 ? 2 : 0;
}
