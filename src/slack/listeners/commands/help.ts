/** `/coach help`: how to use Parley. */
import { buildUsage } from '../../views/messages.ts';
import type { SubcommandContext } from './subcommands.ts';

export async function handleHelpCommand({ args }: SubcommandContext): Promise<void> {
  await args.respond({ response_type: 'ephemeral', replace_original: false, ...buildUsage() });
}
