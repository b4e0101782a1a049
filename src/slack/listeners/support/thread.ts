/**
 * A DM thread, read back from Slack's history (conversations.replies), never from local storage.
 * Parley marks its own messages with message metadata, so the thread itself says whether a plan
 * was made and whether a practice run is going on.
 */
import type { PracticeTurnInput } from '../../../coach/schemas.ts';
import { unescapeSlack } from './draft.ts';

/** Metadata event types on Parley's own DM messages. */
export const EVENT_PLAN = 'parley_plan';
/** A counterpart turn in a practice run; payload `line` is the counterpart's words. */
export const EVENT_PRACTICE = 'parley_practice';
export const EVENT_PRACTICE_END = 'parley_practice_end';
export const EVENT_REVIEW = 'parley_review';
/** An answer to a question in the thread (about the plan, a technique or a practice run). */
export const EVENT_ANSWER = 'parley_answer';
/** The short welcome a greeting gets. */
export const EVENT_WELCOME = 'parley_welcome';
/** The one line a "thanks" or "ok" gets. */
export const EVENT_ACK = 'parley_ack';

/** Parley's replies that say the user's message before them was not part of the situation. */
const NOT_SITUATION: ReadonlySet<string> = new Set([EVENT_REVIEW, EVENT_ANSWER, EVENT_WELCOME, EVENT_ACK]);

export interface ThreadMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  subtype?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export interface ThreadReading {
  hasPlan: boolean;
  /** The cached plan named by Parley's latest plan or practice message. */
  planStateId: string | null;
  /** A prompt Parley started the thread with (welcome buttons), part of the situation. */
  seed: string | null;
  practiceActive: boolean;
  /** A practice run ended in this thread. */
  afterPractice: boolean;
  /** Parley has answered in this thread already. */
  answered: boolean;
  /**
   * What the user wrote outside practice runs, oldest first: the situation as it grew. A message
   * Parley answered with a review, an answer or a welcome is not part of it.
   */
  situation: string[];
  /** The latest practice run, oldest first. */
  practiceTurns: PracticeTurnInput[];
}

const isParley = (m: ThreadMessage, botUserId: string | null) =>
  Boolean(m.bot_id) || (botUserId !== null && m.user === botUserId);

const stringField = (payload: Record<string, unknown> | undefined, key: string) => {
  const value = payload?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

export function readThread(messages: readonly ThreadMessage[], botUserId: string | null): ThreadReading {
  const out: ThreadReading = {
    hasPlan: false,
    planStateId: null,
    seed: null,
    practiceActive: false,
    afterPractice: false,
    answered: false,
    situation: [],
    practiceTurns: [],
  };
  const sorted = [...messages].sort((a, b) => Number(a.ts ?? 0) - Number(b.ts ?? 0));
  /** Situation lines since Parley's last message: the ones its next reply answers. */
  let unanswered = 0;
  for (const m of sorted) {
    if (isParley(m, botUserId)) {
      const payload = m.metadata?.event_payload;
      const type = m.metadata?.event_type;
      if (type) out.answered = true;
      if (type && NOT_SITUATION.has(type) && unanswered > 0) out.situation.splice(-unanswered);
      unanswered = 0;
      switch (type) {
        case EVENT_PLAN:
          out.hasPlan = true;
          out.planStateId = stringField(payload, 'state') ?? out.planStateId;
          out.seed ??= stringField(payload, 'seed');
          break;
        case EVENT_PRACTICE:
          out.planStateId = stringField(payload, 'state') ?? out.planStateId;
          if (!out.practiceActive) {
            out.practiceActive = true;
            out.practiceTurns = [];
          }
          // The full line rides in the metadata; the message text is a shortened fallback.
          out.practiceTurns.push({
            role: 'counterpart',
            text: stringField(payload, 'line') ?? unescapeSlack(m.text ?? ''),
          });
          break;
        case EVENT_PRACTICE_END:
          out.practiceActive = false;
          out.afterPractice = true;
          break;
      }
      continue;
    }
    // Edits, joins and other subtypes are not turns; thread_broadcast is a normal reply.
    if (m.subtype && m.subtype !== 'thread_broadcast') continue;
    const text = unescapeSlack(m.text ?? '').trim();
    if (!text) continue;
    if (out.practiceActive) out.practiceTurns.push({ role: 'user', text });
    else {
      out.situation.push(text);
      unanswered += 1;
    }
  }
  return out;
}

/** The situation to plan for: the seed prompt and everything the user added, in order. */
export function situationText(reading: ThreadReading): string {
  return [reading.seed, ...reading.situation].filter((s): s is string => Boolean(s)).join('\n');
}
