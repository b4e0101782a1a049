/**
 * Coach calls start one per event-loop turn. The offline engine does its work synchronously when a
 * call starts, so a burst of reviews run back to back would keep Node from reading new requests,
 * and Slack's acks (due within 3 s) would queue behind them. Starting one call per turn lets Node
 * accept and ack requests between reviews. Calls still run concurrently once started, so an
 * engine that waits on the network (the model engine) loses nothing.
 */
import type { Coach } from '../../../coach/coach.ts';
import { CoachBusyError } from '../../../coach-worker.ts';

export { CoachBusyError };

/** More queued calls than this and new ones are refused (CoachBusyError): users get the rate-limited note. */
export const MAX_QUEUED_CALLS = 1_000;

export function fairCoach(coach: Coach, maxQueued: number = MAX_QUEUED_CALLS): Coach {
  const queue: (() => void)[] = [];
  let scheduled = false;

  const pump = () => {
    scheduled = false;
    queue.shift()?.();
    if (queue.length > 0) {
      scheduled = true;
      setImmediate(pump);
    }
  };

  const enqueue = <T>(start: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length >= maxQueued) {
        reject(new CoachBusyError());
        return;
      }
      queue.push(() => {
        try {
          start().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
      if (!scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
    });

  const fair: Coach = {
    review: (draft, options) => enqueue(() => coach.review(draft, options)),
    retone: (draft, rewrite, tone, options) => enqueue(() => coach.retone(draft, rewrite, tone, options)),
    prepare: (situation, options) => enqueue(() => coach.prepare(situation, options)),
    read: (message, options) => enqueue(() => coach.read(message, options)),
    practice: (input) => enqueue(() => coach.practice(input)),
    debrief: (input) => enqueue(() => coach.debrief(input)),
    answer: (input) => enqueue(() => coach.answer(input)),
  };
  // Streaming stays optional: only an engine that streams gets the methods.
  const stream = coach.prepareStream?.bind(coach);
  if (stream) {
    fair.prepareStream = (situation, options, onMarkdown, toMarkdown) =>
      enqueue(() => stream(situation, options, onMarkdown, toMarkdown));
  }
  const practiceStream = coach.practiceStream?.bind(coach);
  if (practiceStream) fair.practiceStream = (input, onText) => enqueue(() => practiceStream(input, onText));
  return fair;
}
