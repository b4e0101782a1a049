/**
 * The offline coach: deterministic, no network, no clock. The synchronous methods are the pure
 * engine (tests, CLI, benchmarks); `asCoach()` adapts it to the async Coach interface.
 */
import type {
  AnswerInput,
  Coach,
  CoachOptions,
  PracticeInput,
  ReadOptions,
  ReviewOptions,
} from '../coach.ts';
import type {
  Answer,
  PracticeFeedback,
  PracticeReply,
  PrepPlan,
  Reading,
  Review,
  Rewrite,
  Tone,
} from '../schemas.ts';
import { TechniqueLibrary } from '../techniques.ts';
import { answerQuestion } from './answer.ts';
import { debriefPractice, practiceTurn } from './practice.ts';
import { preparePlan } from './prepare.ts';
import { readMessage } from './read.ts';
import { reviewDraft } from './review.ts';
import { retoneRewrite } from './tone.ts';

export class LocalEngine {
  constructor(readonly techniques: TechniqueLibrary = TechniqueLibrary.load()) {}

  review(draft: string, options: ReviewOptions = {}): Review {
    return reviewDraft(draft, options, this.techniques);
  }

  retone(draft: string, rewrite: Rewrite, tone: Tone, options: CoachOptions = {}): Rewrite {
    return retoneRewrite(draft, rewrite, tone, options, this.techniques);
  }

  prepare(situation: string, options: CoachOptions = {}): PrepPlan {
    return preparePlan(situation, options, this.techniques);
  }

  read(message: string, options: ReadOptions = {}): Reading {
    return readMessage(message, options, this.techniques);
  }

  practice(input: PracticeInput): PracticeReply {
    return practiceTurn(input, this.techniques);
  }

  debrief(input: PracticeInput): PracticeFeedback {
    return debriefPractice(input, this.techniques);
  }

  answer(input: AnswerInput): Answer {
    return answerQuestion(input, this.techniques);
  }

  asCoach(): Coach {
    return {
      review: async (draft, options) => this.review(draft, options),
      retone: async (draft, rewrite, tone, options) => this.retone(draft, rewrite, tone, options),
      prepare: async (situation, options) => this.prepare(situation, options),
      read: async (message, options) => this.read(message, options),
      practice: async (input) => this.practice(input),
      debrief: async (input) => this.debrief(input),
      answer: async (input) => this.answer(input),
    };
  }
}
