/**
 * Interactive controls: action_id → handler, as data. Add an entry (and a handler file) for a new
 * button; registration needs no change.
 */
import type { App } from '@slack/bolt';
import {
  ACTION_EDIT_RECHECK,
  ACTION_FEEDBACK,
  ACTION_PLAN_LESS,
  ACTION_PLAN_MORE,
  ACTION_PRACTICE_END,
  ACTION_PRACTICE_START,
  ACTION_PREF_CONTEXT,
  ACTION_PREF_LANGUAGE,
  ACTION_SHOW_ALL,
  ACTION_SHOW_LESS,
  ACTION_STOP_POSTING,
  ACTION_TONE_DIRECT,
  ACTION_TONE_SHORTER,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  ACTION_USE_REWRITE,
  ACTION_WELCOME_PROMPT,
} from '../../ids.ts';
import {
  ACTION_BREAK_CANCEL,
  ACTION_REMINDER_BREAK,
  ACTION_REMINDER_COACH,
  ACTION_REMINDER_NOT_HELPFUL,
} from '../../reminder-ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { withReplyFallback } from '../support/respond.ts';
import type { BlockActionArgs } from '../support/types.ts';
import { handleBreakCancel } from './break-cancel.ts';
import { handleEditRecheck } from './edit-recheck.ts';
import { handleFeedback } from './feedback.ts';
import { handlePlanToggle } from './plan-toggle.ts';
import { handlePracticeEnd } from './practice-end.ts';
import { handlePracticeStart } from './practice-start.ts';
import { handlePreference } from './preferences.ts';
import { handleReminderBreak } from './reminder-break.ts';
import { handleReminderCoach } from './reminder-coach.ts';
import { handleReminderNotHelpful } from './reminder-not-helpful.ts';
import { handleShowDetail } from './show-detail.ts';
import { handleStopPosting } from './stop-posting.ts';
import { handleTone } from './tone.ts';
import { handleTryTechnique } from './try-technique.ts';
import { handleUseRewrite } from './use-rewrite.ts';
import { handleWelcomePrompt } from './welcome-prompt.ts';

export type ActionHandler = (args: BlockActionArgs, deps: ListenerDeps) => Promise<void>;

export const ACTION_HANDLERS: Readonly<Record<string, ActionHandler>> = {
  [ACTION_TRY_TECHNIQUE]: handleTryTechnique,
  [ACTION_TONE_SHORTER]: handleTone,
  [ACTION_TONE_WARMER]: handleTone,
  [ACTION_TONE_DIRECT]: handleTone,
  [ACTION_EDIT_RECHECK]: handleEditRecheck,
  [ACTION_USE_REWRITE]: handleUseRewrite,
  [ACTION_SHOW_ALL]: handleShowDetail,
  [ACTION_SHOW_LESS]: handleShowDetail,
  [ACTION_PRACTICE_START]: handlePracticeStart,
  [ACTION_PRACTICE_END]: handlePracticeEnd,
  [ACTION_WELCOME_PROMPT]: handleWelcomePrompt,
  [ACTION_PREF_CONTEXT]: handlePreference,
  [ACTION_PREF_LANGUAGE]: handlePreference,
  [ACTION_REMINDER_BREAK]: handleReminderBreak,
  [ACTION_REMINDER_COACH]: handleReminderCoach,
  [ACTION_REMINDER_NOT_HELPFUL]: handleReminderNotHelpful,
  [ACTION_BREAK_CANCEL]: handleBreakCancel,
  [ACTION_PLAN_MORE]: handlePlanToggle,
  [ACTION_PLAN_LESS]: handlePlanToggle,
  [ACTION_FEEDBACK]: handleFeedback,
  [ACTION_STOP_POSTING]: handleStopPosting,
};

export function registerActions(
  app: App,
  deps: ListenerDeps,
  handlers: Readonly<Record<string, ActionHandler>> = ACTION_HANDLERS,
): void {
  for (const [actionId, handler] of Object.entries(handlers)) {
    app.action({ type: 'block_actions', action_id: actionId }, (args) =>
      handler(withReplyFallback(args as BlockActionArgs, deps, `action.${actionId}`), deps),
    );
  }
}
