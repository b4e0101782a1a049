/**
 * The "Coach a draft" modal: the draft, who it is for, and an optional goal. Read the submission
 * with view.state.values[BLOCK_DRAFT][ACTION_DRAFT].value (and the CONTEXT / GOAL pairs).
 */
import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { CONTEXTS, type Context, MAX_DRAFT_CHARS } from '../../coach/schemas.ts';
import {
  ACTION_CONTEXT,
  ACTION_DRAFT,
  ACTION_GOAL,
  BLOCK_CONTEXT,
  BLOCK_DRAFT,
  BLOCK_GOAL,
  VIEW_COACH_DRAFT,
} from '../ids.ts';
import { option, plain } from './blocks.ts';
import { MAX_MODAL_TITLE, MAX_PRIVATE_METADATA, truncate } from './escape.ts';

/** Labels for "Who is it for?", shared with the Home tab preference. */
export const CONTEXT_LABELS: Record<Context, string> = {
  client: 'A client',
  peer: 'A peer',
  boss: 'My manager',
  report: 'Someone who reports to me',
  team: 'My team',
  vendor: 'A vendor or supplier',
};

export function contextOption(context: Context): PlainTextOption {
  return option(CONTEXT_LABELS[context], context);
}

/** Longest goal accepted in the modal. */
export const MAX_GOAL_CHARS = 500;

export interface CoachModalInput {
  draft?: string | null;
  context?: Context | null;
  goal?: string | null;
  /** Opaque state for the submission handler (e.g. channel and response target); ≤ 3,000 chars. */
  privateMetadata?: string | null;
}

export function buildCoachModal(input: CoachModalInput = {}): ModalView {
  const metadata = input.privateMetadata ?? '';
  if (metadata.length > MAX_PRIVATE_METADATA) {
    throw new RangeError(
      `private_metadata is ${metadata.length} chars; Slack allows ${MAX_PRIVATE_METADATA}`,
    );
  }
  const draft = input.draft ? truncate(input.draft, MAX_DRAFT_CHARS) : '';
  const goal = input.goal ? truncate(input.goal, MAX_GOAL_CHARS) : '';

  const draftBlock: InputBlock = {
    type: 'input',
    block_id: BLOCK_DRAFT,
    label: plain('Your draft', 2000),
    element: {
      type: 'plain_text_input',
      action_id: ACTION_DRAFT,
      multiline: true,
      max_length: MAX_DRAFT_CHARS,
      placeholder: plain('Paste the message you are about to send', 150),
      ...(draft ? { initial_value: draft } : {}),
    },
  };
  const contextBlock: InputBlock = {
    type: 'input',
    block_id: BLOCK_CONTEXT,
    optional: true,
    label: plain('Who is it for?', 2000),
    element: {
      type: 'static_select',
      action_id: ACTION_CONTEXT,
      placeholder: plain('Choose one', 150),
      options: CONTEXTS.map(contextOption),
      ...(input.context ? { initial_option: contextOption(input.context) } : {}),
    },
  };
  const goalBlock: InputBlock = {
    type: 'input',
    block_id: BLOCK_GOAL,
    optional: true,
    label: plain('What do you want this message to achieve?', 2000),
    hint: plain('For example: keep the client, and get paid by Friday.', 2000),
    element: {
      type: 'plain_text_input',
      action_id: ACTION_GOAL,
      max_length: MAX_GOAL_CHARS,
      ...(goal ? { initial_value: goal } : {}),
    },
  };

  return {
    type: 'modal',
    callback_id: VIEW_COACH_DRAFT,
    title: plain('Coach a draft', MAX_MODAL_TITLE),
    submit: plain('Review', MAX_MODAL_TITLE),
    close: plain('Cancel', MAX_MODAL_TITLE),
    ...(metadata ? { private_metadata: metadata } : {}),
    blocks: [
      draftBlock,
      contextBlock,
      goalBlock,
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: 'Drafts are never stored or logged.' }],
      },
    ],
  };
}
