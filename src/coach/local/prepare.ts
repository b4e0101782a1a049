/** Preparation plans for difficult conversations. (Stub.) */
import type { CoachOptions } from '../coach.ts';
import type { PrepPlan } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';

export function preparePlan(
  _situation: string,
  _options: CoachOptions,
  _techniques: TechniqueLibrary,
): PrepPlan {
  return {
    engine: 'local',
    language: 'en',
    situation: 'other',
    goal: '',
    theirPosition: '',
    theirInterests: [],
    commonGround: [],
    concessions: [],
    nonNegotiables: [],
    opening: '',
    questionsToAsk: [],
    options: [],
    ifItHeatsUp: [],
    takeABreak: '',
    followUp: [],
    questions: [],
  };
}
