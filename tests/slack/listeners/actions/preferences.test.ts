import { describe, expect, it } from 'vitest';
import { ACTION_PREF_CONTEXT, ACTION_PREF_LANGUAGE, CONTEXT_NONE } from '../../../../src/slack/ids.ts';
import { preferenceChange } from '../../../../src/slack/listeners/actions/preferences.ts';

describe('preferenceChange', () => {
  it('maps the Home tab selects to preference changes', () => {
    expect(preferenceChange(ACTION_PREF_CONTEXT, 'client')).toEqual({ context: 'client' });
    expect(preferenceChange(ACTION_PREF_CONTEXT, CONTEXT_NONE)).toEqual({ context: null });
    expect(preferenceChange(ACTION_PREF_LANGUAGE, 'pl')).toEqual({ language: 'pl' });
  });

  it('refuses values Parley never offered', () => {
    expect(preferenceChange(ACTION_PREF_CONTEXT, 'emperor')).toBeNull();
    expect(preferenceChange(ACTION_PREF_LANGUAGE, 'de')).toBeNull();
    expect(preferenceChange('something_else', 'pl')).toBeNull();
  });
});
