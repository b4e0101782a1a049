/**
 * Reviews delivered by DM remember where the user acted (issue 11, items 2 and 6), over real HTTP
 * against the fake Web API: after the message shortcut, the draft form or Edit & recheck put a
 * review in the DM with Parley, *Use this* on it offers the channel or thread the user was in, not
 * that DM, and posting as the user goes there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_CONTEXT,
  ACTION_EDIT_RECHECK,
  ACTION_GOAL,
  BLOCK_CONTEXT,
  BLOCK_GOAL,
  SHORTCUT_COACH_MESSAGE,
} from '../../src/slack/ids.ts';
import type { ApiCall } from '../fakes/slack-api.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { elementValue, grantUserToken, type Harness, startHarness, submitDraftForm } from './harness.ts';
import { clickUseThis, DRAFT, EDITED, submission, useOrigin } from './use-this.ts';

const ALICE_DM = 'DU0ALICE';
const ALICE_TOKEN = 'xoxp-alice-secret';
const THREAD = '1700000000.000100';

/** A click inside the DM with Parley, on the review message posted there. */
const inDm = (post: ApiCall) => ({
  channel: ALICE_DM,
  message: { ts: String(post.args.ts ?? '1700000001.000001') },
  container: { type: 'message', is_ephemeral: false },
});

describe('Use this on a review delivered by DM', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ distributed: true });
    await grantUserToken(h, 'U0ALICE', ALICE_TOKEN);
  });
  afterAll(async () => h?.close());

  /** The review Parley posted in Alice's DM whose text includes `marker` somewhere in its args. */
  const dmReview = (count = 1) =>
    h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === ALICE_DM && JSON.stringify(c.args).includes('use_rewrite'),
      { count },
    );

  /** The message shortcut on Alice's own message in a thread of #project. */
  async function shortcutReview(channel: string, threadTs?: string) {
    h.fake.clearCalls();
    await postInteraction(
      h.target,
      messageShortcutPayload({
        callback_id: SHORTCUT_COACH_MESSAGE,
        channel,
        message: { user: 'U0ALICE', text: DRAFT, ...(threadTs ? { thread_ts: threadTs } : {}) },
        response_url: h.fake.responseUrl(`shortcut-${channel}`),
      }),
    );
    return dmReview();
  }

  it('after the message shortcut, offers the thread the message is in, and posts there as her', async () => {
    const review = await shortcutReview('C0PROJECT', THREAD);
    const { view } = await clickUseThis(h.fake, h.target, 'shortcut', review.args, inDm(review));
    expect(useOrigin(view)).toMatchObject({ channel: 'C0PROJECT', threadTs: THREAD });
    expect(JSON.stringify(view.blocks)).toContain('the thread you were in, in <#C0PROJECT>');

    await postInteraction(h.target, submission(view, EDITED));
    const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0PROJECT');
    expect(posted.token).toBe(ALICE_TOKEN);
    expect(posted.args.thread_ts).toBe(THREAD);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.token === ALICE_TOKEN)).toHaveLength(1);
  });

  it('after the draft form opened in a channel, offers that channel', async () => {
    h.fake.clearCalls();
    await postSlashCommand(h.target, {
      text: '',
      channel_id: 'C0FORM',
      response_url: h.fake.responseUrl('form'),
    });
    const form = await h.fake.waitFor('views.open');
    await submitDraftForm(h.target, form, DRAFT, {
      [BLOCK_CONTEXT]: { [ACTION_CONTEXT]: { type: 'static_select', selected_option: null } },
      [BLOCK_GOAL]: { [ACTION_GOAL]: { type: 'plain_text_input', value: null } },
    });
    const review = await dmReview();
    const { view } = await clickUseThis(h.fake, h.target, 'form', review.args, inDm(review));
    expect(useOrigin(view)).toMatchObject({ channel: 'C0FORM', threadTs: null });
  });

  it('after Edit & recheck of a DM review, the new review still offers where she acted', async () => {
    const review = await shortcutReview('C0PROJECT', THREAD);
    const trigger = 'trig-edit-recheck';
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(review.args, ACTION_EDIT_RECHECK)),
        trigger_id: trigger,
        ...inDm(review),
      }),
    );
    const form = await h.fake.waitFor('views.open', (c) => c.args.trigger_id === trigger);
    await submitDraftForm(h.target, form, `${DRAFT} Seriously.`);
    // It replaces the review it came from, in the DM.
    const updated = await h.fake.waitFor('chat.update', (c) => c.args.channel === ALICE_DM);
    const { view } = await clickUseThis(h.fake, h.target, 'recheck', updated.args, inDm(review));
    expect(useOrigin(view)).toMatchObject({ channel: 'C0PROJECT', threadTs: THREAD });
  });

  it('asks for a person when the message was in the DM with Parley itself', async () => {
    const review = await shortcutReview(ALICE_DM);
    const { view } = await clickUseThis(h.fake, h.target, 'in-dm', review.args, inDm(review));
    expect(useOrigin(view).channel).toBeNull();
    const res = await postInteraction(h.target, submission(view, EDITED));
    expect(JSON.parse(res.body)).toMatchObject({ response_action: 'errors' });
  });
});
