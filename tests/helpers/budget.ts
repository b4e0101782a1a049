/**
 * Budgets for first answers, in visible characters (what a person reads, see
 * src/slack/views/visible-text.ts): a review or a reading 1,200, a plan 1,500. A first answer is
 * the message a surface opens with; the full review behind *Show all rewrites and why* (it carries
 * *Show less*) is not one.
 */
import {
  ACTION_SHOW_LESS,
  BLOCK_PLAN_ACTIONS,
  BLOCK_READING_ACTIONS,
  BLOCK_REVIEW_ACTIONS,
} from '../../src/slack/ids.ts';
import type { RenderedMessage } from '../fakes/slack-api.ts';

export type AnswerKind = 'review' | 'reading' | 'plan';

export const BUDGETS: Readonly<Record<AnswerKind, number>> = { review: 1_200, reading: 1_200, plan: 1_500 };

type Json = Record<string, unknown>;

function actionIds(block: Json): string[] {
  return ((block.elements as Json[] | undefined) ?? []).map((e) => String(e.action_id ?? ''));
}

/** Which first answer a message is, or null when it is none (a note, an expanded review, …). */
export function firstAnswerKind(message: Pick<RenderedMessage, 'blocks'>): AnswerKind | null {
  const blocks = message.blocks as Json[];
  if (blocks.some((b) => b.type === 'actions' && actionIds(b).includes(ACTION_SHOW_LESS))) return null;
  if (blocks.some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)) return 'review';
  if (blocks.some((b) => b.block_id === BLOCK_READING_ACTIONS)) return 'reading';
  if (blocks.some((b) => b.block_id === BLOCK_PLAN_ACTIONS)) return 'plan';
  return null;
}

export interface BudgetBreach {
  kind: AnswerKind;
  via: string;
  length: number;
  budget: number;
}

/** First answers of these kinds that are longer than their budget. */
export function overBudget(
  rendered: readonly RenderedMessage[],
  kinds: readonly AnswerKind[] = ['review', 'reading', 'plan'],
): BudgetBreach[] {
  const out: BudgetBreach[] = [];
  for (const message of rendered) {
    const kind = firstAnswerKind(message);
    if (!kind || !kinds.includes(kind) || message.length <= BUDGETS[kind]) continue;
    out.push({ kind, via: message.via, length: message.length, budget: BUDGETS[kind] });
  }
  return out;
}

/** How many first answers of each kind were measured (so a budget test knows it measured something). */
export function measured(rendered: readonly RenderedMessage[], kind: AnswerKind): number[] {
  return rendered.filter((m) => firstAnswerKind(m) === kind).map((m) => m.length);
}
