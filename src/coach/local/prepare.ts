/**
 * Preparation plans for difficult conversations, offline. The situation text decides the kind of
 * conversation, the language and the figures ("30%", "€12,000", "Friday") woven into the plan; the
 * context (client, peer, boss…) adds the relationship; technique files supply the opening's
 * contrast, the reset line and the break phrasing.
 */
import type { CoachOptions } from '../coach.ts';
import type { PrepPlan, Situation } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { EN } from './plans/en.ts';
import { findFigures } from './plans/figures.ts';
import { fillTemplate, techniquePhrase } from './plans/phrases.ts';
import { PL } from './plans/pl.ts';
import type { PlanLanguagePack, PlanText } from './plans/types.ts';
import { detectSituation, inferContext, type PlanLanguage, replyLanguage, stableHash } from './situation.ts';

/** Conversations about money, where the temptation to bluff is strongest. */
const NEGOTIATIONS: readonly Situation[] = ['discount', 'overdue-invoice', 'price-increase'];

export function planPack(language: PlanLanguage): PlanLanguagePack {
  return language === 'pl' ? PL : EN;
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

export function preparePlan(
  situation: string,
  options: CoachOptions,
  techniques: TechniqueLibrary,
): PrepPlan {
  const language = replyLanguage(situation, options.language);
  const kind = detectSituation(situation);
  const context = inferContext(situation, kind, options.context ?? null);
  const pack = planPack(language);
  const text = pack.plans[kind](findFigures(situation));
  // Phrasing is picked by the first line, so details added later in a DM reword nothing by chance.
  const seed = stableHash(situation.split('\n')[0] ?? situation);

  const reset = techniquePhrase(techniques, 'make-it-safe', language, 'open', seed);
  const pause = techniquePhrase(techniques, 'take-a-break', language, 'pause', seed) ?? pack.pauseFallback;

  return {
    engine: 'local',
    language,
    situation: kind,
    goal: text.goal,
    theirPosition:
      kind === 'other' ? text.theirPosition : pack.position(pack.who[context], text.theirPosition),
    theirInterests: text.theirInterests,
    commonGround: [...text.commonGround, pack.contextCommonGround[context]],
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
      pack.contextHeat[context],
    ],
    takeABreak: fillTemplate(pack.takeABreak, { pause }),
    followUp: text.followUp,
    questions: text.questions,
  };
}
