/** Home tab preference selects: save the choice and republish the Home tab with it. */
import { Context } from '../../../coach/schemas.ts';
import type { UserPreferences } from '../../../store/store.ts';
import { ACTION_PREF_CONTEXT, ACTION_PREF_LANGUAGE, CONTEXT_NONE } from '../../ids.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { logFault } from '../support/fault.ts';
import { publishHome } from '../support/home.ts';
import type { BlockActionArgs } from '../support/types.ts';

const LANGUAGES = ['auto', 'en', 'pl'] as const;

/** The preference change a select value stands for, or null for a value Parley never offered. */
export function preferenceChange(actionId: string, value: string): Partial<UserPreferences> | null {
  if (actionId === ACTION_PREF_CONTEXT) {
    if (value === CONTEXT_NONE) return { context: null };
    const context = Context.safeParse(value);
    return context.success ? { context: context.data } : null;
  }
  if (actionId === ACTION_PREF_LANGUAGE) {
    const language = LANGUAGES.find((l) => l === value);
    return language ? { language } : null;
  }
  return null;
}

export async function handlePreference(args: BlockActionArgs, deps: ListenerDeps): Promise<void> {
  await args.ack();
  const action = readAction(args, 'action.preference');
  if (!action) return;
  const change = preferenceChange(action.actionId, action.value);
  if (!change) return;
  try {
    const preferences = await deps.store.setPreferences(action.user, change);
    await publishHome(args.client, deps, action.user, preferences);
  } catch (error) {
    logFault(deps.logger, error, action.ids);
  }
}
