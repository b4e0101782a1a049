/**
 * Posting to a response_url outside Bolt's respond(): a view submission carries none of its own,
 * so the draft form and Edit & recheck keep the one from where they were opened (in the modal's
 * private_metadata, which only Slack and Parley see) and use it here.
 */
import type { SlackMessage } from '../../views/blocks.ts';

/** Slack answered the post with a status that is not 2xx (an expired or used-up URL). */
export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered HTTP ${status}`);
    this.name = 'ResponseUrlError';
  }
}

const TIMEOUT_MS = 10_000;

export async function postToResponseUrl(
  url: string,
  message: SlackMessage,
  options: { replaceOriginal: boolean },
): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      response_type: 'ephemeral',
      replace_original: options.replaceOriginal,
      text: message.text,
      blocks: message.blocks,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new ResponseUrlError(res.status);
}
