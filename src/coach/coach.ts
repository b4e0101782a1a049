/**
 * The one interface every engine implements. The Slack layer and the CLI only ever talk to a
 * `Coach`; they never know (or branch on) which engine answered. Results carry `engine`, so a
 * renderer can quietly say "offline coach" when the local engine stood in for a model.
 */
import type {
  Answer,
  AnswerTopic,
  Context,
  PracticeFeedback,
  PracticeReply,
  PracticeTurnInput,
  PrepPlan,
  Reading,
  Review,
  Rewrite,
  Tone,
} from './schemas.ts';

/** Reply language preference: "auto" answers in the language of the text. */
export type LanguagePreference = 'auto' | 'en' | 'pl';

export interface CoachOptions {
  /** Who the message is for (or who the other side is). */
  context?: Context | null;
  /** Reply language preference; default "auto". */
  language?: LanguagePreference;
  /** Who is asking (Slack user id). Used for per-user model limits only, never stored with text. */
  user?: string | null;
  /**
   * Told when the answer is not what the user may expect: the model engine fell back to the
   * offline coach, or the user reached the per-user model limit. Renderers show a quiet note.
   */
  notify?: (notice: Notice) => void;
}

export type Notice = 'fallback' | 'rate-limited';

export interface ReviewOptions extends CoachOptions {
  /** Only produce rewrites with this technique id. */
  technique?: string | null;
  /** What the user wants the message to achieve (optional, from the draft modal). */
  goal?: string | null;
}

export interface ReadOptions extends CoachOptions {
  /**
   * Only offer replies with this technique id (from prompts/techniques): "Try another technique"
   * on a reading. An id the engine doesn't know is ignored; callers validate ids at their boundary.
   */
  technique?: string | null;
}

export interface PracticeInput extends CoachOptions {
  /** The situation the user described. */
  situation: string;
  /** The plan made for it, if any (the counterpart uses it to pick its moves). */
  plan?: PrepPlan | null;
  /** The conversation so far, oldest first. */
  turns: PracticeTurnInput[];
}

export interface AnswerInput extends CoachOptions {
  /** The user's question, as they wrote it. */
  question: string;
  /** The situation the conversation is about ('' when there is none yet). */
  situation: string;
  /** The plan made for it, if one is still known. */
  plan?: PrepPlan | null;
  /** The latest practice run, oldest first (empty when there was none). */
  turns: PracticeTurnInput[];
  /** What the question is about, when the offline router could tell. */
  topic?: AnswerTopic | null;
}

export interface Coach {
  /** Review a draft before it is sent. */
  review(draft: string, options?: ReviewOptions): Promise<Review>;
  /** A tone variant (shorter / warmer / more direct) of a rewrite of `draft`. */
  retone(draft: string, rewrite: Rewrite, tone: Tone, options?: CoachOptions): Promise<Rewrite>;
  /** A preparation plan for a difficult conversation. */
  prepare(situation: string, options?: CoachOptions): Promise<PrepPlan>;
  /** Read a message someone else sent: intent vs impact, their needs, reply options. */
  read(message: string, options?: ReadOptions): Promise<Reading>;
  /** The counterpart's next turn in a practice run. */
  practice(input: PracticeInput): Promise<PracticeReply>;
  /** Feedback on the user's own turns when a practice run ends. */
  debrief(input: PracticeInput): Promise<PracticeFeedback>;
  /** An answer to a question about the plan, a technique or a practice run (DM follow-ups). */
  answer(input: AnswerInput): Promise<Answer>;
  /**
   * Only engines that generate text progressively (the model engine): like prepare(), but the plan
   * is also handed out as append-only Markdown chunks while it is written, so a DM can stream it.
   * `toMarkdown` renders a (partial) plan; the caller owns rendering and escaping.
   */
  prepareStream?(
    situation: string,
    options: CoachOptions,
    onMarkdown: (chunk: string) => void,
    toMarkdown: (plan: PrepPlan) => string,
  ): Promise<PrepPlan>;
  /**
   * Only engines that generate text progressively (the model engine): like practice(), but the
   * counterpart's words are also handed out as append-only plain-text chunks while they are
   * written, so a DM can stream them. The caller owns rendering and escaping.
   */
  practiceStream?(input: PracticeInput, onText: (chunk: string) => void): Promise<PracticeReply>;
}
