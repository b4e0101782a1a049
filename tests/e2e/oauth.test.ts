/**
 * The distributed app over real HTTP: Bolt's OAuth flow against the fake Web API
 * (oauth.v2.access), installations in PostgreSQL (a schema of this file's own), and each
 * workspace answered with its own bot token, until it uninstalls.
 */

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import { createSealer } from '../../src/crypto/sealed.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/app.ts';
import { INSTALL_PATH, OAUTH_REDIRECT_PATH, type WorkspaceRef } from '../../src/slack/oauth.ts';
import { BOT_SCOPES, USER_SCOPES } from '../../src/slack/scopes.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { migrateInstallations } from '../../src/store/installations/migrations.ts';
import { PgInstallationStore } from '../../src/store/installations/postgres.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { type FakeSlackApi, type FakeWorkspace, startFakeSlackApi } from '../fakes/slack-api.ts';
import { createTestSchema, type TestSchema } from '../helpers/postgres-schema.ts';
import {
  eventEnvelope,
  nextTriggerId,
  postSigned,
  type SlackTarget,
  slashCommandBody,
  TEST_SIGNING_SECRET,
} from '../helpers/slack-requests.ts';

const ONE: FakeWorkspace = {
  teamId: 'T0ONE',
  teamName: 'One',
  botToken: 'xoxb-one-secret',
  botUserId: 'U0BOTONE',
  botId: 'B0ONE',
  userId: 'U0ALICE',
  userToken: 'xoxp-alice-secret',
  botScopes: [...BOT_SCOPES],
  userScopes: [...USER_SCOPES],
};
const TWO: FakeWorkspace = {
  teamId: 'T0TWO',
  teamName: 'Two',
  botToken: 'xoxb-two-secret',
  botUserId: 'U0BOTTWO',
  botId: 'B0TWO',
  userId: 'U0BOB',
  botScopes: [...BOT_SCOPES],
};

describe('distributed app: OAuth installs into many workspaces', () => {
  let fake: FakeSlackApi;
  let schema: TestSchema;
  let slack: SlackApp;
  let baseUrl: string;
  let target: SlackTarget;
  const logs: string[] = [];
  const uninstalled: WorkspaceRef[] = [];
  /** What Bolt's authorize put in each request's context (the user token is for posting as the user). */
  const contexts: { teamId?: string; userId?: string; userToken?: string }[] = [];

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    schema = await createTestSchema('oauth_e2e');
    await migrateInstallations(schema.pool);
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
      installations: {
        store: new PgInstallationStore({ pool: schema.pool, sealer: createSealer(randomBytes(32)) }),
        onUninstall: async (workspace) => {
          uninstalled.push(workspace);
        },
      },
    });
    slack.app.use(async ({ context, next }) => {
      contexts.push({ teamId: context.teamId, userId: context.userId, userToken: context.userToken });
      await next();
    });
    const { port } = await slack.start();
    baseUrl = `http://127.0.0.1:${port}`;
    target = { url: `${baseUrl}${EVENTS_PATH}`, secret: TEST_SIGNING_SECRET };
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    await schema?.drop();
  });

  /** GET /slack/install: Slack's consent screen, with a signed state and the cookie that pins it to this browser. */
  async function startInstall(): Promise<{ location: URL; state: string; cookie: string }> {
    const res = await fetch(`${baseUrl}${INSTALL_PATH}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { location, state, cookie };
  }

  /** Slack sends the browser back with a code; the app exchanges it (oauth.v2.access) and stores the installation. */
  async function install(workspace: FakeWorkspace, code: string): Promise<Response> {
    const { state, cookie } = await startInstall();
    fake.grant(code, workspace);
    return fetch(`${baseUrl}${OAUTH_REDIRECT_PATH}?code=${code}&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
  }

  const command = (team: string, user: string) => {
    const form = new URLSearchParams(
      slashCommandBody({ text: '', response_url: fake.responseUrl(`r-${team}`), user_id: user }),
    );
    form.set('team_id', team);
    const triggerId = nextTriggerId();
    form.set('trigger_id', triggerId);
    return {
      triggerId,
      post: () => postSigned(target, form.toString(), 'application/x-www-form-urlencoded'),
    };
  };

  const event = (workspace: FakeWorkspace, body: Record<string, unknown>) => {
    const envelope = {
      ...eventEnvelope(body),
      team_id: workspace.teamId,
      authorizations: [{ team_id: workspace.teamId, user_id: workspace.botUserId, is_bot: true }],
    };
    return postSigned(target, JSON.stringify(envelope), 'application/json');
  };

  it('sends /slack/install to Slack with the bot and user scopes and a signed state', async () => {
    const { location, state, cookie } = await startInstall();
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('111.222');
    expect(location.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    expect(location.searchParams.get('user_scope')).toBe(USER_SCOPES.join(','));
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toMatch(/^slack-app-oauth-state=/);
  });

  it('refuses a redirect whose state this app did not sign, and stores nothing', async () => {
    fake.grant('code-forged', ONE);
    const res = await fetch(`${baseUrl}${OAUTH_REDIRECT_PATH}?code=code-forged&state=forged`, {
      redirect: 'manual',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(0);
    expect((await schema.pool.query('SELECT 1 FROM installations')).rowCount).toBe(0);
  });

  it('stores an installation from the OAuth redirect, with no token in clear in PostgreSQL', async () => {
    const res = await install(ONE, 'code-one');
    expect(res.status).toBe(200);
    const exchange = fake.callsTo('oauth.v2.access')[0]!;
    expect(exchange.args).toMatchObject({ code: 'code-one', client_id: '111.222' });

    const rows = (await schema.pool.query('SELECT * FROM installations')).rows;
    expect(rows).toEqual([
      expect.objectContaining({ team_id: 'T0ONE', bot_user_id: 'U0BOTONE', installer_user_id: 'U0ALICE' }),
    ]);
    expect(rows[0].bot_scopes.split(',')).toEqual([...BOT_SCOPES]);
    const users = (await schema.pool.query('SELECT * FROM installation_user_tokens')).rows;
    expect(users).toEqual([expect.objectContaining({ user_id: 'U0ALICE', scopes: USER_SCOPES.join(',') })]);
    const stored = JSON.stringify([rows, users]);
    expect(stored).not.toContain('xoxb-');
    expect(stored).not.toContain('xoxp-');
    expect(stored).not.toContain('secret');
  });

  it("answers a command and an event from that workspace with that workspace's bot token", async () => {
    const open = command('T0ONE', 'U0ALICE');
    expect((await open.post()).status).toBe(200);
    const modal = await fake.waitFor('views.open', (c) => c.args.trigger_id === open.triggerId);
    expect(modal.token).toBe('xoxb-one-secret');
    // Alice granted chat:write as herself when she installed: her user token comes with her requests.
    expect(contexts.at(-1)).toEqual({ teamId: 'T0ONE', userId: 'U0ALICE', userToken: 'xoxp-alice-secret' });

    expect(
      (await event(ONE, { type: 'app_home_opened', user: 'U0ALICE', channel: 'DALICE', tab: 'home' })).status,
    ).toBe(200);
    const home = await fake.waitFor('views.publish', (c) => c.args.user_id === 'U0ALICE');
    expect(home.token).toBe('xoxb-one-secret');
  });

  it("uses a second workspace's own token for that workspace", async () => {
    expect((await install(TWO, 'code-two')).status).toBe(200);
    const open = command('T0TWO', 'U0BOB');
    await open.post();
    const modal = await fake.waitFor('views.open', (c) => c.args.trigger_id === open.triggerId);
    expect(modal.token).toBe('xoxb-two-secret');
    expect(contexts.at(-1)).toEqual({ teamId: 'T0TWO', userId: 'U0BOB', userToken: undefined });
    const again = command('T0ONE', 'U0ALICE');
    await again.post();
    expect((await fake.waitFor('views.open', (c) => c.args.trigger_id === again.triggerId)).token).toBe(
      'xoxb-one-secret',
    );
  });

  it("deletes a revoked user's token and keeps the workspace's bot", async () => {
    expect((await schema.pool.query('SELECT 1 FROM installation_user_tokens')).rowCount).toBe(1);
    await event(ONE, { type: 'tokens_revoked', tokens: { oauth: ['U0ALICE'] } });
    await waitUntil(
      async () => (await schema.pool.query('SELECT 1 FROM installation_user_tokens')).rowCount === 0,
    );
    expect((await schema.pool.query("SELECT 1 FROM installations WHERE team_id = 'T0ONE'")).rowCount).toBe(1);
  });

  it("deletes the workspace's installation on app_uninstalled and no longer answers it with a token", async () => {
    expect((await event(ONE, { type: 'app_uninstalled' })).status).toBe(200);
    await waitUntil(() => uninstalled.length === 1);
    expect(uninstalled).toEqual([{ teamId: 'T0ONE', enterpriseId: null, isEnterpriseInstall: false }]);
    const teams = (await schema.pool.query('SELECT team_id FROM installations')).rows.map((r) => r.team_id);
    expect(teams).toEqual(['T0TWO']);

    fake.clearCalls();
    const after = command('T0ONE', 'U0ALICE');
    await after.post();
    await waitUntil(() => logs.some((line) => line.includes('slack_bolt_authorization_error')));
    // The other workspace is still answered, so the app has run everything sent before it.
    const other = command('T0TWO', 'U0BOB');
    await other.post();
    await fake.waitFor('views.open', (c) => c.args.trigger_id === other.triggerId);
    expect(fake.calls.filter((c) => c.token === 'xoxb-one-secret')).toEqual([]);
    expect(logs.some((line) => line.includes('slack request from a workspace without an installation'))).toBe(
      true,
    );
    expect(fake.callsTo('views.open').map((c) => c.args.trigger_id)).toEqual([other.triggerId]);
  });
});

/** Poll a condition (a deadline, not a speed assertion). */
async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
