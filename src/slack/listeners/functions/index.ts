/** Workflow Builder custom steps: callback_id (a `functions` key in manifest.yml) → handler. */
import type { App } from '@slack/bolt';
import { FUNCTION_COACH_MESSAGE } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import type { FunctionArgs } from '../support/types.ts';
import { handleCoachMessageStep } from './coach-message.ts';

export function registerFunctions(app: App, deps: ListenerDeps): void {
  app.function(FUNCTION_COACH_MESSAGE, (args) => handleCoachMessageStep(args as FunctionArgs, deps));
}
