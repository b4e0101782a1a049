/**
 * What the "Use this" modal carries in private_metadata: the review's state id, which rewrite,
 * and the conversation the user was in. Ids only: the text is read back from the modal's input.
 */
import { z } from 'zod';

export const UseOrigin = z.object({
  stateId: z.string().min(1),
  index: z.number().int().min(0),
  /** Where the user clicked, when it was a conversation with people (not the DM with Parley). */
  channel: z.string().min(1).nullish(),
  threadTs: z.string().min(1).nullish(),
});
export type UseOrigin = z.infer<typeof UseOrigin>;

export const encodeUseOrigin = (origin: UseOrigin): string => JSON.stringify(origin);

export function readUseOrigin(metadata: string | null | undefined): UseOrigin | null {
  if (!metadata) return null;
  try {
    const parsed = UseOrigin.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The conversation a click came from, if it is one the user could post in: a DM channel (`D…`)
 * here is the one with Parley, where posting as the user would only talk to Parley.
 */
export function postableOrigin(
  channel: string | null,
  threadTs: string | null,
): { channel: string; threadTs: string | null } | null {
  if (!channel || channel.startsWith('D')) return null;
  return { channel, threadTs };
}
