/**
 * Rewrites one click from use (issue 11, item 2), over real HTTP against the fake Web API:
 * *Use this* opens a modal with the rewrite; its submission posts AS THE USER (their token in the
 * Authorization header) when Parley holds one, and otherwise sends the text back to copy. Parley
 * never posts it to the destination with the bot token, and never logs the text.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_USE_REWRITE } from '../../src/slack/ids.ts';
import { userImId } from '../fakes/slack-api.ts';
import { postInteraction } from '../helpers/slack-requests.ts';
import { blocksOf, grantUserToken, type Harness, startHarness } from './harness.ts';
import { CHANNEL, EDITED, modalText, openUseThis, submission } from './use-this.ts';

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
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ distributed: true });
    // Alice installs through the OAuth flow and allows Parley to post as her.
    await grantUserToken(h, 'U0ALICE', 'xoxp-alice-secret');
  });
  afterAll(async () => h?.close());

  it("posts the edited text to the channel with the user's own token", async () => {
    const { fake, target, logs } = h;
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

  it('posts to the person she chose in her own DM with them, as her (conversations.open first)', async () => {
    h.fake.clearCalls();
    const { view } = await openUseThis(h.fake, h.target, 'dist-two');
    await postInteraction(h.target, submission(view, EDITED, 'U0BOB'));
    const im = userImId('xoxp-alice-secret', 'U0BOB');
    const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === im);
    expect(posted.token).toBe('xoxp-alice-secret');
    expect(posted.args.text).toBe(EDITED);
    const opened = h.fake.callsTo('conversations.open').filter((c) => c.token === 'xoxp-alice-secret');
    expect(opened.map((c) => c.args.users)).toEqual(['U0BOB']);
    // Never to the bare user id, and never into Parley's own DM with Bob.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0BOB')).toEqual([]);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DU0BOB')).toEqual([]);
    await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Sent as you as a DM'));
  });

  it('sends the text to copy when her token may not open the DM (no im:write), posting nothing as her', async () => {
    h.fake.clearCalls();
    const { view } = await openUseThis(h.fake, h.target, 'dist-two-scope');
    h.fake.failNext('conversations.open', 'missing_scope');
    await postInteraction(h.target, submission(view, EDITED, 'U0BOB'));
    await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Ready to copy'));
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.token === 'xoxp-alice-secret')).toEqual([]);
  });

  it('sends the text to copy when Slack refuses her token, and does not post it as the bot', async () => {
    const { view } = await openUseThis(h.fake, h.target, 'dist-three');
    h.fake.clearCalls();
    h.fake.failNext('chat.postMessage', 'token_revoked');
    await postInteraction(h.target, submission(view, EDITED));
    await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Ready to copy'));
    const toChannel = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL);
    expect(toChannel.map((c) => c.token)).toEqual(['xoxp-alice-secret']);
  });
});
