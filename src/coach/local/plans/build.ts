/**
 * Renders a plan template from packs/<lang>/plans.yml into plan text: slots are filled from what
 * the user wrote (the brief) and the situation's figures; a line whose slot is unknown is left out,
 * so a plan never shows a placeholder or asks for a figure it was given.
 */
import type { Brief } from './brief.ts';
import type { Figures } from './figures.ts';
import type { CompiledPlans } from './pack.ts';
import type { PlanTemplate, Text } from './pack-schema.ts';
import type { PlanText } from './types.ts';

export type Slots = Record<string, string | null>;

/** "I need my landlord to fix it" → "you need your landlord to fix it": the user's words said back to them. */
export function toYou(text: string): string {
  return text
    .replace(/\bI am\b/g, 'you are')
    .replace(/\bI was\b/g, 'you were')
    .replace(/\bI['’]m\b/g, "you're")
    .replace(/\bI['’]ve\b/g, "you've")
    .replace(/\bI['’]d\b/g, "you'd")
    .replace(/\bI['’]ll\b/g, "you'll")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmyself\b/gi, 'yourself')
    .replace(/\bmine\b/gi, 'yours')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you');
}

/** "him to fix the heating" → "you to fix the heating": an ask of a third person, said to them. */
function askThem(want: string | null, english: boolean): string | null {
  if (!want || !english) return null;
  const m = /^(?:him|her|them|my [a-z-]+) to (.+)$/i.exec(want);
  return m ? `you to ${m[1]}` : null;
}

export function slotsFor(brief: Brief, figures: Figures, plans: CompiledPlans, english: boolean): Slots {
  const who = brief.person?.name ?? plans.someone.name;
  const said = (text: string | null) => (text && english ? toYou(text) : text);
  return {
    who,
    Who: who.charAt(0).toUpperCase() + who.slice(1),
    with: brief.person?.with ?? plans.someone.with,
    person: brief.person ? brief.person.name : null,
    want: said(brief.want),
    wantMine: brief.want && english ? brief.want : null,
    askThem: askThem(brief.want, english),
    about: said(brief.about),
    aboutMine: brief.about,
    stake: brief.stake,
    offer: brief.offer,
    story: brief.story,
    name: brief.name,
    percent: figures.percent,
    amount: figures.amount,
    date: figures.date,
    duration: figures.duration,
  };
}

/** One template filled in, or null when it needs a slot that is unknown. */
export function renderText(text: Text, slots: Slots): string | null {
  if (typeof text !== 'string') {
    if (slots[text.if]) return renderText(text.say, slots);
    return text.else === undefined ? null : renderText(text.else, slots);
  }
  let missing = false;
  const out = text.replace(/\{([A-Za-z]+)\}/g, (_whole, key: string) => {
    const value = slots[key];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : out;
}

function one(text: Text, slots: Slots): string {
  return renderText(text, slots) ?? '';
}

function many(texts: readonly Text[], slots: Slots): string[] {
  return texts.map((t) => renderText(t, slots)).filter((t): t is string => t !== null && t.length > 0);
}

export function renderPlan(template: PlanTemplate, slots: Slots): PlanText {
  return {
    goal: one(template.goal, slots),
    theirPosition: one(template.theirPosition, slots),
    theirInterests: many(template.theirInterests, slots),
    commonGround: many(template.commonGround, slots),
    concessions: many(template.concessions, slots),
    nonNegotiables: many(template.nonNegotiables, slots),
    lead: one(template.lead, slots),
    not: one(template.not, slots),
    want: one(template.want, slots),
    questionsToAsk: many(template.questionsToAsk, slots),
    options: many(template.options, slots),
    ifItHeatsUp: many(template.ifItHeatsUp, slots),
    followUp: many(template.followUp, slots),
    questions: many(template.questions, slots),
  };
}
