/**
 * The Home tab: what Parley does, how to reach it, the technique library (from the technique
 * files), the user's preferences and the privacy promise. At most 100 blocks.
 */
import type { HomeView, KnownBlock, PlainTextOption, SectionBlock } from '@slack/types';
import type { LanguagePreference } from '../../coach/coach.ts';
import { CONTEXTS, type Engine } from '../../coach/schemas.ts';
import type { Technique } from '../../coach/techniques.ts';
import type { UserPreferences } from '../../store/store.ts';
import {
  ACTION_PREF_CONTEXT,
  ACTION_PREF_LANGUAGE,
  ACTION_STOP_POSTING,
  BLOCK_PREF_CONTEXT,
  BLOCK_PREF_LANGUAGE,
  COACH_COMMAND,
  CONTEXT_NONE,
} from '../ids.ts';
import { button, context, divider, header, option, plain, section } from './blocks.ts';
import { escapeMrkdwn, MAX_VIEW_BLOCKS, truncate } from './escape.ts';
import type { FeedbackSurface } from './feedback.ts';
import { contextOption } from './modal.ts';

export const LANGUAGE_LABELS: Record<LanguagePreference, string> = {
  auto: 'Same as my message',
  en: 'English',
  pl: 'Polski',
};

const NO_DEFAULT = option('No default (ask me)', CONTEXT_NONE);

/** Technique fields the Home tab shows. */
export type HomeTechnique = Pick<Technique, 'id' | 'name' | 'summary' | 'when'>;

/** Thumbs up / down on Parley's answers in this workspace, per surface and engine. */
export type FeedbackCounts = { surface: FeedbackSurface; engine: Engine; up: number; down: number }[];

export interface BuildHomeInput {
  techniques: readonly HomeTechnique[];
  preferences: UserPreferences;
  /** A line above the preferences (e.g. a change that could not be saved); text we wrote. */
  notice?: string;
  /** Null or absent when the counts are unavailable: the section is left out. */
  feedback?: FeedbackCounts | null;
  /**
   * Whether Parley holds the user's token for posting as them (distributed mode): 'on' shows a
   * *Stop* button, 'off' how to allow it. Null or absent (single-workspace mode): no line.
   */
  posting?: PostingAsYou | null;
}

export type PostingAsYou = 'on' | 'off';

/** The Home tab's "Posting as you" section (its Stop button is the accessory). */
export const BLOCK_POSTING = 'posting_as_you';

export const POSTING_ON_TEXT =
  '*Posting as you*\nParley can post as you: *Use this* on a rewrite sends it from your account. ' +
  'Stop, and Parley forgets that permission and hands you the text to copy instead.';
export const POSTING_OFF_TEXT =
  "*Posting as you*\nParley can't post as you, so *Use this* hands you the text to copy. " +
  'To let it post as you, install Parley again through its /slack/install page and allow it to send messages as you.';

/** The posting line: with a Stop button (and Slack's own confirmation) while Parley may post as the user. */
export function postingSection(posting: PostingAsYou): SectionBlock {
  if (posting === 'off') return section(POSTING_OFF_TEXT, BLOCK_POSTING);
  const stop = button('Stop', ACTION_STOP_POSTING, 'stop', 'danger');
  stop.confirm = {
    title: plain('Stop posting as you?', 100),
    text: plain('Parley forgets its permission to post as you. You can allow it again later.', 300),
    confirm: plain('Stop', 30),
    deny: plain('Keep it', 30),
  };
  return { ...section(POSTING_ON_TEXT, BLOCK_POSTING), accessory: stop };
}

const SURFACE_NAMES: Record<FeedbackSurface, string> = { review: 'Reviews', plan: 'Plans' };
const ENGINE_NAMES: Record<Engine, string> = { local: 'offline coach', openai: 'AI coach' };

/** "Reviews (offline coach): 👍 3 · 👎 1", one line per surface and engine that has votes. */
export function feedbackSection(counts: FeedbackCounts): SectionBlock {
  const lines = counts
    .filter((c) => c.up + c.down > 0)
    .map(
      (c) =>
        `• ${SURFACE_NAMES[c.surface]} (${ENGINE_NAMES[c.engine]}): :thumbsup: ${c.up} · :thumbsdown: ${c.down}`,
    );
  const body =
    lines.length > 0
      ? lines.join('\n')
      : 'No feedback yet. Use :thumbsup: / :thumbsdown: under a review or a plan.';
  return section(`*How Parley's answers landed in this workspace*\n${body}`, 'feedback_counts');
}

function techniqueSection(t: HomeTechnique): SectionBlock {
  const text = `*${escapeMrkdwn(t.name)}*\n${escapeMrkdwn(truncate(t.summary, 1200))}\n_When:_ ${escapeMrkdwn(truncate(t.when, 1200))}`;
  return section(text, `technique_${t.id}`.slice(0, 255));
}

export function buildHome({ techniques, preferences, notice, feedback, posting }: BuildHomeInput): HomeView {
  const contextOptions: PlainTextOption[] = [NO_DEFAULT, ...CONTEXTS.map(contextOption)];
  const languageOptions = (Object.keys(LANGUAGE_LABELS) as LanguagePreference[]).map((l) =>
    option(LANGUAGE_LABELS[l], l),
  );
  const initialContext = preferences.context ? contextOption(preferences.context) : NO_DEFAULT;
  const initialLanguage = option(LANGUAGE_LABELS[preferences.language], preferences.language);

  const intro: KnownBlock[] = [
    header('Parley: a coach for difficult conversations'),
    section(
      'Parley helps you say hard things well. It points out the phrases that may hurt, suggests ' +
        'rewrites built on proven techniques, and helps you prepare for tough calls.',
    ),
    section(
      '*How to use it*\n' +
        `• \`${COACH_COMMAND} &lt;your draft&gt;\` reviews a message before you send it. Only you see the review.\n` +
        `• \`${COACH_COMMAND}\` alone opens a form; \`${COACH_COMMAND} prep &lt;situation&gt;\` makes a plan; \`${COACH_COMMAND} help\` lists everything.\n` +
        '• On any message, choose *⋮ More actions → Coach this message* to read how it may land and get reply options.\n' +
        '• Message Parley in the *Messages* tab to prepare for a conversation and practise it.',
    ),
    divider(),
    section('*Preferences*'),
    ...(notice ? [section(`:warning: ${notice}`)] : []),
    {
      type: 'section',
      block_id: BLOCK_PREF_CONTEXT,
      text: { type: 'mrkdwn', text: 'Who your drafts are usually for' },
      accessory: {
        type: 'static_select',
        action_id: ACTION_PREF_CONTEXT,
        placeholder: plain('Choose one', 150),
        options: contextOptions,
        initial_option: initialContext,
      },
    },
    {
      type: 'section',
      block_id: BLOCK_PREF_LANGUAGE,
      text: { type: 'mrkdwn', text: 'Language of my replies' },
      accessory: {
        type: 'static_select',
        action_id: ACTION_PREF_LANGUAGE,
        placeholder: plain('Choose one', 150),
        options: languageOptions,
        initial_option: initialLanguage,
      },
    },
    ...(posting ? [postingSection(posting)] : []),
    divider(),
    ...(feedback ? [feedbackSection(feedback), divider()] : []),
  ];
  const privacy: KnownBlock[] = [
    divider(),
    section(
      ':lock: *Your privacy*\nDrafts and messages you ask Parley about are never stored or logged. ' +
        'Parley keeps only your preferences and simple counters (reminders in channels that turn them on, thumbs up / down on answers).',
    ),
  ];
  const room = MAX_VIEW_BLOCKS - intro.length - privacy.length - 2;
  const shown = techniques.slice(0, room);
  const library: KnownBlock[] = [section('*Techniques Parley uses*'), ...shown.map(techniqueSection)];
  if (techniques.length > shown.length) {
    library.push(context(`…and ${techniques.length - shown.length} more.`));
  }
  return { type: 'home', blocks: [...intro, ...library, ...privacy] };
}
