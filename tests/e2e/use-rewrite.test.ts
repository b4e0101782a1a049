/**
 * Rewrites one click from use (issue 11, item 2), over real HTTP against the fake Web API:
 * *Use this* opens a modal with the rewrite; its submission posts AS THE USER (their token in the
 * Authorization header) when Parley holds one, and otherwise sends the text back to copy. Parley
 * never posts it to the destination with the bot token, and never logs the text.
 */

import type { Installation } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/app.ts';
import {
  ACTION_USE_REWRITE,
  ACTION_USE_TEXT,
  ACTION_USE_TO,
  BLOCK_USE_TEXT,
  BLOCK_USE_TO,
  VIEW_USE_REWRITE,
} from '../../src/slack/ids.ts';
import { BOT_SCOPES, USER_SCOPES } from '../../src/slack/scopes.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { MemoryInstallationStore } from '../../src/store/installations/memory.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
import {
  blockActionsPayload,
  buttonAction,
  postInteraction,
  postSlashCommand,
  type SlackTarget,
  TEST_SIGNING_SECRET,
  TEST_TEAM_ID,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, startHarness } from './harness.ts';

type Json = Record<string, unknown>;

const DRAFT = 'You never send the report on time. Fix it NOW or I will tell your boss.';
const EDITED = 'Could we agree on a date for the report? Friday would help me a lot.';
const CHANNEL = 'C0GENERAL';

/** A review by /coach, then a click on its *Use this*: the modal Slack was asked to open. */
async function openUseThis(fake: FakeSlackApi, target: SlackTarget, id: string) {
  await postSlashCommand(target, { text: DRAFT, response_url: fake.responseUrl(id), channel_id: CHANNEL });
  const { body } = await fake.waitForResponse(id);
  const value = elementValue(body, ACTION_USE_REWRITE);
  const trigger = `trig-${id}`;
  await postInteraction(
    target,
    blockActionsPayload({
      action: buttonAction(ACTION_USE_REWRITE, value),
      channel: CHANNEL,
      trigger_id: trigger,
      response_url: fake.responseUrl(`${id}-click`),
    }),
  );
  const open = await fake.waitFor('views.open', (c) => c.args.trigger_id === trigger);
  return { review: body, value, view: open.args.view as Json };
}

function submission(view: Json, text: string, to?: string) {
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
const modalText = (view: Json) => {
  const input = blocksOf({ view }).find((b) => b.block_id === BLOCK_USE_TEXT);
  return (input?.element as Json | undefined)?.initial_value;
};

describe('Use this without a user token (single-workspace mode)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('puts Use this on the rewrite, carrying only the state id and the index', async () => {
    const { value, review, view } = await openUseThis(h.fake, h.target, 'one');
    expect(value).toMatch(/^[\w-]+:0$/);
    expect(JSON.stringify(review)).toContain('Use this');
    expect(view.callback_id).toBe(VIEW_USE_REWRITE);
    expect(typeof modalText(view)).toBe('string');
    expect(String(modalText(view)).length).toBeGreaterThan(10);
    // ids only in private_metadata: the rewrite's text is in the input, never in the metadata.
    const metadata = JSON.parse(String(view.private_metadata));
    expect(Object.keys(metadata).sort()).toEqual(['channel', 'index', 'stateId', 'threadTs']);
    expect(metadata.channel).toBe(CHANNEL);
    expect(String(view.private_metadata)).not.toContain(String(modalText(view)).slice(0, 20));
  });

  it('sends the text back to copy, with how to enable posting, and never posts it as the bot', async () => {
    const { view } = await openUseThis(h.fake, h.target, 'two');
    const res = await postInteraction(h.target, submission(view, EDITED));
    expect(res.status).toBe(200);
    const dm = await h.fake.waitFor('chat.postMessage', (c) =>
      JSON.stringify(c.args).includes('Ready to copy'),
    );
    expect(dm.args.channel).not.toBe(CHANNEL);
    const blocks = blocksOf(dm.args);
    const copy = blocks.find((b) => b.type === 'rich_text');
    expect(JSON.stringify(copy)).toContain(EDITED);
    expect(JSON.stringify(blocks)).toContain('/slack/install');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL)).toEqual([]);
    expect(h.logs.join('\n')).not.toContain('Friday would help');
    expect(h.logs.join('\n')).not.toContain('report on time');
  });

  it('asks for a person when the review was not in a conversation with people', async () => {
    const { view } = await openUseThis(h.fake, h.target, 'three');
    const metadata = JSON.stringify({ ...JSON.parse(String(view.private_metadata)), channel: null });
    const res = await postInteraction(h.target, submission({ ...view, private_metadata: metadata }, EDITED));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ response_action: 'errors' });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('Use this with a user token (distributed mode)', () => {
  let fake: FakeSlackApi;
  let slack: SlackApp;
  let target: SlackTarget;
  const logs: string[] = [];
  const installations = new MemoryInstallationStore();

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    // What Bolt's OAuth flow stores when Alice installs and grants chat:write as herself.
    await installations.storeInstallation({
      team: { id: TEST_TEAM_ID },
      enterprise: undefined,
      user: { id: 'U0ALICE', token: 'xoxp-alice-secret', scopes: [...USER_SCOPES] },
      bot: {
        id: 'B0PARLEY',
        userId: 'U0PARLEY',
        token: 'xoxb-dist-secret',
        scopes: [...BOT_SCOPES],
      },
      appId: 'A0PARLEY',
      tokenType: 'bot',
      isEnterpriseInstall: false,
      authVersion: 'v2',
    } as Installation);
    const local = new LocalEngine();
    slack = createSlackApp({
      slack: {
        botToken: null,
        mode: 'http',
        signingSecret: TEST_SIGNING_SECRET,
        appToken: null,
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
        oauth: { clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret-0123456789' },
      },
      coach: local.asCoach(),
      techniques: local.techniques,
      store: requestStore(new MemoryStore()),
      logger: createLogger('debug', (line) => {
        logs.push(line);
      }),
      logLevel: 'debug',
      installations: { store: installations },
    });
    const { port } = await slack.start();
    target = { url: `http://127.0.0.1:${port}${EVENTS_PATH}`, secret: TEST_SIGNING_SECRET };
  });
  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
  });

  it("posts the edited text to the channel with the user's own token", async () => {
    const { view } = await openUseThis(fake, target, 'dist-one');
    await postInteraction(target, submission(view, EDITED));
    const posted = await fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL);
    expect(posted.token).toBe('xoxp-alice-secret');
    expect(posted.args.text).toBe(EDITED);
    // Parley tells her it went, from its own DM; nothing reached the channel with the bot token.
    await fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Sent as you'));
    expect(fake.calls.filter((c) => c.args.channel === CHANNEL && c.token !== 'xoxp-alice-secret')).toEqual(
      [],
    );
    expect(logs.join('\n')).not.toContain('Friday would help');
    expect(logs.join('\n')).not.toContain('xoxp-alice-secret');
  });

  it('posts to the person she chose as a DM, as her', async () => {
    const { view } = await openUseThis(fake, target, 'dist-two');
    await postInteraction(target, submission(view, EDITED, 'U0BOB'));
    const posted = await fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0BOB');
    expect(posted.token).toBe('xoxp-alice-secret');
  });

  it('sends the text to copy when Slack refuses her token, and does not post it as the bot', async () => {
    const { view } = await openUseThis(fake, target, 'dist-three');
    fake.clearCalls();
    fake.failNext('chat.postMessage', 'token_revoked');
    await postInteraction(target, submission(view, EDITED));
    await fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Ready to copy'));
    const toChannel = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL);
    expect(toChannel.map((c) => c.token)).toEqual(['xoxp-alice-secret']);
  });
});
