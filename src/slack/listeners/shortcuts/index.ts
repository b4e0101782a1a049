/** Shortcuts: callback_id → handler. */
import type { App } from '@slack/bolt';
import { SHORTCUT_COACH_MESSAGE } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { handleCoachMessageShortcut } from './coach-message.ts';

export function registerShortcuts(app: App, deps: ListenerDeps): void {
  app.shortcut({ callback_id: SHORTCUT_COACH_MESSAGE, type: 'message_action' }, (args) =>
    handleCoachMessageShortcut(args as Parameters<typeof handleCoachMessageShortcut>[0], deps),
  );
}
