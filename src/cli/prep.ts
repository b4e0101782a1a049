/** `parley prep`: a preparation plan for a difficult conversation, as text or JSON. */
import type { Notice } from '../coach/coach.ts';
import { CONTEXTS, PrepPlan } from '../coach/schemas.ts';
import { flag, parseCommandArgs, stringValue } from './args.ts';
import type { CliContext } from './context.ts';
import { orUsage, readText } from './draft-input.ts';
import { ensureShape } from './errors.ts';
import { write } from './io.ts';
import { renderPlan } from './render-plan.ts';
import { stderrNotices } from './render-text.ts';
import { usage } from './usage.ts';
import { checkContext } from './validate.ts';

const OPTIONS = {
  context: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VALUE_HINTS = {
  context: `who it is for, one of ${CONTEXTS.join(', ')}`,
};

export async function runPrep(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('prep', args, OPTIONS, VALUE_HINTS);
  if (flag(parsed, 'help')) {
    await write(ctx.io.stdout, usage('prep'));
    return 0;
  }
  const contextArg = stringValue(parsed, 'context');
  const context = contextArg === null ? null : orUsage(checkContext(contextArg), 'prep');
  const situation = await readText('prep', parsed.positionals, ctx.io.stdin, 'situation');

  const { coach } = await ctx.coach();
  const notices: Notice[] = [];
  const plan = ensureShape(
    PrepPlan,
    'PrepPlan',
    await coach.prepare(situation, { context, notify: (n) => notices.push(n) }),
  );

  if (flag(parsed, 'json')) {
    await write(ctx.io.stdout, `${JSON.stringify(plan, null, 2)}\n`);
    for (const line of stderrNotices(notices)) await write(ctx.io.stderr, line);
  } else {
    await write(ctx.io.stdout, renderPlan(plan, ctx.paint, notices));
  }
  return 0;
}
