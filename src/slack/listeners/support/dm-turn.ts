/**
 * One turn of a DM conversation, once routed (src/coach/dm-intent.ts): a welcome, a review, an
 * answer, what a new detail changes in the plan, or a plan. Every reply is posted in the thread
 * with a metadata marker, so the next turn can read back from Slack what Parley did.
 */
import type { WebClient } from '@slack/web-api';
import { type DmIntent, greetingLanguage, thanksLanguage } from '../../../coach/dm-intent.ts';
import { type AnswerTopic, MAX_DRAFT_CHARS, type Situation } from '../../../coach/schemas.ts';
import { uiLanguage } from '../../views/blocks.ts';
import {
  buildAnswer,
  buildShortWelcome,
  buildThanks,
  SUGGESTED_PROMPTS,
  THREAD_TITLES,
} from '../../views/dm.ts';
import type { ListenerDeps } from '../deps.ts';
import { setSuggestedPrompts, setThreadTitle } from './agent-thread.ts';
import { coachOptionsFor } from './coach-options.ts';
import { postInThread } from './conversation.ts';
import type { FaultIds } from './fault.ts';
import { type PlanThread, postPlanChangesInThread, postPlanInThread } from './plan.ts';
import { cachedPlan, cachedSituation } from './practice.ts';
import { reviewDraft } from './review.ts';
import { techniqueRefs } from './techniques.ts';
import {
  EVENT_ACK,
  EVENT_ANSWER,
  EVENT_REVIEW,
  EVENT_WELCOME,
  situationText,
  type ThreadReading,
} from './thread.ts';

export interface DmTurn {
  where: PlanThread;
  /** The thread before this message. */
  reading: ThreadReading;
  intent: DmIntent;
  /** The user's message, unescaped and trimmed. */
  text: string;
  ids: FaultIds;
}

export async function answerDmTurn(deps: ListenerDeps, client: WebClient, turn: DmTurn): Promise<void> {
  const kind = turn.intent.kind;
  switch (kind) {
    case 'greeting':
      return welcome(deps, client, turn);
    case 'thanks':
      return thanks(client, turn);
    case 'review':
      return review(deps, client, turn, turn.intent.draft);
    case 'question':
      return answer(deps, client, turn, turn.intent.topic);
    case 'detail':
      return detail(deps, client, turn);
    case 'situation':
      return situation(deps, client, turn);
    default: {
      const unhandled: never = kind;
      throw new Error(`unrouted DM intent ${String(unhandled)}`);
    }
  }
}

/** What the thread is about so far ('' when nothing yet), falling back to the cached plan's situation. */
async function knownSituation(deps: ListenerDeps, turn: DmTurn): Promise<string> {
  const { reading, where } = turn;
  return situationText(reading) || (await cachedSituation(deps, reading.planStateId, where.user));
}

const capped = (parts: readonly string[]) => parts.filter(Boolean).join('\n').slice(0, MAX_DRAFT_CHARS);

/** A title only for the thread's first answer: later turns keep what the thread is about. */
async function titleOnce(deps: ListenerDeps, client: WebClient, turn: DmTurn, title: string): Promise<void> {
  if (turn.reading.answered) return;
  const { channel, threadTs } = turn.where;
  await setThreadTitle(client, deps.logger, turn.ids, { channel, threadTs }, title);
}

async function welcome(deps: ListenerDeps, client: WebClient, turn: DmTurn): Promise<void> {
  const lang = greetingLanguage(turn.text) ?? 'en';
  const { channel, threadTs } = turn.where;
  const agent = await setSuggestedPrompts(
    client,
    deps.logger,
    turn.ids,
    { channel, threadTs },
    SUGGESTED_PROMPTS[lang],
  );
  await postInThread(client, channel, threadTs, buildShortWelcome(lang, agent), {
    event_type: EVENT_WELCOME,
    event_payload: {},
  });
}

async function thanks(client: WebClient, turn: DmTurn): Promise<void> {
  const { channel, threadTs } = turn.where;
  await postInThread(client, channel, threadTs, buildThanks(thanksLanguage(turn.text) ?? 'en'), {
    event_type: EVENT_ACK,
    event_payload: {},
  });
}

async function review(deps: ListenerDeps, client: WebClient, turn: DmTurn, draft: string): Promise<void> {
  const { where } = turn;
  const { message, state } = await reviewDraft(deps, { user: where.user, draft });
  await titleOnce(deps, client, turn, THREAD_TITLES[uiLanguage(state.review.language)].review);
  await postInThread(client, where.channel, where.threadTs, message, {
    event_type: EVENT_REVIEW,
    event_payload: {},
  });
}

async function answer(
  deps: ListenerDeps,
  client: WebClient,
  turn: DmTurn,
  topic: AnswerTopic | null,
): Promise<void> {
  const { where, reading } = turn;
  const { options, notice } = await coachOptionsFor(deps, where.user);
  const result = await deps.coach.answer({
    ...options,
    question: turn.text,
    situation: await knownSituation(deps, turn),
    plan: await cachedPlan(deps, reading.planStateId, where.user),
    turns: reading.practiceTurns,
    topic,
  });
  const message = buildAnswer(result, {
    topic,
    techniques: techniqueRefs(deps.techniques),
    notice: notice(),
  });
  if (topic?.kind === 'technique') {
    await titleOnce(deps, client, turn, deps.techniques.nameIn(topic.id, result.language));
  }
  await postInThread(client, where.channel, where.threadTs, message, {
    event_type: EVENT_ANSWER,
    event_payload: {},
  });
}

async function detail(deps: ListenerDeps, client: WebClient, turn: DmTurn): Promise<void> {
  const { where, reading } = turn;
  const previous = await cachedPlan(deps, reading.planStateId, where.user);
  const grown = capped([await knownSituation(deps, turn), turn.text]);
  await postPlanChangesInThread(deps, client, where, grown, previous, turn.text);
}

async function situation(deps: ListenerDeps, client: WebClient, turn: DmTurn): Promise<void> {
  const { plan } = await postPlanInThread(
    deps,
    client,
    turn.where,
    capped([situationText(turn.reading), turn.text]),
    turn.ids,
  );
  await titleOnce(deps, client, turn, planTitle(plan.situation, plan.language));
}

function planTitle(kind: Situation, language: string): string {
  return THREAD_TITLES[uiLanguage(language)][kind];
}
