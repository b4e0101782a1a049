/**
 * The CLI's two error kinds besides "unexpected": bad input from the user (exit 2) and an engine
 * answer that broke the contract (exit 1). Both messages are built from fixed words, never from
 * draft text, so they are always safe to print.
 */
import type { z } from 'zod';

/** Bad input: a clear, kind message on stderr and exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help fits this mistake ("review", …); null for parley itself. */
    readonly command: string | null = null,
    /** Print that usage in full (for "nothing to review" style mistakes) instead of a pointer to it. */
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The coach returned something that does not match the zod contract. */
export class AnswerShapeError extends Error {
  constructor(shape: string, paths: string[]) {
    super(`the coach's answer did not match the ${shape} shape (at ${paths.join(', ') || 'the top level'})`);
    this.name = 'AnswerShapeError';
  }
}

/** Validate an engine answer against its zod schema before printing it. */
export function ensureShape<T>(schema: z.ZodType<T>, shape: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const paths = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
  throw new AnswerShapeError(shape, paths.slice(0, 5));
}
