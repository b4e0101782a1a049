/**
 * Thumbs up / down under reviews and plans: a `context_actions` block with Slack's
 * `feedback_buttons`. The values name only the surface, the engine and the vote, so a click
 * carries nothing of the draft or the plan.
 */
import type { ContextActionsBlock, KnownBlock } from '@slack/types';
import type { Engine } from '../../coach/schemas.ts';
import { ACTION_FEEDBACK, BLOCK_FEEDBACK } from '../ids.ts';
import { plain, type SlackMessage, type UiLanguage } from './blocks.ts';
import { MAX_BUTTON_LABEL, MAX_MESSAGE_BLOCKS } from './escape.ts';

export const FEEDBACK_SURFACES = ['review', 'plan'] as const;
export type FeedbackSurface = (typeof FEEDBACK_SURFACES)[number];
export type Vote = 'up' | 'down';

export interface FeedbackValue {
  surface: FeedbackSurface;
  engine: Engine;
  vote: Vote;
}

const LABELS = {
  en: { up: 'Helpful', down: 'Not helpful' },
  pl: { up: 'Pomocne', down: 'Niepomocne' },
} as const;

export function feedbackValue(value: FeedbackValue): string {
  return `${value.surface}.${value.engine}.${value.vote}`;
}

/** A button value Parley wrote, or null for anything else (an old or forged payload). */
export function parseFeedbackValue(value: unknown): FeedbackValue | null {
  if (typeof value !== 'string') return null;
  const match = /^(review|plan)\.(local|openai)\.(up|down)$/.exec(value);
  if (!match) return null;
  return { surface: match[1] as FeedbackSurface, engine: match[2] as Engine, vote: match[3] as Vote };
}

/** `suffix` keeps block_ids unique when a message is updated in place. */
export function feedbackBlock(
  surface: FeedbackSurface,
  engine: Engine,
  lang: UiLanguage = 'en',
  suffix = '',
): ContextActionsBlock {
  return {
    type: 'context_actions',
    block_id: `${BLOCK_FEEDBACK}${suffix}`,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_FEEDBACK,
        positive_button: {
          text: plain(LABELS[lang].up, MAX_BUTTON_LABEL),
          value: feedbackValue({ surface, engine, vote: 'up' }),
        },
        negative_button: {
          text: plain(LABELS[lang].down, MAX_BUTTON_LABEL),
          value: feedbackValue({ surface, engine, vote: 'down' }),
        },
      },
    ],
  };
}

/** The message with the feedback buttons last, when Slack's block limit leaves room for them. */
export function withFeedback(
  message: SlackMessage,
  surface: FeedbackSurface,
  engine: Engine,
  lang: UiLanguage = 'en',
  suffix = '',
): SlackMessage {
  if (message.blocks.length >= MAX_MESSAGE_BLOCKS) return message;
  const blocks: KnownBlock[] = [...message.blocks, feedbackBlock(surface, engine, lang, suffix)];
  return { ...message, blocks };
}
