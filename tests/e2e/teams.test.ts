/**
 * Two workspaces using one Parley over HTTP, with the same channel and user ids on purpose:
 * neither sees the other's watch settings, counters or preferences. Against the in-memory store
 * and the real PostgreSQL store (the one a fleet shares).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_PREF_CONTEXT } from '../../src/slack/ids.ts';
import { ACTION_REMINDER_NOT_HELPFUL, COUNTER_NOT_HELPFUL } from '../../src/slack/reminder-ids.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { storeForTeam } from '../../src/store/scoped.ts';
import { DEFAULT_PREFERENCES, type TeamKey, type TeamStore } from '../../src/store/store.ts';
import { openTestStore } from '../helpers/postgres.ts';
import {
  blockActionsPayload,
  buttonAction,
  postInteraction,
  postSlashCommand,
  selectAction,
} from '../helpers/slack-requests.ts';
import { type Harness, startHarness, TEST_TEAM } from './harness.ts';

const OTHER: TeamKey = { team: 'T0OTHER', enterprise: null };
const CHANNEL = 'C0SAME';
const USER = 'U0SAME';

describe.each([
  ['the in-memory store', async (): Promise<TeamStore> => new MemoryStore()],
  ['the PostgreSQL store', () => openTestStore()],
])('two workspaces over HTTP with %s', (_name, open) => {
  let h: Harness;
  let teams: TeamStore;
  let replies = 0;
  beforeAll(async () => {
    teams = await open();
    h = await startHarness({ store: teams });
  });
  afterAll(async () => {
    await h?.close();
    await teams?.close();
  });
  afterEach(() => h.fake.clearCalls());

  const a = () => storeForTeam(teams, TEST_TEAM);
  const b = () => storeForTeam(teams, OTHER);

  /** `/coach <text>` in the shared channel id from a workspace; the reply's text. */
  async function coach(team: TeamKey, text: string): Promise<string> {
    replies += 1;
    const id = `reply-${replies}`;
    const res = await postSlashCommand(h.target, {
      text,
      channel_id: CHANNEL,
      user_id: USER,
      team_id: team.team,
      response_url: h.fake.responseUrl(id),
    });
    expect(res.status).toBe(200);
    return JSON.stringify((await h.fake.waitForResponse(id)).body);
  }

  it('keeps /coach watch settings apart for the same channel id', async () => {
    await coach(TEST_TEAM, 'watch on sensitivity high cooldown 45m');
    expect(await coach(OTHER, 'watch status')).toContain('Parley is not watching this channel.');
    expect(await b().getWatch(CHANNEL)).toBeNull();

    await coach(OTHER, 'watch on sensitivity low');
    expect(await a().getWatch(CHANNEL)).toMatchObject({
      enabled: true,
      sensitivity: 'high',
      cooldownMinutes: 45,
    });
    expect(await b().getWatch(CHANNEL)).toMatchObject({ enabled: true, sensitivity: 'low' });

    await coach(OTHER, 'watch off');
    expect((await b().getWatch(CHANNEL))?.enabled).toBe(false);
    expect(await coach(TEST_TEAM, 'watch status')).toContain('Parley is watching this channel.');
  });

  it('counts a "Not helpful" click only for the workspace it came from', async () => {
    replies += 1;
    const id = `reply-${replies}`;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: USER,
        team_id: TEST_TEAM.team,
        action: buttonAction(ACTION_REMINDER_NOT_HELPFUL, 'reminder'),
        channel: CHANNEL,
        response_url: h.fake.responseUrl(id),
        container: {
          type: 'message',
          is_ephemeral: false,
          channel_id: CHANNEL,
          message_ts: '1700000100.000200',
        },
        message: { ts: '1700000100.000200', thread_ts: '1700000000.000100', bot_id: 'B0PARLEY' },
      }),
    );
    await h.fake.waitForResponse(id);
    expect(await a().getCounter(COUNTER_NOT_HELPFUL, CHANNEL)).toBe(1);
    expect(await b().getCounter(COUNTER_NOT_HELPFUL, CHANNEL)).toBe(0);
    expect(await coach(TEST_TEAM, 'watch status')).toContain('marked not helpful: 1');
    expect(await coach(OTHER, 'watch status')).not.toContain('marked not helpful');
  });

  it("keeps a user's preferences to the workspace where they were chosen", async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: USER,
        team_id: OTHER.team,
        action: selectAction(ACTION_PREF_CONTEXT, 'boss'),
        container: { type: 'view', view_id: 'V1' },
      }),
    );
    await h.fake.waitFor('views.publish');
    expect((await b().getPreferences(USER)).context).toBe('boss');
    expect(await a().getPreferences(USER)).toEqual(DEFAULT_PREFERENCES);
  });
});
