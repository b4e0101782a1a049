/**
 * Context where the user acted (issue 11, item 6), over real HTTP: an answer sent to the DM (the
 * shortcut, the draft form) leaves an ephemeral line where the user acted, with a link to the DM;
 * the DM opens with a short, escaped quote of what it is about; Edit & recheck replaces the review
 * it came from, whether that was an ephemeral reply or a posted DM.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_EDIT_RECHECK, BLOCK_REVIEW_ACTIONS, SHORTCUT_COACH_MESSAGE } from '../../src/slack/ids.ts';
import { MAX_QUOTE_CHARS, QUOTE_LABELS } from '../../src/slack/views/quote.ts';
import { dmLink } from '../../src/slack/views/sent-to-dm.ts';
import { visibleText } from '../../src/slack/views/visible-text.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, startHarness, submitDraftForm } from './harness.ts';

type Json = Record<string, unknown>;

const HOSTILE_MESSAGE = `<!channel> <@U0BOB|bob> see <https://evil.example|this link> & stop. As I already explained, this is NOT my problem. ${'You never listen. '.repeat(20)}`;
const DRAFT = 'You never send the report on time. Fix it NOW or I will tell your boss.';
const EDITED = 'The report was late again this week. Can we agree on Thursday noon from now on?';

/** The mrkdwn text of a message's first block (the quote, when there is one). */
const firstText = (body: Json): string => {
  const first = blocksOf(body)[0] as { elements?: { text?: string }[] } | undefined;
  return first?.elements?.[0]?.text ?? '';
};

describe('answers sent by DM say so where the user acted', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('leaves an ephemeral line with a link to the DM, which opens with a short escaped quote', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        channel: 'C0GENERAL',
        message: { user: 'U0BOB', text: HOSTILE_MESSAGE },
        response_url: h.fake.responseUrl('acted'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0ALICE');
    const quote = firstText(post.args);
    expect(quote).toContain(QUOTE_LABELS.en.message);
    expect(quote).not.toMatch(/[<>]/);
    expect(quote).toContain('@channel @bob see this link &amp; stop.');
    const quoted = visibleText([blocksOf(post.args)[0]!])
      .split('“')[1]!
      .replace(/”$/, '');
    expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);

    const { body } = await h.fake.waitForResponse('acted');
    expect(body.response_type).toBe('ephemeral');
    expect(body.replace_original).toBe(false);
    expect(JSON.stringify(blocksOf(body))).toContain(`<${dmLink('DU0ALICE')}|your DM with Parley>`);
    expect(dmLink('DU0ALICE')).toBe('https://slack.com/app_redirect?channel=DU0ALICE');
  });

  it('says nothing extra when the user acted in the DM itself', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        channel: 'DU0ALICE',
        message: { user: 'U0ALICE', text: DRAFT },
        response_url: h.fake.responseUrl('in-dm'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(firstText(post.args)).toContain(QUOTE_LABELS.en.draft);
    expect(h.fake.responsesTo('in-dm')).toHaveLength(0);
  });

  it('sends the form’s review to the DM and says so where /coach was typed', async () => {
    await postSlashCommand(h.target, {
      text: '',
      channel_id: 'C0PROJECT',
      response_url: h.fake.responseUrl('form-cmd'),
    });
    const open = await h.fake.waitFor('views.open');
    const metadata = String((open.args.view as Json).private_metadata ?? '');
    expect(metadata).toContain('C0PROJECT');
    await submitDraftForm(h.target, open, DRAFT);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0ALICE');
    expect(firstText(post.args)).toContain(QUOTE_LABELS.en.draft);
    const { body } = await h.fake.waitForResponse('form-cmd');
    expect(String(body.text)).toMatch(/DM with Parley/);
  });

  it('replaces an ephemeral review with the rechecked one, and sends no DM', async () => {
    await postSlashCommand(h.target, { text: DRAFT, response_url: h.fake.responseUrl('eph') });
    const review = (await h.fake.waitForResponse('eph')).body;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(
          ACTION_EDIT_RECHECK,
          elementValue(review, ACTION_EDIT_RECHECK),
          BLOCK_REVIEW_ACTIONS,
        ),
        channel: 'C0GENERAL',
        response_url: h.fake.responseUrl('eph-edit'),
      }),
    );
    const open = await h.fake.waitFor('views.open');
    await submitDraftForm(h.target, open, EDITED);
    const { body } = await h.fake.waitForResponse('eph-edit');
    expect(body.replace_original).toBe(true);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
    expect(elementValue(body, ACTION_EDIT_RECHECK)).not.toBe(elementValue(review, ACTION_EDIT_RECHECK));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('replaces a review posted in the DM with chat.update', async () => {
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0ALICE', text: DRAFT },
        response_url: h.fake.responseUrl('own'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    const ts = h.fake.messages('DU0ALICE').at(-1)!.ts;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(post.args, ACTION_EDIT_RECHECK)),
        channel: 'DU0ALICE',
        message: { ts },
        container: { type: 'message', is_ephemeral: false },
        response_url: h.fake.responseUrl('own-edit'),
      }),
    );
    const open = await h.fake.waitFor('views.open');
    await submitDraftForm(h.target, open, EDITED);
    const update = await h.fake.waitFor('chat.update');
    expect(update.args).toMatchObject({ channel: 'DU0ALICE', ts });
    // Still says what it is about: now the edited draft.
    expect(firstText(update.args)).toContain('The report was late again');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('sends the rechecked review by DM when the old one can no longer be replaced', async () => {
    await postSlashCommand(h.target, { text: DRAFT, response_url: h.fake.responseUrl('old') });
    const review = (await h.fake.waitForResponse('old')).body;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_EDIT_RECHECK, elementValue(review, ACTION_EDIT_RECHECK)),
        channel: 'C0GENERAL',
        response_url: h.fake.responseUrl('expired-url'),
      }),
    );
    const open = await h.fake.waitFor('views.open');
    h.fake.failResponse('expired-url', 404);
    await submitDraftForm(h.target, open, EDITED);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0ALICE');
    expect(firstText(post.args)).toContain(QUOTE_LABELS.en.draft);
  });
});
