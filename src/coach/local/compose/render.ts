/**
 * Renders a message plan through one technique, in one tone, from the rewrite pack's lines. Every
 * sentence Parley writes is a complete template sentence with its slots filled; the draft's own
 * sentences appear only when the plan carried them (no hostile act in them). Polish lines are
 * conjugated for the draft's form of address.
 */
import type { Tone } from '../../schemas.ts';
import type { PolishAddress } from '../acts/morphology.ts';
import { missingFrom } from '../facts.ts';
import type { Order } from './orders.ts';
import type { Ask, MessagePlan } from './plan.ts';
import { restateFacts } from './restate.ts';
import type { RewritesPack } from './templates.ts';

export type Style = Tone | 'default';

/**
 * How much of the plan a candidate uses: 0 everything, 1 the ask with its time phrase first
 * ("Before you start coding, could you read the spec?"), 2 a generic ask, 3 only the facts.
 */
export type Level = 0 | 1 | 2 | 3;

export interface RenderInput {
  plan: MessagePlan;
  pack: RewritesPack;
  technique: string;
  style: Style;
  level: Level;
  goal: string | null;
}

/** The form of address of a Polish plan: the draft's own, else what fits who it is for. */
export function addressOf(plan: MessagePlan): PolishAddress {
  if (plan.address) return plan.address;
  if (plan.context === 'client' || plan.context === 'vendor') return 'panstwo';
  if (plan.context === 'team') return 'wy';
  return 'ty';
}

function fill(template: string, input: RenderInput, slots: Record<string, string> = {}): string {
  const address = input.pack.address[addressOf(input.plan)] ?? {};
  return template.replace(/\{(a\.)?([a-z]+)\}/gi, (whole, a: string | undefined, name: string) => {
    const value = a ? address[name] : slots[name];
    return value ?? whole;
  });
}

function askSlots(ask: Ask): Record<string, string> {
  if (ask.kind === 'verb') return { phrase: ask.phrase };
  if (ask.kind === 'clause') return { clause: ask.clause };
  if (ask.kind === 'terms') return { terms: ask.terms };
  return { object: ask.object };
}

function askKey(ask: Ask): 'you' | 'me' | 'us' | 'clause' | 'object' | 'terms' {
  return ask.kind === 'verb' ? ask.subject : ask.kind;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function goalLine(input: RenderInput): string {
  const { pack, plan } = input;
  if (input.goal) return fill(pack.goals.user ?? '', input, { goal: lowerFirst(input.goal) });
  return fill(pack.goals[plan.context ?? 'default'] ?? pack.goals.default ?? '', input);
}

/** "For reference: Monday; OPS-118." for facts the rest of the text does not state (names greet instead). */
function factNote(input: RenderInput, text: string, greeted: string | null): string | null {
  const missing = missingFrom(input.plan.facts, text).filter((m) => m !== greeted);
  if (missing.length === 0) return null;
  return `${input.pack.lines.factsIntro} ${missing.join('; ')}.`;
}

/** A name the text would otherwise lose, said in the greeting, when the draft had none. */
function greetedName(input: RenderInput, text: string): string | null {
  if (input.plan.greeting || input.style === 'shorter') return null;
  const missing = new Set(missingFrom(input.plan.facts, text));
  // Only a name the draft spoke to ("Great job, Kevin." / "Kevin, …"), not one it spoke about.
  return (
    input.plan.facts.find(
      (f) => f.kind === 'name' && missing.has(f.text) && input.plan.vocatives.includes(f.text),
    )?.text ?? null
  );
}

/** An English verb ask with its time phrase moved first, so its wording is the writer's own again. */
function reorderAsk(input: RenderInput): string | null {
  const ask = input.plan.ask;
  if (input.plan.lang !== 'en' || !ask || ask.kind !== 'verb') return null;
  // "my on-call shift" becomes "the on-call shift for me": the same ask, not the same words.
  const own = (what: string) => (/\bmy\b/i.test(what) ? `${what.replace(/\bmy\b/i, 'the')} for me` : what);
  const m =
    /^(.{3,80}?)\s+((?:(?:before|by|until|after|once|when|no later than|this|next)\s|on\s(?=\p{Lu}|\d|the\s\d)|(?:today|tomorrow)\b).{0,60})$/u.exec(
      ask.phrase,
    );
  if (!m)
    return own(ask.phrase) === ask.phrase
      ? null
      : fill(input.pack.lines.ask[ask.subject], input, { phrase: own(ask.phrase) });
  const line = fill(input.pack.lines.ask[ask.subject], input, { phrase: own(m[1]!) });
  return `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}, ${lowerFirst(line)}`;
}

function orderLine(input: RenderInput, order: Order): string {
  if (order.kind === 'explain') return fill(input.pack.lines.explainAsk, input);
  return fill(input.pack.lines.ask[askKey(order)], input, askSlots(order));
}

export interface Rendered {
  text: string;
  /** The sentences that carry the draft's own words (carried, asks, greeting): what must be re-checked. */
  fromDraft: string[];
}

export function render(input: RenderInput): Rendered | null {
  const { plan, pack, style, level } = input;
  const t = pack.techniques[input.technique];
  if (!t) return null;
  const lines = pack.lines;
  const reordered = level === 1 ? reorderAsk(input) : null;
  const ask = level === 0 ? plan.ask : null;
  const isBreak = t.fit.veryHeated > 0;
  const usesNeed = t.open.includes('{need}');
  const complaint = plan.hostile.length > 0;
  const out: string[] = [];
  const fromDraft: string[] = [];
  const push = (s: string | null | undefined, own = false) => {
    if (s && !out.includes(s)) {
      out.push(s);
      if (own) fromDraft.push(s);
    }
  };

  const askLine = ask ? fill(lines.ask[askKey(ask)], input, askSlots(ask)) : reordered;
  const generic =
    !askLine && !(plan.hasRequest && level < 3) && complaint && !isBreak
      ? fill(plan.waiting && !plan.nonApology ? lines.genericAsk : lines.nextStep, input)
      : null;

  // The technique's opening is about this ask (contrasting's "what I do mean"), this goal, this fault.
  let open: string;
  if (usesNeed && ask)
    open = fill(t.open, input, { need: fill(lines.askNeed[askKey(ask)], input, askSlots(ask)) });
  else if (usesNeed && askLine) open = fill(t.openAskFollows ?? t.openNoAsk ?? t.open, input);
  else if (usesNeed) open = fill(t.openNoAsk ?? t.open, input);
  else if (t.open.includes('{goal}')) open = goalLine(input);
  else if (t.openImpact && !plan.admitsFault) open = fill(t.openImpact, input);
  else if (t.openPrice && plan.price) open = fill(t.openPrice, input);
  else open = fill(t.open, input);

  const body =
    level === 3 ? [] : plan.carried.map((item) => (typeof item === 'string' ? item : orderLine(input, item)));
  // Shorter: the opening's first clause only ("I don't mean this as a judgement of you.").
  if (style === 'shorter' && open.includes(';')) open = `${open.slice(0, open.indexOf(';'))}.`;

  const carried = body.filter((s) => {
    const hasFact = plan.facts.some((f) => s.includes(f.text));
    if (isBreak) return hasFact && !/\?$/.test(s);
    if (style === 'shorter') return hasFact || /\?$|please|proszę|could|czy /iu.test(s);
    return true;
  });

  if (style === 'direct') {
    // The ask leads: the recovered one, else the draft's own request, else the generic one.
    const lead =
      (askLine && (!usesNeed || !ask) ? askLine : null) ?? carried.find((s) => /\?$/.test(s)) ?? generic;
    push(lead, true);
    push(open, usesNeed && ask !== null);
  } else {
    if (style === 'warmer') push(fill(lines.thanks, input));
    // A shorter break is the proposal alone (its closing question).
    if (!(style === 'shorter' && isBreak)) push(open, (usesNeed && ask !== null) || input.goal !== null);
    if (style === 'warmer' && !t.open.includes('{goal}')) push(goalLine(input));
  }
  if (style === 'default' || style === 'warmer') {
    const facts = carried.some((s) => plan.facts.some((f) => s.includes(f.text)));
    if (t.body && (t.fit.price > 0 ? plan.price : facts)) push(fill(t.body, input));
  }
  // What it costs the writer, said as an I-statement instead of the jab that carried it.
  if (plan.impact && !isBreak && style !== 'shorter') push(plan.impact);
  if (plan.holdsPosition && !isBreak) push(fill(lines.holdPosition, input));
  if (plan.acts.has('dismissal') && !isBreak && style !== 'shorter') push(fill(lines.disagree, input));
  for (const s of carried) push(s, true);
  // Facts of the sentences left out (hostile ones), restated; facts the ask already says stay there.
  const askSays = `${askLine ?? ''} ${ask && usesNeed ? open : ''}`;
  for (const s of restateFacts(
    plan.restate.filter((f) => missingFrom([f], askSays).length > 0),
    plan.lang,
  ))
    push(s);
  if ((!usesNeed || !ask) && style !== 'direct') push(askLine, true);
  if (!usesNeed || !ask) push(generic);
  if (plan.consequence && !isBreak && style !== 'shorter') {
    push(
      plan.deadline
        ? fill(lines.consequence, input, { deadline: plan.deadline })
        : fill(lines.consequenceNoDate, input),
    );
  }
  if (plan.escalation && !isBreak && style !== 'shorter')
    push(
      plan.escalationTarget
        ? fill(lines.escalationNamed, input, { name: plan.escalationTarget })
        : fill(lines.escalation, input),
    );
  const sofar = `${out.join(' ')} ${plan.signoff ?? ''}`;
  const name = greetedName(input, sofar);
  push(factNote(input, sofar, name));
  // Shorter keeps one question: the ask when there is one, else the technique's.
  const asked = out.some((s) => s.endsWith('?'));
  if (style !== 'shorter' || !asked || isBreak) push(fill(t.close, input));
  if (style === 'warmer') push(fill(lines.closeWarm, input));

  let text = out
    .join(' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  const greeting = plan.greeting ?? (name ? fill(lines.greetName, input, { name }) : null);
  if (greeting && (style !== 'shorter' || !plan.greeting)) text = `${greeting}\n${text}`;
  if (plan.signoff) text = `${text}\n${plan.signoff}`;
  if (greeting) fromDraft.push(greeting);
  if (plan.signoff) fromDraft.push(plan.signoff);
  return { text, fromDraft };
}
