/** Human-readable preparation plan: every PrepPlan section under its own heading. */
import type { Notice } from '../coach/coach.ts';
import type { PrepPlan } from '../coach/schemas.ts';
import type { Paint } from './io.ts';
import { labelsFor } from './labels.ts';
import { heading, indent, noticeLines } from './render-text.ts';

type Section = { title: string; value: string | string[]; quote?: boolean };

/** The plan's sections in the order a person would prepare. Exported so tests can check coverage. */
export function planSections(plan: PrepPlan): Section[] {
  const t = labelsFor(plan.language).sections;
  return [
    { title: t.goal, value: plan.goal },
    { title: t.theirPosition, value: plan.theirPosition },
    { title: t.theirInterests, value: plan.theirInterests },
    { title: t.commonGround, value: plan.commonGround },
    { title: t.concessions, value: plan.concessions },
    { title: t.nonNegotiables, value: plan.nonNegotiables },
    { title: t.opening, value: plan.opening, quote: true },
    { title: t.questionsToAsk, value: plan.questionsToAsk },
    { title: t.options, value: plan.options },
    { title: t.ifItHeatsUp, value: plan.ifItHeatsUp },
    { title: t.takeABreak, value: plan.takeABreak },
    { title: t.followUp, value: plan.followUp },
    { title: t.questions, value: plan.questions },
  ];
}

const isEmpty = (value: string | string[]) =>
  Array.isArray(value) ? value.every((v) => v.trim() === '') : value.trim() === '';

export function renderPlan(plan: PrepPlan, paint: Paint, notices: Iterable<Notice> = []): string {
  const t = labelsFor(plan.language);
  const out: string[] = [paint('bold', `${t.plan}: ${t.situation[plan.situation]}`)];
  const sections = planSections(plan).filter((s) => !isEmpty(s.value));
  if (sections.length === 0) out.push(indent(t.emptyPlan, 2));
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
