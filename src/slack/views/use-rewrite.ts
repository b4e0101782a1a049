/**
 * "Use this": the modal that puts a rewrite one click from use (the text, editable, and where it
 * goes), and the copy-friendly message for when Parley may not post as the user. Pure builders;
 * the text is never put into private_metadata, which carries ids only.
 */
import type { InputBlock, KnownBlock, ModalView, RichTextBlock } from '@slack/types';
import { ACTION_USE_TEXT, ACTION_USE_TO, BLOCK_USE_TEXT, BLOCK_USE_TO, VIEW_USE_REWRITE } from '../ids.ts';
import { context, plain, type SlackMessage, section } from './blocks.ts';
import { MAX_MODAL_TITLE, MAX_PRIVATE_METADATA, truncate } from './escape.ts';

/** Slack's cap on a plain_text_input (and on a section, where the copy block's text would go). */
export const MAX_USE_TEXT = 3_000;

/** Where the message goes: the conversation the user was in (a thread of it), or a DM to a person. */
export type Destination = { channel: string; threadTs: string | null } | { dmUser: string };

export interface UseRewriteModalInput {
  /** The rewrite as the user reads it (mentions by name); they may edit it before sending. */
  text: string;
  /** The conversation the user was in, when known; without one they choose a person. */
  origin: { channel: string; threadTs: string | null } | null;
  privateMetadata: string;
}

/** Where the conversation line points: a channel link never pings anyone. */
function originLine(origin: { channel: string; threadTs: string | null }): string {
  return origin.threadTs
    ? `It goes to the thread you were in, in <#${origin.channel}>. Choose a person below to send it as a DM instead.`
    : `It goes to <#${origin.channel}>. Choose a person below to send it as a DM instead.`;
}

export function buildUseRewriteModal(input: UseRewriteModalInput): ModalView {
  if (input.privateMetadata.length > MAX_PRIVATE_METADATA) {
    throw new RangeError(`private_metadata is ${input.privateMetadata.length} chars`);
  }
  const textBlock: InputBlock = {
    type: 'input',
    block_id: BLOCK_USE_TEXT,
    label: plain('Your message', 2000),
    element: {
      type: 'plain_text_input',
      action_id: ACTION_USE_TEXT,
      multiline: true,
      max_length: MAX_USE_TEXT,
      initial_value: truncate(input.text, MAX_USE_TEXT),
    },
  };
  const toBlock: InputBlock = {
    type: 'input',
    block_id: BLOCK_USE_TO,
    optional: input.origin !== null,
    label: plain(input.origin ? 'Or send it as a DM to' : 'Send it as a DM to', 2000),
    element: {
      type: 'users_select',
      action_id: ACTION_USE_TO,
      placeholder: plain('Choose a person', 150),
    },
  };
  const blocks: KnownBlock[] = [textBlock];
  if (input.origin) blocks.push(context(originLine(input.origin)));
  blocks.push(
    toBlock,
    context('Parley posts it as you when you have allowed it; otherwise it sends it to you to copy.'),
  );
  return {
    type: 'modal',
    callback_id: VIEW_USE_REWRITE,
    title: plain('Use this rewrite', MAX_MODAL_TITLE),
    submit: plain('Send', MAX_MODAL_TITLE),
    close: plain('Cancel', MAX_MODAL_TITLE),
    private_metadata: input.privateMetadata,
    blocks,
  };
}

/** Where the copy is for, in words (a channel link; a DM's person is not mentioned, so nobody is pinged). */
function destinationWords(to: Destination): string {
  if ('dmUser' in to) return 'for your DM';
  return to.threadTs ? `for the thread in <#${to.channel}>` : `for <#${to.channel}>`;
}

/**
 * The message to copy when Parley cannot post as the user: the text alone in a preformatted block
 * (it copies exactly, and nothing in it can ping or link), with one line on how to turn posting on.
 */
export function buildCopyRewrite(text: string, to: Destination): SlackMessage {
  const copy: RichTextBlock = {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_preformatted',
        elements: [{ type: 'text', text: truncate(text, MAX_USE_TEXT) }],
      },
    ],
  };
  return {
    text: 'Your message, ready to copy.',
    blocks: [
      section(`*Ready to copy* ${destinationWords(to)}:`),
      copy,
      context(
        'To let Parley post as you, install it through /slack/install (Parley in distributed mode), which asks your permission to post as you (chat:write, im:write).',
      ),
    ],
  };
}

/** What Parley tells the user after posting as them. */
export function buildPostedAsYou(to: Destination): SlackMessage {
  const where =
    'dmUser' in to ? 'as a DM' : to.threadTs ? `in the thread in <#${to.channel}>` : `in <#${to.channel}>`;
  return { text: `Sent as you ${where}.`, blocks: [context(`:white_check_mark: Sent as you ${where}.`)] };
}
