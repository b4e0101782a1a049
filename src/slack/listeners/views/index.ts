/** Modal submissions: callback_id → handler. */
import type { App } from '@slack/bolt';
import { VIEW_COACH_DRAFT, VIEW_USE_REWRITE } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { handleCoachDraftSubmission } from './coach-draft.ts';
import { handleUseRewriteSubmission } from './use-rewrite.ts';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view({ callback_id: VIEW_COACH_DRAFT, type: 'view_submission' }, (args) =>
    handleCoachDraftSubmission(args as Parameters<typeof handleCoachDraftSubmission>[0], deps),
  );
  app.view({ callback_id: VIEW_USE_REWRITE, type: 'view_submission' }, (args) =>
    handleUseRewriteSubmission(args as Parameters<typeof handleUseRewriteSubmission>[0], deps),
  );
}
