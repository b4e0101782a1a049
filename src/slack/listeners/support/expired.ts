/**
 * The kind answer when a button's state has expired (the process restarted, or 30 minutes passed).
 * TODO(H5a): move to views/messages.ts as buildExpired; kept here only until it exists there.
 */
import type { SlackMessage } from '../../views/blocks.ts';

export function buildExpired(): SlackMessage {
  const text = 'That review expired. Run /coach again and I will take a fresh look.';
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:hourglass: ${text}` } }] };
}
