/**
 * App Home "Parley can post as you — Stop" (issue 11, item 2: revocable from App Home), over real
 * HTTP against the fake Web API in distributed mode: a person who granted a user token sees the
 * line with *Stop*; clicking it forgets only their token (the workspace's bot stays), revokes it
 * at Slack (auth.revoke with that token), and publishes the Home tab again saying how to allow
 * posting. Afterwards *Use this* hands the text over to copy and posts nothing as them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_STOP_POSTING } from '../../src/slack/ids.ts';
import { BLOCK_POSTING, POSTING_OFF_TEXT, POSTING_ON_TEXT } from '../../src/slack/views/home.ts';
import {
  blockActionsPayload,
  buttonAction,
  postEvent,
  postInteraction,
  TEST_TEAM_ID,
} from '../helpers/slack-requests.ts';
import {
  blocksOf,
  DISTRIBUTED_BOT_TOKEN,
  findElement,
  grantUserToken,
  type Harness,
  startHarness,
} from './harness.ts';
import { CHANNEL, EDITED, openUseThis, submission } from './use-this.ts';

type Json = Record<string, unknown>;

const ALICE = 'U0ALICE';
const ALICE_TOKEN = 'xoxp-alice-secret';
const BOB = 'U0BOB';
const BOB_TOKEN = 'xoxp-bob-secret';

const postingText = (view: Json) => {
  const block = blocksOf({ view }).find((b) => b.block_id === BLOCK_POSTING);
  return (block?.text as Json | undefined)?.text;
};

describe('App Home: Parley can post as you, and Stop', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ distributed: true });
    await grantUserToken(h, ALICE, ALICE_TOKEN);
    await grantUserToken(h, BOB, BOB_TOKEN);
  });
  afterAll(async () => h?.close());

  const homeOf = async (user: string, count: number) => {
    const call = await h.fake.waitFor('views.publish', (c) => c.args.user_id === user, { count });
    return call.args.view as Json;
  };

  it('shows Stop to a person who granted a user token, and takes only their token away', async () => {
    await postEvent(h.target, {
      type: 'app_home_opened',
      user: ALICE,
      channel: `D${ALICE}`,
      tab: 'home',
      event_ts: '1700000000.000001',
    });
    const before = await homeOf(ALICE, 1);
    expect(postingText(before)).toBe(POSTING_ON_TEXT);
    const stop = findElement({ view: before }, ACTION_STOP_POSTING);
    expect(stop).toBeDefined();
    expect(stop?.confirm).toBeDefined();

    await postInteraction(
      h.target,
      blockActionsPayload({
        user: ALICE,
        action: buttonAction(ACTION_STOP_POSTING, String(stop?.value)),
        container: { type: 'view', view_id: 'V0HOME' },
      }),
    );
    // The Home tab is published again, in place, now saying how to allow posting.
    const after = await homeOf(ALICE, 2);
    expect(postingText(after)).toBe(POSTING_OFF_TEXT);
    expect(findElement({ view: after }, ACTION_STOP_POSTING)).toBeUndefined();
    expect(JSON.stringify(after)).toContain('/slack/install');

    // Slack was asked to revoke it, with the token itself.
    const revoke = await h.fake.waitFor('auth.revoke');
    expect(revoke.token).toBe(ALICE_TOKEN);
    expect(h.fake.isRevoked(ALICE_TOKEN)).toBe(true);

    // Her token is gone; the bot installation and Bob's token stay.
    const query = { teamId: TEST_TEAM_ID, enterpriseId: undefined, isEnterpriseInstall: false };
    const hers = await h.installations!.fetchInstallation({ ...query, userId: ALICE });
    expect(hers.user.token).toBeUndefined();
    expect(hers.bot?.token).toBe(DISTRIBUTED_BOT_TOKEN);
    const his = await h.installations!.fetchInstallation({ ...query, userId: BOB });
    expect(his.user.token).toBe(BOB_TOKEN);
    expect(h.fake.isRevoked(BOB_TOKEN)).toBe(false);
    expect(h.logs.join('\n')).not.toContain(ALICE_TOKEN);
  });

  it('afterwards Use this hands her the text to copy and posts nothing as her', async () => {
    h.fake.clearCalls();
    const { view } = await openUseThis(h.fake, h.target, 'after-stop');
    await postInteraction(h.target, submission(view, EDITED));
    const dm = await h.fake.waitFor('chat.postMessage', (c) =>
      JSON.stringify(c.args).includes('Ready to copy'),
    );
    expect(dm.token).toBe(DISTRIBUTED_BOT_TOKEN);
    expect(h.fake.calls.filter((c) => c.token === ALICE_TOKEN)).toEqual([]);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL)).toEqual([]);
  });

  it('opening the Home tab again still shows how to allow posting, and Bob still sees Stop', async () => {
    h.fake.clearCalls();
    for (const user of [ALICE, BOB]) {
      await postEvent(h.target, {
        type: 'app_home_opened',
        user,
        channel: `D${user}`,
        tab: 'home',
        event_ts: '1700000000.000002',
      });
    }
    expect(postingText(await homeOf(ALICE, 1))).toBe(POSTING_OFF_TEXT);
    expect(postingText(await homeOf(BOB, 1))).toBe(POSTING_ON_TEXT);
  });
});
