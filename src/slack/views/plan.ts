/**
 * A preparation plan for a difficult conversation, as Block Kit (every section of the plan) and
 * as Markdown (for chat streaming, where markdown_text is capped at 12,000 characters).
 */
import type { PlanChange } from '../../coach/plan-diff.ts';
import type { PlanField, PrepPlan } from '../../coach/schemas.ts';
import {
  ACTION_PLAN_LESS,
  ACTION_PLAN_MORE,
  ACTION_PRACTICE_START,
  BLOCK_PLAN_ACTIONS,
  planToggleValue,
} from '../ids.ts';
import {
  actions,
  bullets,
  button,
  context,
  type SlackMessage,
  section,
  sections,
  type UiLanguage,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn, MAX_MARKDOWN_TEXT, truncate } from './escape.ts';
import { withFeedback } from './feedback.ts';
import { fitMessage, type Piece, piece, pieces } from './limits.ts';
import { footer, type ReviewNotice } from './review.ts';

export const PLAN_LABELS = {
  en: {
    title: 'Your plan for this conversation',
    goal: 'Goal',
    theirPosition: 'What they will likely ask for',
    theirInterests: 'What may be behind it',
    commonGround: 'Common ground',
    concessions: 'What you could give',
    nonNegotiables: 'What you must hold',
    opening: 'Opening line',
    questionsToAsk: 'Questions to ask',
    options: 'Options that work for both sides',
    ifItHeatsUp: 'If it heats up',
    takeABreak: 'Take a break',
    followUp: 'Follow-up',
    questions: 'What Parley still needs to know',
    practice: 'Practice this conversation',
    fallbackText: 'Parley: your plan for this conversation is ready.',
  },
  pl: {
    title: 'Twój plan tej rozmowy',
    goal: 'Cel',
    theirPosition: 'O co prawdopodobnie poproszą',
    theirInterests: 'Co może za tym stać',
    commonGround: 'Wspólny grunt',
    concessions: 'Co możesz dać',
    nonNegotiables: 'Czego musisz się trzymać',
    opening: 'Pierwsze zdanie',
    questionsToAsk: 'Pytania do zadania',
    options: 'Rozwiązania korzystne dla obu stron',
    ifItHeatsUp: 'Jeśli zrobi się gorąco',
    takeABreak: 'Przerwa',
    followUp: 'Po rozmowie',
    questions: 'Czego Parley jeszcze potrzebuje wiedzieć',
    practice: 'Przećwicz tę rozmowę',
    fallbackText: 'Parley: plan rozmowy jest gotowy.',
  },
} as const;

type SectionKey = Exclude<keyof (typeof PLAN_LABELS)['en'], 'title' | 'practice' | 'fallbackText'>;

/** Labels of the short first view, the expand / fold buttons and the "what changes" reply. */
export const PLAN_UI = {
  en: {
    more: 'Show the whole plan',
    less: 'Show less',
    changesTitle: 'What changes in your plan',
    noChange: 'Nothing in your plan changes with that.',
    covered: 'Your plan already covers it:',
    newKind: 'That makes it a different conversation, so here is a new plan.',
    changesFallback: 'Parley: what changes in your plan.',
    moreChanged: (n: number) =>
      `…and ${n} more ${n === 1 ? 'part' : 'parts'} of the plan changed: *Show the whole plan* has them.`,
  },
  pl: {
    more: 'Pokaż cały plan',
    less: 'Pokaż mniej',
    changesTitle: 'Co zmienia się w planie',
    noChange: 'To nic nie zmienia w Twoim planie.',
    covered: 'Plan już to obejmuje:',
    newKind: 'To zmienia charakter rozmowy, więc oto nowy plan.',
    changesFallback: 'Parley: co zmienia się w planie.',
    moreChanged: (n: number) =>
      `…zmieniło się jeszcze części planu: ${n}. Wszystko jest w *Pokaż cały plan*.`,
  },
} as const;

/** How many of the questions to ask the short first view shows. */
const SUMMARY_QUESTIONS = 2;

/** The fields of the short view, in order, with how many items each shows (null: all). */
const SUMMARY_FIELDS: readonly { key: SectionKey; max: number | null }[] = [
  { key: 'goal', max: null },
  { key: 'opening', max: null },
  { key: 'questionsToAsk', max: SUMMARY_QUESTIONS },
];

/** Plan fields in reading order; the last ones are the first to go if Slack needs it shorter. */
const ORDER: readonly { key: SectionKey; priority: 1 | 2 }[] = [
  { key: 'goal', priority: 1 },
  { key: 'theirPosition', priority: 1 },
  { key: 'theirInterests', priority: 1 },
  { key: 'commonGround', priority: 1 },
  { key: 'concessions', priority: 1 },
  { key: 'nonNegotiables', priority: 1 },
  { key: 'opening', priority: 1 },
  { key: 'questionsToAsk', priority: 1 },
  { key: 'options', priority: 2 },
  { key: 'ifItHeatsUp', priority: 1 },
  { key: 'takeABreak', priority: 2 },
  { key: 'followUp', priority: 2 },
  { key: 'questions', priority: 2 },
];

/** Raw (unescaped) items of one plan field; a string field is one item. */
function fieldItems(plan: PrepPlan, key: SectionKey): string[] {
  const value = plan[key];
  const items = Array.isArray(value) ? value : [value];
  return items.map((s) => s.trim()).filter(Boolean);
}

function planLang(plan: PrepPlan): UiLanguage {
  return uiLanguage(plan.language);
}

export interface BuildPlanOptions {
  stateId: string;
  notice?: ReviewNotice;
  /** The short view was streamed above this message: the toggle shows or hides the rest here. */
  streamed?: boolean;
}

export function buildPlan(plan: PrepPlan, opts: BuildPlanOptions): SlackMessage {
  const lang = planLang(plan);
  const l = PLAN_LABELS[lang];
  const out: Piece[] = [piece(section(`:clipboard: *${l.title}*`), 0)];
  for (const { key, priority } of ORDER) {
    const items = fieldItems(plan, key).map(escapeMrkdwn);
    if (items.length === 0) continue;
    const body = Array.isArray(plan[key]) ? bullets(items) : items.join('\n');
    out.push(...pieces(sections(body, l[key]), priority));
  }
  out.push(...planTail(plan, opts));
  return { text: l.fallbackText, blocks: fitMessage(out, { language: lang }) };
}

/** Who answered (and any notice), then the "Practice this conversation" button (and a toggle). */
function planTail(plan: PrepPlan, opts: BuildPlanOptions, toggle: 'more' | 'less' | null = null): Piece[] {
  const lang = planLang(plan);
  const practice = button(PLAN_LABELS[lang].practice, ACTION_PRACTICE_START, opts.stateId, 'primary');
  const elements = toggle
    ? [
        practice,
        button(
          PLAN_UI[lang][toggle],
          toggle === 'more' ? ACTION_PLAN_MORE : ACTION_PLAN_LESS,
          planToggleValue(opts.stateId, opts.streamed ?? false),
        ),
      ]
    : [practice];
  // A new block_id per view: Slack wants them unique per message *and* per update.
  const blockId = toggle === 'less' ? `${BLOCK_PLAN_ACTIONS}_whole` : BLOCK_PLAN_ACTIONS;
  return [footer(plan.engine, opts.notice, lang), piece(actions(blockId, elements), 0)];
}

/** One plan field as sections: a list as bullets, a sentence as itself. */
function fieldPieces(
  plan: PrepPlan,
  key: SectionKey,
  items: readonly string[],
  priority: 1 | 2 = 1,
): Piece[] {
  const escaped = items.map(escapeMrkdwn);
  if (escaped.length === 0) return [];
  const body = Array.isArray(plan[key]) ? bullets(escaped) : escaped.join('\n');
  return pieces(sections(body, PLAN_LABELS[planLang(plan)][key]), priority);
}

/**
 * The first answer in a DM: the goal, the opening line and the first two questions to ask, with
 * the rest one click away (Show the whole plan), then practice and feedback.
 */
export function buildPlanSummary(plan: PrepPlan, opts: BuildPlanOptions): SlackMessage {
  const lang = planLang(plan);
  const l = PLAN_LABELS[lang];
  const out: Piece[] = [
    piece(section(`:clipboard: *${l.title}*`), 0),
    ...SUMMARY_FIELDS.flatMap(({ key, max }) =>
      fieldPieces(plan, key, fieldItems(plan, key).slice(0, max ?? undefined)),
    ),
    ...planTail(plan, opts, 'more'),
  ];
  const message = { text: l.fallbackText, blocks: fitMessage(out, { language: lang }) };
  return withFeedback(message, 'plan', plan.engine, lang);
}

/** The whole plan, expanded in place from the summary, with Show less to fold it back. */
export function buildPlanWhole(plan: PrepPlan, opts: BuildPlanOptions): SlackMessage {
  const lang = planLang(plan);
  const l = PLAN_LABELS[lang];
  const out: Piece[] = [piece(section(`:clipboard: *${l.title}*`), 0)];
  for (const { key, priority } of ORDER) out.push(...fieldPieces(plan, key, fieldItems(plan, key), priority));
  out.push(...planTail(plan, opts, 'less'));
  const message = { text: l.fallbackText, blocks: fitMessage(out, { language: lang }) };
  return withFeedback(message, 'plan', plan.engine, lang, '_whole');
}

/** At most this many changed fields are shown; a model plan rewords most fields on every detail. */
const MAX_CHANGED_FIELDS = 3;

/** Which changed fields say most about a new detail, first to last. */
const CHANGE_PRIORITY: readonly PlanField[] = [
  'opening',
  'ifItHeatsUp',
  'concessions',
  'nonNegotiables',
  'theirInterests',
  'questionsToAsk',
  'theirPosition',
  'options',
  'goal',
  'commonGround',
  'takeABreak',
  'followUp',
  'questions',
];

/** The changes worth showing, in plan order: the field the detail is about first, then by priority. */
export function mostTelling(changes: readonly PlanChange[], about: PlanField | null): PlanChange[] {
  const rank = (field: PlanField) => (field === about ? -1 : CHANGE_PRIORITY.indexOf(field));
  const picked = new Set(
    [...changes]
      .sort((a, b) => rank(a.field) - rank(b.field))
      .slice(0, MAX_CHANGED_FIELDS)
      .map((c) => c.field),
  );
  return changes.filter((c) => picked.has(c.field));
}

export interface PlanChangesInput {
  /** The plan as it is now. */
  plan: PrepPlan;
  changes: readonly PlanChange[];
  /** The situation turned into another kind of conversation: every field changed. */
  newKind: boolean;
  /** The field the detail is about, if its words say: shown first, or as what covers it when nothing changed. */
  covered: PlanField | null;
}

/**
 * A DM follow-up with a new detail: only the fields that gained something, each with only what
 * is new. A detail that changes the kind of conversation gets the new plan's short view instead.
 */
export function buildPlanChanges(input: PlanChangesInput, opts: BuildPlanOptions): SlackMessage {
  const { plan, changes } = input;
  const lang = planLang(plan);
  const ui = PLAN_UI[lang];
  if (input.newKind) {
    const summary = buildPlanSummary(plan, opts);
    return { ...summary, blocks: [section(`_${ui.newKind}_`), ...summary.blocks] };
  }
  const out: Piece[] = [piece(section(`:pencil2: *${ui.changesTitle}*`), 0)];
  if (changes.length === 0) {
    out.push(piece(section(ui.noChange)));
    if (input.covered) {
      out.push(piece(section(`_${ui.covered}_`)));
      out.push(...fieldPieces(plan, input.covered, fieldItems(plan, input.covered)));
    }
  }
  const shown = mostTelling(changes, input.covered);
  for (const change of shown) out.push(...fieldPieces(plan, change.field, change.added));
  if (changes.length > shown.length)
    out.push(piece(context(ui.moreChanged(changes.length - shown.length)), 2));
  out.push(...planTail(plan, opts, 'more'));
  const message = { text: ui.changesFallback, blocks: fitMessage(out, { language: lang }) };
  return withFeedback(message, 'plan', plan.engine, lang);
}

/**
 * What follows a plan that was streamed as Markdown (streamed text cannot carry buttons): the
 * same footer and practice button buildPlan ends with.
 */
export function buildPlanActions(plan: PrepPlan, opts: BuildPlanOptions): SlackMessage {
  const lang = planLang(plan);
  const toggle = opts.streamed ? 'more' : null;
  const message = {
    text: PLAN_LABELS[lang].fallbackText,
    blocks: fitMessage(planTail(plan, opts, toggle), { language: lang }),
  };
  return opts.streamed ? withFeedback(message, 'plan', plan.engine, lang) : message;
}

/**
 * The short view as Markdown, for streaming the first answer of a DM. Fields appear in plan
 * order, so as a streamed plan fills in, the text only grows.
 */
export function planSummaryToMarkdown(plan: PrepPlan): string {
  const l = PLAN_LABELS[planLang(plan)];
  const parts = [`## ${l.title}`];
  for (const { key, max } of SUMMARY_FIELDS) {
    const items = fieldItems(plan, key)
      .slice(0, max ?? undefined)
      .map((s) => escapeMrkdwn(s.replace(/\s*\n\s*/g, ' ')));
    if (items.length === 0) continue;
    const body = Array.isArray(plan[key]) ? items.map((i) => `- ${i}`).join('\n') : items.join('\n');
    parts.push(`**${l[key]}**\n${body}`);
  }
  return truncate(parts.join('\n\n'), MAX_MARKDOWN_TEXT);
}

/**
 * The plan as Markdown for streaming (`markdown_text`). Text is still entity-escaped so a pasted
 * `<!channel>` can never become a mention; Markdown renderers show the entities as characters.
 */
export function planToMarkdown(plan: PrepPlan): string {
  const l = PLAN_LABELS[planLang(plan)];
  const parts = [`## ${l.title}`];
  for (const { key } of ORDER) {
    const items = fieldItems(plan, key).map((s) => escapeMrkdwn(s.replace(/\s*\n\s*/g, ' ')));
    if (items.length === 0) continue;
    const body = Array.isArray(plan[key]) ? items.map((i) => `- ${i}`).join('\n') : items.join('\n');
    parts.push(`**${l[key]}**\n${body}`);
  }
  return truncate(parts.join('\n\n'), MAX_MARKDOWN_TEXT);
}
