/** Human-readable preparation plan: every PrepPlan section under its own heading. */
import type { Notice } from '../coach/coach.ts';
import type { PrepPlan, Situation } from '../coach/schemas.ts';
import type { Paint } from './io.ts';
import { heading, indent, noticeLines } from './render-text.ts';

const SITUATION: Record<Situation, string> = {
  discount: 'Discount or price pushback',
  'overdue-invoice': 'Overdue invoice',
  'price-increase': 'Price increase',
  'missed-deadline': 'Missed deadline',
  'poor-work': 'Feedback on work that missed the mark',
  'unresponsive-peer': 'Unresponsive colleague',
  apology: 'Apology after a mistake',
  escalation: 'Escalation',
  other: 'A difficult conversation',
};

type Section = { title: string; value: string | string[]; quote?: boolean };

/** The plan's sections in the order a person would prepare. Exported so tests can check coverage. */
export function planSections(plan: PrepPlan): Section[] {
  return [
    { title: 'Goal', value: plan.goal },
    { title: 'Their position', value: plan.theirPosition },
    { title: 'What may matter to them', value: plan.theirInterests },
    { title: 'Common ground', value: plan.commonGround },
    { title: 'What you could give', value: plan.concessions },
    { title: 'What you must hold', value: plan.nonNegotiables },
    { title: 'Opening line', value: plan.opening, quote: true },
    { title: 'Questions to ask', value: plan.questionsToAsk },
    { title: 'Options for mutual gain', value: plan.options },
    { title: 'If it heats up', value: plan.ifItHeatsUp },
    { title: 'Take a break', value: plan.takeABreak },
    { title: 'Follow-up', value: plan.followUp },
    { title: 'To make this plan sharper, tell Parley', value: plan.questions },
  ];
}

const isEmpty = (value: string | string[]) =>
  Array.isArray(value) ? value.every((v) => v.trim() === '') : value.trim() === '';

export function renderPlan(plan: PrepPlan, paint: Paint, notices: Iterable<Notice> = []): string {
  const out: string[] = [paint('bold', `Plan: ${SITUATION[plan.situation]}`)];
  const sections = planSections(plan).filter((s) => !isEmpty(s.value));
  if (sections.length === 0)
    out.push('  Parley has no plan for this yet. Try describing the situation in more detail.');
  for (const section of sections) {
    out.push('', heading(paint, section.title));
    if (Array.isArray(section.value)) {
      for (const item of section.value) if (item.trim() !== '') out.push(indent(`- ${item}`, 2));
    } else {
      out.push(indent(section.quote ? `"${section.value}"` : section.value, 2));
    }
  }
  const notes = noticeLines(plan.engine, plan.language, notices);
  if (notes.length > 0) out.push('', ...notes.map((n) => paint('dim', n)));
  return `${out.join('\n')}\n`;
}
