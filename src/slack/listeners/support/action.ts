/** What every button handler needs from a block_actions payload, validated. */
import { z } from 'zod';
import type { FaultIds } from './fault.ts';
import type { BlockActionArgs } from './types.ts';

const ActionPayload = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string().nullish(),
  response_url: z.string().nullish(),
  container: z.object({ is_ephemeral: z.boolean().nullish() }).passthrough().nullish(),
  message: z.object({ ts: z.string(), thread_ts: z.string().nullish() }).passthrough().nullish(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().nullish(),
        selected_option: z.object({ value: z.string() }).nullish(),
      }),
    )
    .min(1),
});

export interface ActionContext {
  user: string;
  team: string | null;
  channel: string | null;
  triggerId: string | null;
  actionId: string;
  /** The button's value or the chosen option's value. */
  value: string;
  /** The message the control sat on: its thread (or its own ts when top-level). */
  threadTs: string | null;
  /** True for ephemeral messages (slash-command replies): they have no thread to post in. */
  ephemeral: boolean;
  ids: FaultIds;
}

export function readAction(args: BlockActionArgs, surface: string): ActionContext | null {
  const parsed = ActionPayload.safeParse(args.body);
  if (!parsed.success) return null;
  const body = parsed.data;
  const action = body.actions[0]!;
  const ephemeral = Boolean(body.container?.is_ephemeral);
  return {
    user: body.user.id,
    team: body.team?.id ?? null,
    channel: body.channel?.id ?? null,
    triggerId: body.trigger_id ?? null,
    actionId: action.action_id,
    value: action.selected_option?.value ?? action.value ?? '',
    threadTs: ephemeral || !body.message ? null : (body.message.thread_ts ?? body.message.ts),
    ephemeral,
    ids: { surface, team: body.team?.id, user: body.user.id, channel: body.channel?.id },
  };
}
