/**
 * Practice runs in a DM thread. Turns are rebuilt from the thread each time (Slack keeps the
 * conversation; Parley does not); the plan comes from the short-lived cache when still there.
 */
import type { WebClient } from '@slack/web-api';
import type { PracticeInput } from '../../../coach/coach.ts';
import type { PracticeReply, PracticeTurnInput, PrepPlan } from '../../../coach/schemas.ts';
import {
  buildPracticeActions,
  buildPracticeFeedback,
  buildPracticeReply,
  PRACTICE_STREAM_PREFIX,
  practiceLineToMarkdown,
} from '../../views/practice.ts';
import type { ListenerDeps } from '../deps.ts';
import { coachOptionsFor } from './coach-options.ts';
import { postInThread } from './conversation.ts';
import type { FaultIds } from './fault.ts';
import { streamInThread } from './stream.ts';
import { techniqueRefs } from './techniques.ts';
import { EVENT_PRACTICE, EVENT_PRACTICE_END } from './thread.ts';

/** A counterpart line kept in metadata is capped: it only has to rebuild the conversation. */
const MAX_LINE_IN_METADATA = 2_000;

export interface PracticeRun {
  user: string;
  channel: string;
  /** The thread to answer in; null starts a new top-level message (practice begun outside a DM). */
  threadTs: string | null;
  situation: string;
  planStateId: string | null;
  turns: PracticeTurnInput[];
  /** The user's workspace (recipient_team_id for chat streaming), when the event says. */
  team?: string | null;
  /** Ids for logs when streaming fails; without them the turn is never streamed. */
  ids?: FaultIds;
}

/**
 * A counterpart line is a few sentences: at Slack's default 256-character buffer most would
 * reach the thread in one piece when the stream stops.
 */
const PRACTICE_STREAM_BUFFER = 64;

export async function cachedPlan(
  deps: ListenerDeps,
  stateId: string | null,
  user: string,
): Promise<PrepPlan | null> {
  const state = stateId ? await deps.state.get(stateId) : undefined;
  return state?.kind === 'plan' && state.user === user ? state.plan : null;
}

/** The situation the cached plan was made for ('' once it has expired). */
export async function cachedSituation(
  deps: ListenerDeps,
  stateId: string | null,
  user: string,
): Promise<string> {
  const state = stateId ? await deps.state.get(stateId) : undefined;
  return state?.kind === 'plan' && state.user === user ? state.situation : '';
}

/**
 * The counterpart's next line. In a DM thread, when the engine writes progressively (the model
 * engine), the line streams into the thread and a short message with the End practice button and
 * the practice marker follows, so the thread still reads as a practice run. Otherwise, or when
 * the stream failed or did not show the whole line (the offline coach stood in half-way), the
 * line is posted as one message: the user always gets it.
 */
export async function postPracticeTurn(
  deps: ListenerDeps,
  client: WebClient,
  run: PracticeRun,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, run.user);
  const input: PracticeInput = {
    ...options,
    situation: run.situation,
    plan: await cachedPlan(deps, run.planStateId, run.user),
    turns: run.turns,
  };
  const { reply, streamed } =
    deps.coach.practiceStream && run.threadTs && run.ids
      ? await streamPractice(deps, client, { ...run, threadTs: run.threadTs, ids: run.ids }, input)
      : { reply: await deps.coach.practice(input), streamed: false };
  const stateId = run.planStateId ?? '-';
  const payload: Record<string, string> = { line: reply.text.slice(0, MAX_LINE_IN_METADATA) };
  if (run.planStateId) payload.state = run.planStateId;
  const build = streamed ? buildPracticeActions : buildPracticeReply;
  await postInThread(client, run.channel, run.threadTs, build(reply, { stateId, notice: notice() }), {
    event_type: EVENT_PRACTICE,
    event_payload: payload,
  });
}

/** The reply, and whether the thread now shows the whole line as streamed text. */
async function streamPractice(
  deps: ListenerDeps,
  client: WebClient,
  run: PracticeRun & { threadTs: string; ids: FaultIds },
  input: PracticeInput,
): Promise<{ reply: PracticeReply; streamed: boolean }> {
  const where = { channel: run.channel, threadTs: run.threadTs, user: run.user, team: run.team ?? null };
  const { value, shown, failed } = await streamInThread(
    deps.logger,
    client,
    where,
    run.ids,
    'practice',
    (append) => {
      let first = true;
      return deps.coach.practiceStream!(input, (chunk) => {
        append(`${first ? PRACTICE_STREAM_PREFIX : ''}${practiceLineToMarkdown(chunk)}`);
        first = false;
      });
    },
    PRACTICE_STREAM_BUFFER,
  );
  const whole = `${PRACTICE_STREAM_PREFIX}${practiceLineToMarkdown(value.text)}`;
  return { reply: value, streamed: !failed && value.text.trim() !== '' && shown === whole };
}

export async function postPracticeFeedback(
  deps: ListenerDeps,
  client: WebClient,
  run: PracticeRun,
): Promise<void> {
  const { options, notice } = await coachOptionsFor(deps, run.user);
  const feedback = await deps.coach.debrief({
    ...options,
    situation: run.situation,
    plan: await cachedPlan(deps, run.planStateId, run.user),
    turns: run.turns,
  });
  const message = buildPracticeFeedback(feedback, {
    techniques: techniqueRefs(deps.techniques),
    notice: notice(),
  });
  await postInThread(client, run.channel, run.threadTs, message, {
    event_type: EVENT_PRACTICE_END,
    event_payload: run.planStateId ? { state: run.planStateId } : {},
  });
}
