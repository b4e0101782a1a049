/**
 * A preparation plan for a difficult conversation, as Block Kit (every section of the plan) and
 * as Markdown (for chat streaming, where markdown_text is capped at 12,000 characters).
 */
import type { PrepPlan } from '../../coach/schemas.ts';
import { ACTION_PRACTICE_START, BLOCK_PLAN_ACTIONS } from '../ids.ts';
import {
  actions,
  bullets,
  button,
  type SlackMessage,
  section,
  sections,
  type UiLanguage,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn, MAX_MARKDOWN_TEXT, truncate } from './escape.ts';
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

/** Who answered (and any notice), then the "Practice this conversation" button. */
function planTail(plan: PrepPlan, opts: BuildPlanOptions): Piece[] {
  const lang = planLang(plan);
  return [
    footer(plan.engine, opts.notice, lang),
    piece(
      actions(BLOCK_PLAN_ACTIONS, [
        button(PLAN_LABELS[lang].practice, ACTION_PRACTICE_START, opts.stateId, 'primary'),
      ]),
      0,
    ),
  ];
}

/**
 * What follows a plan that was streamed as Markdown (streamed text cannot carry buttons): the
 * same footer and practice button buildPlan ends with.
 */
export function buildPlanActions(plan: PrepPlan, opts: BuildPlanOptions): SlackMessage {
  const lang = planLang(plan);
  return {
    text: PLAN_LABELS[lang].fallbackText,
    blocks: fitMessage(planTail(plan, opts), { language: lang }),
  };
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
