/**
 * Steps the *Use this* e2e tests share: a review by /coach, a click on its *Use this* (the modal
 * Slack is asked to open), and the modal's submission.
 */
import {
  ACTION_USE_REWRITE,
  ACTION_USE_TEXT,
  ACTION_USE_TO,
  BLOCK_USE_TEXT,
  BLOCK_USE_TO,
  VIEW_USE_REWRITE,
} from '../../src/slack/ids.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import {
  blockActionsPayload,
  buttonAction,
  postInteraction,
  postSlashCommand,
  type SlackTarget,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue } from './harness.ts';

type Json = Record<string, unknown>;

export const DRAFT = 'You never send the report on time. Fix it NOW or I will tell your boss.';
export const EDITED = 'Could we agree on a date for the report? Friday would help me a lot.';
export const CHANNEL = 'C0GENERAL';

/**
 * A click on *Use this* in a message (its blocks in `body`), from `channel` (a thread of it when
 * `message` is given): the modal Slack was asked to open.
 */
export async function clickUseThis(
  fake: FakeSlackApi,
  target: SlackTarget,
  id: string,
  body: Json,
  where: { channel: string; message?: Json; container?: Json },
) {
  const value = elementValue(body, ACTION_USE_REWRITE);
  const trigger = `trig-${id}`;
  await postInteraction(
    target,
    blockActionsPayload({
      action: buttonAction(ACTION_USE_REWRITE, value),
      channel: where.channel,
      trigger_id: trigger,
      response_url: fake.responseUrl(`${id}-click`),
      ...(where.message ? { message: where.message } : {}),
      ...(where.container ? { container: where.container } : {}),
    }),
  );
  const open = await fake.waitFor('views.open', (c) => c.args.trigger_id === trigger);
  return { value, view: open.args.view as Json };
}

/** A review by /coach in CHANNEL, then a click on its *Use this*. */
export async function openUseThis(fake: FakeSlackApi, target: SlackTarget, id: string) {
  await postSlashCommand(target, { text: DRAFT, response_url: fake.responseUrl(id), channel_id: CHANNEL });
  const { body } = await fake.waitForResponse(id);
  const opened = await clickUseThis(fake, target, id, body, { channel: CHANNEL });
  return { review: body, ...opened };
}

/** The modal submitted with this text, and a person chosen when `to` is given. */
export function submission(view: Json, text: string, to?: string) {
  return viewSubmissionPayload({
    callback_id: VIEW_USE_REWRITE,
    private_metadata: String(view.private_metadata),
    values: {
      [BLOCK_USE_TEXT]: { [ACTION_USE_TEXT]: { type: 'plain_text_input', value: text } },
      [BLOCK_USE_TO]: { [ACTION_USE_TO]: { type: 'users_select', selected_user: to ?? null } },
    },
  });
}

/** The initial value of the modal's message input. */
export const modalText = (view: Json) => {
  const input = blocksOf({ view }).find((b) => b.block_id === BLOCK_USE_TEXT);
  return (input?.element as Json | undefined)?.initial_value;
};

/** What the modal's private_metadata carries (ids only). */
export const useOrigin = (view: Json) => JSON.parse(String(view.private_metadata)) as Json;
