/** `parley techniques [<id>]`: the coaching techniques, listed or one in full. */
import { flag, parseCommandArgs } from './args.ts';
import type { CliContext } from './context.ts';
import { orUsage } from './draft-input.ts';
import { UsageError } from './errors.ts';
import { write } from './io.ts';
import { renderTechnique, renderTechniqueList } from './render-techniques.ts';
import { usage } from './usage.ts';
import { checkTechnique } from './validate.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runTechniques(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('techniques', args, OPTIONS);
  if (flag(parsed, 'help')) {
    await write(ctx.io.stdout, usage('techniques'));
    return 0;
  }
  if (parsed.positionals.length > 1)
    throw new UsageError('Give parley techniques one technique id at most.', 'techniques');
  const library = ctx.techniques();
  const json = flag(parsed, 'json');
  const [id] = parsed.positionals;

  if (id === undefined) {
    const list = library.all.map(({ id, name, summary, when }) => ({ id, name, summary, when }));
    await write(
      ctx.io.stdout,
      json ? `${JSON.stringify(list, null, 2)}\n` : renderTechniqueList(library.all, ctx.paint),
    );
    return 0;
  }
  const technique = library.get(orUsage(checkTechnique(id, library), 'techniques'));
  await write(
    ctx.io.stdout,
    json ? `${JSON.stringify(technique, null, 2)}\n` : renderTechnique(technique, ctx.paint),
  );
  return 0;
}
