/**
 * The ephemeral line left where the user acted when the answer went to their DM with Parley (the
 * message shortcut, the draft form): what went where, with a link to that DM.
 */
import { context, type SlackMessage } from './blocks.ts';

export type SentKind = 'review' | 'reading';

const WHAT: Record<SentKind, string> = {
  review: 'the review of your draft',
  reading: 'my notes on this message',
};

/** Slack's redirect opens the conversation in whichever client the user has. */
export function dmLink(dmChannel: string): string {
  return `https://slack.com/app_redirect?channel=${encodeURIComponent(dmChannel)}`;
}

export function buildSentToDm(kind: SentKind, dmChannel: string): SlackMessage {
  return {
    text: `I've sent ${WHAT[kind]} to your DM with Parley.`,
    blocks: [
      context(`:envelope_with_arrow: I've sent ${WHAT[kind]} to <${dmLink(dmChannel)}|your DM with Parley>.`),
    ],
  };
}
