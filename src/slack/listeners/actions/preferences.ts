/**
 * Home tab preference selects: save the choice and republish the Home tab with it. When the store
 * cannot save, the tab is republished with what is really saved and says the change was not kept
 * (the select would otherwise go on showing a choice that is not stored).
 */
import { Context } from '../../../coach/schemas.ts';
import type { UserPreferences } from '../../../store/store.ts';
import { ACTION_PREF_CONTEXT, ACTION_PREF_LANGUAGE, CONTEXT_NONE } from '../../ids.ts';
import { NOT_SAVED_TEXT } from '../../views/messages.ts';
import type { ListenerDeps } from '../deps.ts';
import { readAction } from '../support/action.ts';
import { preferencesFor } from '../support/coach-options.ts';
import { logFault } from '../support/fault.ts';
import { postingFor, publishHome } from '../support/home.ts';
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
  let preferences: UserPreferences;
  let notice: string | undefined;
  try {
    preferences = await deps.store.setPreferences(action.user, change);
  } catch (error) {
    logFault(deps.logger, error, action.ids);
    preferences = await preferencesFor(deps, action.user);
    notice = NOT_SAVED_TEXT;
  }
  try {
    await publishHome(args.client, deps, action.user, preferences, {
      notice,
      posting: postingFor(deps, args.context.userToken),
    });
  } catch (error) {
    logFault(deps.logger, error, action.ids);
  }
}
