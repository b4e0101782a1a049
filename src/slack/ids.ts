// Every Slack identifier Parley uses lives here so builders (views/) and listeners agree on one
// spelling. Changing a value here changes it for the manifest tests too.

/** Slash command registered in manifest.yml. */
export const COACH_COMMAND = '/coach';

/** Message shortcut "Coach this message" (callback_id in manifest.yml). */
export const SHORTCUT_COACH_MESSAGE = 'coach_message';

/** Modal callback_id for the "Coach a draft" form. */
export const VIEW_COACH_DRAFT = 'coach_draft';

/** Modal callback_id for "Use this": a rewrite, editable, and where to send it. */
export const VIEW_USE_REWRITE = 'use_rewrite';

// Interactive actions. Values carried by these elements are a stateId (or `stateId:technique`),
// never the draft itself.
/** static_select "Try another technique"; value `stateId:techniqueId`. */
export const ACTION_TRY_TECHNIQUE = 'try_technique';
export const ACTION_TONE_SHORTER = 'tone_shorter';
export const ACTION_TONE_WARMER = 'tone_warmer';
export const ACTION_TONE_DIRECT = 'tone_direct';
export const ACTION_EDIT_RECHECK = 'edit_recheck';
/** "Use this" beside a rewrite; value `stateId:rewriteIndex` (see useRewriteValue). */
export const ACTION_USE_REWRITE = 'use_rewrite';
/** App Home "Stop": forget the user token Parley posts as the user with. */
export const ACTION_STOP_POSTING = 'stop_posting';
/** A review or reading's first answer is short: these expand it in place and fold it back; value stateId. */
export const ACTION_SHOW_ALL = 'show_all';
export const ACTION_SHOW_LESS = 'show_less';
export const ACTION_PRACTICE_START = 'practice_start';
export const ACTION_PRACTICE_END = 'practice_end';
/** Home tab: default "who is it for" context. */
export const ACTION_PREF_CONTEXT = 'pref_context';
/** Home tab: reply language auto/en/pl. */
export const ACTION_PREF_LANGUAGE = 'pref_language';
/** Messages tab welcome: example prompt buttons; value is the prompt text. */
export const ACTION_WELCOME_PROMPT = 'welcome_prompt';

/** A plan's "Show the whole plan" / "Show less" buttons; value is the plan's stateId. */
export const ACTION_PLAN_MORE = 'plan_more';
export const ACTION_PLAN_LESS = 'plan_less';
/** Thumbs up / down (feedback_buttons) on reviews and plans; values name surface, engine and vote. */
export const ACTION_FEEDBACK = 'parley_feedback';

/** Workflow Builder custom step "Coach a message" (a `functions` entry in manifest.yml). */
export const FUNCTION_COACH_MESSAGE = 'coach_message';

// Modal inputs: read them as view.state.values[BLOCK_x][ACTION_x].
export const BLOCK_DRAFT = 'draft_block';
export const ACTION_DRAFT = 'draft_input';
export const BLOCK_CONTEXT = 'context_block';
export const ACTION_CONTEXT = 'context_select';
export const BLOCK_GOAL = 'goal_block';
export const ACTION_GOAL = 'goal_input';
export const BLOCK_USE_TEXT = 'use_text_block';
export const ACTION_USE_TEXT = 'use_text_input';
export const BLOCK_USE_TO = 'use_to_block';
export const ACTION_USE_TO = 'use_to_select';

// Message block ids (stable so listeners can find or replace them).
export const BLOCK_REVIEW_ACTIONS = 'review_actions';
export const BLOCK_READING_ACTIONS = 'reading_actions';
export const BLOCK_PLAN_ACTIONS = 'plan_actions';
export const BLOCK_PRACTICE_ACTIONS = 'practice_actions';
export const BLOCK_WELCOME_ACTIONS = 'welcome_actions';
export const BLOCK_FEEDBACK = 'parley_feedback';
/** Home tab preference sections (the selects are their accessories). */
export const BLOCK_PREF_CONTEXT = 'pref_context_block';
export const BLOCK_PREF_LANGUAGE = 'pref_language_block';

/** Separator in `stateId:techniqueId` values. */
export const VALUE_SEPARATOR = ':';

/** Home tab "default context" option meaning "no default" (store it as null). */
export const CONTEXT_NONE = 'none';

/** Value of a "Try another technique" option: `stateId:techniqueId`. */
export function techniqueValue(stateId: string, techniqueId: string): string {
  return `${stateId}${VALUE_SEPARATOR}${techniqueId}`;
}

const STREAMED = ':streamed';

/** Value of Show the whole plan / Show less: the plan's stateId, marked when the short view was streamed. */
export function planToggleValue(stateId: string, streamed: boolean): string {
  return streamed ? `${stateId}${STREAMED}` : stateId;
}

export function parsePlanToggleValue(value: string): { stateId: string; streamed: boolean } {
  return value.endsWith(STREAMED)
    ? { stateId: value.slice(0, -STREAMED.length), streamed: true }
    : { stateId: value, streamed: false };
}

/** Inverse of techniqueValue; splits on the last separator (technique ids never contain one). */
export function parseTechniqueValue(value: string): { stateId: string; technique: string } | null {
  const at = value.lastIndexOf(VALUE_SEPARATOR);
  if (at <= 0 || at === value.length - 1) return null;
  return { stateId: value.slice(0, at), technique: value.slice(at + 1) };
}

/** Value of a "Use this" button: `stateId:index`; never the rewrite's text. */
export function useRewriteValue(stateId: string, index: number): string {
  return `${stateId}${VALUE_SEPARATOR}${index}`;
}

export function parseUseRewriteValue(value: string): { stateId: string; index: number } | null {
  const at = value.lastIndexOf(VALUE_SEPARATOR);
  if (at <= 0) return null;
  const index = Number(value.slice(at + 1));
  if (!Number.isInteger(index) || index < 0) return null;
  return { stateId: value.slice(0, at), index };
}
