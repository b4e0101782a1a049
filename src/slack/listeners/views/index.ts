/** Modal submissions: callback_id → handler. */
import type { App } from '@slack/bolt';
import { VIEW_COACH_DRAFT } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { handleCoachDraftSubmission } from './coach-draft.ts';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view({ callback_id: VIEW_COACH_DRAFT, type: 'view_submission' }, (args) =>
    handleCoachDraftSubmission(args as Parameters<typeof handleCoachDraftSubmission>[0], deps),
  );
}
