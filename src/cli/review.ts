/** `parley review`: one draft (argument or stdin) as text or JSON, or many as JSON lines. */
import type { Notice } from '../coach/coach.ts';
import { CONTEXTS, Review } from '../coach/schemas.ts';
import { flag, parseCommandArgs, stringValue } from './args.ts';
import type { CliContext } from './context.ts';
import { orUsage, readText } from './draft-input.ts';
import { ensureShape, UsageError } from './errors.ts';
import { write } from './io.ts';
import { runJsonl } from './jsonl.ts';
import { renderReview } from './render-review.ts';
import { stderrNotices } from './render-text.ts';
import { usage } from './usage.ts';
import { checkContext, checkTechnique } from './validate.ts';

const OPTIONS = {
  context: { type: 'string' },
  technique: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VALUE_HINTS = {
  context: `who it is for, one of ${CONTEXTS.join(', ')}`,
  technique: 'a technique id (see "parley techniques")',
};

export async function runReview(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('review', args, OPTIONS, VALUE_HINTS);
  if (flag(parsed, 'help')) {
    await write(ctx.io.stdout, usage('review'));
    return 0;
  }
  const contextArg = stringValue(parsed, 'context');
  const techniqueArg = stringValue(parsed, 'technique');
  const context = contextArg === null ? null : orUsage(checkContext(contextArg), 'review');
  const technique =
    techniqueArg === null ? null : orUsage(checkTechnique(techniqueArg, ctx.techniques()), 'review');

  if (flag(parsed, 'jsonl')) {
    if (parsed.positionals.length > 0) {
      throw new UsageError(
        '--jsonl reads drafts from stdin only: leave the draft text off the command line.',
        'review',
      );
    }
    if (ctx.io.stdin.isTTY) {
      throw new UsageError(
        '--jsonl reads JSON lines from stdin: pipe a file in, e.g. parley review --jsonl < drafts.jsonl',
        'review',
      );
    }
    return runJsonl(ctx, { context, technique });
  }

  const draft = await readText('review', parsed.positionals, ctx.io.stdin, 'draft');
  const { coach } = await ctx.coach();
  const notices: Notice[] = [];
  const review = ensureShape(
    Review,
    'Review',
    await coach.review(draft, { context, technique, notify: (n) => notices.push(n) }),
  );

  if (flag(parsed, 'json')) {
    await write(ctx.io.stdout, `${JSON.stringify(review, null, 2)}\n`);
    for (const line of stderrNotices(notices)) await write(ctx.io.stderr, line);
  } else {
    await write(
      ctx.io.stdout,
      renderReview(review, { paint: ctx.paint, techniques: ctx.techniques(), notices }),
    );
  }
  return 0;
}
