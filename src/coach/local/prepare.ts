/**
 * Preparation plans for difficult conversations, offline. The situation text decides the kind of
 * conversation, the language and the figures ("30%", "€12,000", "Friday") woven into the plan; the
 * context (client, peer, boss…) adds the relationship; technique files supply the opening's
 * contrast, the reset line and the break phrasing.
 */
import type { CoachOptions } from '../coach.ts';
import type { PrepPlan, Situation } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { type Brief, findTopic, readBrief } from './plans/brief.ts';
import { renderPlan, slotsFor } from './plans/build.ts';
import { EN } from './plans/en.ts';
import { type Figures, findFigures } from './plans/figures.ts';
import { loadPlans } from './plans/pack.ts';
import type { Person, Topic } from './plans/pack-schema.ts';
import { fillTemplate, techniquePhrase } from './plans/phrases.ts';
import { PL } from './plans/pl.ts';
import type { PlanLanguagePack, PlanText } from './plans/types.ts';
import { detectSituation, inferContext, type PlanLanguage, replyLanguage, stableHash } from './situation.ts';

/** Conversations about money, where the temptation to bluff is strongest. */
const NEGOTIATIONS: readonly Situation[] = ['discount', 'overdue-invoice', 'price-increase'];

export function planPack(language: PlanLanguage): PlanLanguagePack {
  return language === 'pl' ? PL : EN;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** "Lead. To be clear, I'm not saying X; I am saying Y. How does that look from your side?" */
function buildOpening(
  text: PlanText,
  pack: PlanLanguagePack,
  language: PlanLanguage,
  techniques: TechniqueLibrary,
  seed: number,
): string {
  const fill = { not: text.not, want: text.want };
  const contrast =
    techniquePhrase(techniques, 'contrasting', language, 'bridge', seed, fill) ??
    fillTemplate(pack.contrastFallback, fill);
  const ask = techniquePhrase(techniques, 'contrasting', language, 'ask', seed);
  return [text.lead, contrast, ask].filter(Boolean).join(' ');
}

/** What the situation is about, read in the language it is written in, named in the reply language. */
interface Understanding {
  /** A situation from plans.yml the built-in library lacks; null when none fits. */
  topic: Topic | null;
  brief: Brief;
}

function understand(situation: string, language: PlanLanguage): Understanding {
  const written = loadPlans(replyLanguage(situation));
  const reply = loadPlans(language);
  const found = findTopic(situation, written);
  const brief = readBrief(situation, written, language);
  // The same person and topic, by id, in the language the plan is written in.
  const person: Person | null = brief.person
    ? (reply.people.find((p) => p.id === brief.person?.id || p.id === brief.person?.variantOf) ?? null)
    : null;
  const topic = found ? (reply.topics.find((t) => t.id === found.id) ?? null) : null;
  return { topic, brief: { ...brief, person } };
}

/** The plan text for a topic from plans.yml, or built from the user's own words when nothing fits. */
function builtText(u: Understanding, figures: Figures, language: PlanLanguage): PlanText {
  const plans = loadPlans(language);
  const slots = slotsFor(u.brief, figures, plans, language === 'en');
  const text = renderPlan(u.topic?.plan ?? plans.built, slots);
  const person = u.brief.person;
  // A topic's text already knows who the other side is.
  if (!person || u.topic) return text;
  // Who they are adds what they usually care about and what the two of you share.
  return {
    ...text,
    theirInterests: [...person.interests, ...text.theirInterests].slice(0, 5),
    commonGround: [...person.commonGround, ...text.commonGround],
  };
}

export function preparePlan(
  situation: string,
  options: CoachOptions,
  techniques: TechniqueLibrary,
): PrepPlan {
  const language = replyLanguage(situation, options.language);
  const detected = detectSituation(situation);
  const u = understand(situation, language);
  const kind = u.topic?.situation ?? detected;
  const built = u.topic !== null || kind === 'other';
  const context = built
    ? (options.context ?? u.topic?.context ?? u.brief.person?.context ?? null)
    : inferContext(situation, kind, options.context ?? null);
  const pack = planPack(language);
  const figures = findFigures(situation);
  const text = built ? builtText(u, figures, language) : pack.plans[kind](figures);
  // Phrasing is picked by the first line, so details added later in a DM reword nothing by chance.
  const seed = stableHash(situation.split('\n')[0] ?? situation);

  const reset = techniquePhrase(techniques, 'make-it-safe', language, 'open', seed);
  const pause = techniquePhrase(techniques, 'take-a-break', language, 'pause', seed) ?? pack.pauseFallback;

  return {
    engine: 'local',
    language,
    situation: kind,
    goal: text.goal,
    // Built plans name who says it themselves; a landlord or a neighbour has no work context.
    theirPosition:
      built || !context ? text.theirPosition : pack.position(pack.who[context], text.theirPosition),
    theirInterests: text.theirInterests,
    commonGround: unique([...text.commonGround, ...(context ? [pack.contextCommonGround[context]] : [])]),
    concessions: text.concessions,
    nonNegotiables: NEGOTIATIONS.includes(kind)
      ? [...text.nonNegotiables, pack.principles.honest]
      : text.nonNegotiables,
    opening: buildOpening(text, pack, language, techniques, seed),
    questionsToAsk: text.questionsToAsk,
    options: text.options,
    ifItHeatsUp: [
      ...(reset ? [fillTemplate(pack.resetLine, { line: reset })] : []),
      ...text.ifItHeatsUp,
      ...(context ? [pack.contextHeat[context]] : []),
    ],
    takeABreak: fillTemplate(pack.takeABreak, { pause }),
    followUp: text.followUp,
    questions: text.questions,
  };
}
