/**
 * The model coach: every Coach method is one structured model call whose answer is checked,
 * repaired where it can be (flag spans) and trimmed where it can't (unknown techniques, rewrites
 * that lost a fact). Whenever the model can't answer well (limit reached, timeout, bad output)
 * the offline engine answers instead and the caller is told through `notify`. It has no side
 * effects: it returns schema objects and can reach nothing but the model endpoint.
 */

import { z } from 'zod';
import type {
  AnswerInput,
  Coach,
  CoachOptions,
  LanguagePreference,
  PracticeInput,
  ReadOptions,
  ReviewOptions,
} from '../coach/coach.ts';
import type { LocalEngine } from '../coach/local/engine.ts';
import { missingFacts } from '../coach/local/facts.ts';
import { detectLanguage } from '../coach/local/language.ts';
import {
  Answer,
  PracticeFeedback,
  PracticeReply,
  PrepPlan,
  Reading,
  Review,
  Rewrite,
  type Tone,
} from '../coach/schemas.ts';
import { errorKind, type Logger } from '../log.ts';
import { cacheKey, type ResultCache } from './cache.ts';
import type { ChatMessage, ModelClient } from './client.ts';
import { ModelOutputError, ModelTransportError, toModelError } from './errors.ts';
import type { UserLimiter } from './limiter.ts';
import { type ModelOutput, normaliseLanguage, OUTPUTS, type OutputName } from './outputs.ts';
import { type Prompt, renderPrompt } from './prompts.ts';
import { repairFlags } from './spans.ts';

export type CoachMethod = 'review' | 'retone' | 'prepare' | 'read' | 'practice' | 'debrief' | 'answer';

/** Which prompt file each method uses and the schema it must declare. */
const PROMPT_FOR: Record<CoachMethod, { id: string; output: OutputName }> = {
  review: { id: 'review', output: 'Review' },
  retone: { id: 'tone', output: 'Rewrite' },
  prepare: { id: 'prepare', output: 'PrepPlan' },
  read: { id: 'read', output: 'Reading' },
  practice: { id: 'practice', output: 'PracticeReply' },
  debrief: { id: 'debrief', output: 'PracticeFeedback' },
  answer: { id: 'answer', output: 'Answer' },
};

export interface ModelCoachDeps {
  client: ModelClient;
  local: LocalEngine;
  prompts: ReadonlyMap<string, Prompt>;
  logger: Logger;
  limiter: UserLimiter;
  cache: ResultCache;
}

interface Call<N extends OutputName, T> {
  method: CoachMethod;
  inputs: Record<string, string>;
  options: CoachOptions;
  /** Turn the model's answer into the contract shape; may throw ModelOutputError. */
  finish: (answer: ModelOutput<N>) => T;
  /** The offline answer. */
  local: () => T;
  /** Stream the call, showing the partially parsed answer as it grows. */
  onPartial?: (partial: Record<string, unknown>) => void;
}

/**
 * What the model is told about languages: the text's own, and the one to explain in. The offline
 * analyzer's detector alone (what `analyze(text).language` returns), without the whole analysis.
 */
function languages(text: string, preference: LanguagePreference | undefined) {
  const detected = detectLanguage(text);
  const reply = preference && preference !== 'auto' ? preference : detected;
  return { detected, reply };
}

/** The language a result reports: the reply language when known, else what the model says it used. */
function resultLanguage(reply: string, modelSays: string): string {
  return reply !== 'und' ? reply : normaliseLanguage(modelSays, 'und');
}

/** Run post-processing; anything it throws is about the model's output, never the transport. */
function finishing<T>(finish: () => T): T {
  try {
    return finish();
  } catch (error) {
    const failure = toModelError(error);
    throw failure instanceof ModelOutputError ? failure : new ModelOutputError('unexpected');
  }
}

export class ModelCoach implements Coach {
  private readonly system: string;

  /** Model calls on their way, by cache key, so identical requests share one call. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: ModelCoachDeps) {
    this.system = renderPrompt(this.prompt('system', null), {});
    for (const method of Object.keys(PROMPT_FOR) as CoachMethod[]) this.promptFor(method);
  }

  private prompt(id: string, output: OutputName | null): Prompt {
    const prompt = this.deps.prompts.get(id);
    if (!prompt) throw new Error(`prompt "${id}" is missing from prompts/`);
    if (prompt.output !== output) {
      throw new Error(`prompt "${id}" must declare output ${output ?? '(none)'}, not ${prompt.output}`);
    }
    return prompt;
  }

  private promptFor(method: CoachMethod): Prompt {
    const { id, output } = PROMPT_FOR[method];
    return this.prompt(id, output);
  }

  /** The messages one call sends (used by the benchmark and tests too). */
  messages(method: CoachMethod, inputs: Record<string, string>): ChatMessage[] {
    return [
      { role: 'system', content: this.system },
      { role: 'user', content: renderPrompt(this.promptFor(method), inputs) },
    ];
  }

  private async run<N extends OutputName, T>(call: Call<N, T>): Promise<T> {
    const { client, limiter, cache } = this.deps;
    const { method, inputs, options } = call;
    const key = cacheKey(method, inputs, client.model);
    const cached = cache.get<T>(key);
    if (cached !== undefined) return cached;
    // The same request already on its way to the model (a double click, two people coaching the
    // same message): wait for that answer instead of paying for a second call.
    const pending = this.inFlight.get(key) as Promise<T | null> | undefined;
    if (pending) {
      const shared = await pending;
      if (shared !== null) return structuredClone(shared);
      options.notify?.('fallback');
      return call.local();
    }
    if (!limiter.take(options.user)) {
      this.deps.logger.info('model limit reached', { method });
      options.notify?.('rate-limited');
      return call.local();
    }
    const asking = this.ask(call);
    this.inFlight.set(key, asking);
    try {
      const result = await asking;
      if (result !== null) {
        cache.set(key, result);
        return result;
      }
      options.notify?.('fallback');
      return call.local();
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** One model call for `call`, finished and validated; null when it failed (logged, never thrown). */
  private async ask<N extends OutputName, T>(call: Call<N, T>): Promise<T | null> {
    const { client, logger } = this.deps;
    const { method, inputs } = call;
    const output = PROMPT_FOR[method].output as N;
    try {
      const request = { messages: this.messages(method, inputs), schema: OUTPUTS[output], name: output };
      const onPartial = call.onPartial;
      const answer = (
        onPartial
          ? await client.stream(request, (partial) => onPartial(partial as Record<string, unknown>))
          : await client.parse(request)
      ) as ModelOutput<N>;
      return finishing(() => call.finish(answer));
    } catch (error) {
      const failure = toModelError(error);
      logger.warn('model call failed', {
        kind: failure.kind,
        method,
        status: failure instanceof ModelTransportError ? failure.status : null,
      });
      return null;
    }
  }

  async review(draft: string, options: ReviewOptions = {}): Promise<Review> {
    const { techniques } = this.deps.local;
    const lang = languages(draft, options.language);
    return this.run<'Review', Review>({
      method: 'review',
      options,
      inputs: {
        draftLanguage: lang.detected,
        replyLanguage: lang.reply,
        context: options.context ?? 'unknown',
        technique: options.technique ?? 'any',
        goal: options.goal ?? '',
        draft,
      },
      finish: (answer) => {
        let rewrites = answer.rewrites.filter(
          (r) =>
            r.text.trim() !== '' &&
            techniques.has(r.technique) &&
            (!options.technique || r.technique === options.technique) &&
            missingFacts(draft, r.text).length === 0,
        );
        if (rewrites.length === 0) {
          this.deps.logger.info('model rewrites replaced', {
            method: 'review',
            dropped: answer.rewrites.length,
          });
          rewrites = this.deps.local.review(draft, options).rewrites;
        }
        return Review.parse({
          engine: 'openai',
          language: resultLanguage(lang.reply, answer.language),
          // The model reads every language; only the offline engine has to admit it cannot.
          checked: true,
          risk: answer.risk,
          flags: repairFlags(draft, answer.flags),
          rewrites,
          cues: answer.cues,
        });
      },
      local: () => this.deps.local.review(draft, options),
    });
  }

  async retone(draft: string, rewrite: Rewrite, tone: Tone, options: CoachOptions = {}): Promise<Rewrite> {
    const lang = languages(draft, 'auto');
    return this.run<'Rewrite', Rewrite>({
      method: 'retone',
      options,
      inputs: {
        draftLanguage: lang.detected,
        tone,
        technique: rewrite.technique,
        draft,
        rewrite: rewrite.text,
      },
      finish: (answer) => {
        // A variant may reword everything except the facts the rewrite carried.
        if (answer.text.trim() === '') throw new ModelOutputError('empty');
        if (missingFacts(rewrite.text, answer.text).length > 0) throw new ModelOutputError('lost-facts');
        return Rewrite.parse({ technique: rewrite.technique, text: answer.text, why: answer.why });
      },
      local: () => this.deps.local.retone(draft, rewrite, tone, options),
    });
  }

  async prepare(situation: string, options: CoachOptions = {}): Promise<PrepPlan> {
    return this.runPrepare(situation, options);
  }

  /**
   * `prepare`, streamed as Markdown. `toMarkdown` renders a plan (the Slack view's planToMarkdown,
   * which also escapes); it is called on the plan so far, with the fields the model has finished
   * (it must skip empty fields and keep a fixed order, so the text only ever grows), and
   * `onMarkdown` receives only what was appended since the last call. The promise resolves to
   * the validated plan, exactly as `prepare` would (offline plan and notice on failure); when the
   * offline coach answers, its Markdown is sent only if nothing was streamed yet.
   */
  async prepareStream(
    situation: string,
    options: CoachOptions,
    onMarkdown: (chunk: string) => void,
    toMarkdown: (plan: PrepPlan) => string,
  ): Promise<PrepPlan> {
    const out = this.appendOnly(onMarkdown, 'plan');
    const show = (plan: PrepPlan) => out.show(() => toMarkdown(plan));
    const language = languages(situation, options.language).reply;
    const plan = await this.runPrepare(situation, options, (partial) => show(partialPlan(partial, language)));
    if (plan.engine === 'openai' || out.sent() === '') show(plan);
    return plan;
  }

  /**
   * `practice`, streamed: `onText` receives what was appended to the counterpart's words since
   * the last call (raw text; the caller escapes). Resolves to the reply exactly as `practice`
   * would; when the offline coach answers, its text is sent only if nothing was streamed yet.
   */
  async practiceStream(input: PracticeInput, onText: (chunk: string) => void): Promise<PracticeReply> {
    const out = this.appendOnly(onText, 'practice');
    const reply = await this.runPractice(input, (partial) => {
      if (typeof partial.text === 'string') out.show(() => partial.text as string);
    });
    if (reply.engine === 'openai' || out.sent() === '') out.show(() => reply.text);
    return reply;
  }

  /**
   * Hands out only what a growing text gained since the last call; a text that shrank or changed
   * what was already sent is skipped. A failing listener stops the stream, never the call: the
   * user must not lose the answer because the stream broke.
   */
  private appendOnly(onChunk: (chunk: string) => void, what: 'plan' | 'practice') {
    let sent = '';
    let broken = false;
    return {
      sent: () => sent,
      show: (render: () => string) => {
        if (broken) return;
        try {
          const text = render();
          if (text.length <= sent.length || !text.startsWith(sent)) return;
          const chunk = text.slice(sent.length);
          sent = text;
          onChunk(chunk);
        } catch (error) {
          broken = true;
          this.deps.logger.warn(`${what} stream listener failed`, { kind: errorKind(error) });
        }
      },
    };
  }

  private runPrepare(
    situation: string,
    options: CoachOptions,
    onPartial?: (partial: Record<string, unknown>) => void,
  ): Promise<PrepPlan> {
    const lang = languages(situation, options.language);
    return this.run<'PrepPlan', PrepPlan>({
      method: 'prepare',
      options,
      inputs: {
        situationLanguage: lang.detected,
        replyLanguage: lang.reply,
        context: options.context ?? 'unknown',
        situation,
      },
      finish: (answer) =>
        PrepPlan.parse({
          ...answer,
          engine: 'openai',
          language: resultLanguage(lang.reply, answer.language),
        }),
      local: () => this.deps.local.prepare(situation, options),
      ...(onPartial ? { onPartial } : {}),
    });
  }

  async read(message: string, options: ReadOptions = {}): Promise<Reading> {
    const { techniques } = this.deps.local;
    const lang = languages(message, options.language);
    // Only an id from prompts/techniques reaches the prompt; anything else asks for the usual mix.
    const technique = options.technique && techniques.has(options.technique) ? options.technique : null;
    return this.run<'Reading', Reading>({
      method: 'read',
      options,
      inputs: {
        messageLanguage: lang.detected,
        replyLanguage: lang.reply,
        context: options.context ?? 'unknown',
        technique: technique ?? 'any',
        message,
      },
      finish: (answer) => {
        let replies = answer.replies.filter(
          (r) =>
            r.text.trim() !== '' && techniques.has(r.technique) && (!technique || r.technique === technique),
        );
        if (replies.length === 0) {
          this.deps.logger.info('model replies replaced', { method: 'read', dropped: answer.replies.length });
          replies = this.deps.local.read(message, options).replies;
        }
        return Reading.parse({
          ...answer,
          engine: 'openai',
          checked: true,
          language: resultLanguage(lang.reply, answer.language),
          flags: repairFlags(message, answer.flags),
          replies,
        });
      },
      local: () => this.deps.local.read(message, options),
    });
  }

  /** Situation, plan and turns as prompt inputs; turns and plan go in as JSON so no turn can pose as another. */
  private practiceInputs(input: PracticeInput) {
    const lang = languages(input.situation, input.language);
    const plan = input.plan ? JSON.stringify({ ...input.plan, engine: undefined }) : 'none';
    const conversation = JSON.stringify(input.turns.map((t) => ({ role: t.role, text: t.text })));
    return { lang, inputs: { language: lang.reply, situation: input.situation, plan, conversation } };
  }

  async practice(input: PracticeInput): Promise<PracticeReply> {
    return this.runPractice(input);
  }

  private runPractice(
    input: PracticeInput,
    onPartial?: (partial: Record<string, unknown>) => void,
  ): Promise<PracticeReply> {
    const { lang, inputs } = this.practiceInputs(input);
    return this.run<'PracticeReply', PracticeReply>({
      method: 'practice',
      options: input,
      inputs: { ...inputs, context: input.context ?? 'counterpart' },
      finish: (answer) =>
        PracticeReply.parse({
          ...answer,
          engine: 'openai',
          language: resultLanguage(lang.reply, answer.language),
        }),
      local: () => this.deps.local.practice(input),
      ...(onPartial ? { onPartial } : {}),
    });
  }

  async debrief(input: PracticeInput): Promise<PracticeFeedback> {
    const { techniques } = this.deps.local;
    const { lang, inputs } = this.practiceInputs(input);
    return this.run<'PracticeFeedback', PracticeFeedback>({
      method: 'debrief',
      options: input,
      inputs,
      finish: (answer) =>
        PracticeFeedback.parse({
          ...answer,
          engine: 'openai',
          language: resultLanguage(lang.reply, answer.language),
          strengths: answer.strengths.filter((s) => techniques.has(s.technique)),
        }),
      local: () => this.deps.local.debrief(input),
    });
  }

  async answer(input: AnswerInput): Promise<Answer> {
    const { techniques } = this.deps.local;
    const { lang, inputs } = this.practiceInputs({ ...input, situation: input.situation || input.question });
    const topic = input.topic
      ? input.topic.kind === 'plan'
        ? `the plan's "${input.topic.field}"`
        : `the technique "${input.topic.id}"`
      : 'unknown';
    return this.run<'Answer', Answer>({
      method: 'answer',
      options: input,
      inputs: { ...inputs, situation: input.situation || 'none', topic, question: input.question },
      finish: (answer) => {
        if (answer.text.trim() === '') throw new ModelOutputError('empty');
        return Answer.parse({
          engine: 'openai',
          language: resultLanguage(lang.reply, answer.language),
          text: answer.text,
          techniques: answer.techniques.filter((id) => techniques.has(id)),
        });
      },
      local: () => this.deps.local.answer(input),
    });
  }
}

/**
 * A full PrepPlan shape from a partially streamed answer: only fields the model has finished
 * (every key but the last one it started) are kept; the rest are empty until they arrive.
 */
export function partialPlan(partial: Record<string, unknown>, language: string): PrepPlan {
  const started = Object.keys(partial);
  const finished = new Set(started.slice(0, -1));
  const plan: Record<string, unknown> = { engine: 'openai', language };
  for (const [key, field] of Object.entries(PrepPlan.shape)) {
    if (key === 'engine' || key === 'language') continue;
    const value = partial[key];
    const ok = finished.has(key) && field.safeParse(value).success;
    if (ok) plan[key] = value;
    else plan[key] = key === 'situation' ? 'other' : field instanceof z.ZodArray ? [] : '';
  }
  return plan as PrepPlan;
}
