/**
 * Where the draft form came from, carried in the modal's private_metadata (which only Slack and
 * Parley see): the conversation it was opened in, so an ephemeral line can say the review went to
 * the DM, and for Edit & recheck the review to replace. Never any draft text.
 */
import { z } from 'zod';
import { MAX_PRIVATE_METADATA } from '../../views/escape.ts';

export const DraftOrigin = z.object({
  /** Where the user opened the form; the "sent to your DM" line goes there. */
  from: z
    .object({
      channel: z.string().min(1),
      responseUrl: z.string().url().nullish(),
      /** The thread, when the form was opened from a message in one. */
      threadTs: z.string().min(1).nullish(),
    })
    .nullish(),
  /** The review Edit & recheck came from: an ephemeral one (response_url) or a posted one. */
  replace: z
    .union([
      z.object({ responseUrl: z.string().url() }),
      z.object({ channel: z.string().min(1), ts: z.string().min(1) }),
    ])
    .nullish(),
  /** That review's state: its quote and names carry over to the new one. */
  stateId: z.string().min(1).nullish(),
});
export type DraftOrigin = z.infer<typeof DraftOrigin>;

export function encodeOrigin(origin: DraftOrigin): string {
  const text = JSON.stringify(origin);
  // A response_url is ~100 characters; an oversized one is dropped rather than breaking the form.
  return text.length <= MAX_PRIVATE_METADATA ? text : JSON.stringify({ stateId: origin.stateId ?? null });
}

/** The origin a submission carries; an empty origin for a form opened without one (or anything unreadable). */
export function readOrigin(metadata: string | null | undefined): DraftOrigin {
  if (!metadata) return {};
  try {
    const parsed = DraftOrigin.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
