import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import type { SlackConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/app.ts';
import { oauthReceiverOptions, type WorkspaceRef } from '../../src/slack/oauth.ts';
import { BOT_SCOPES } from '../../src/slack/scopes.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { MemoryInstallationStore } from '../../src/store/installations/memory.ts';
import type { Installation, InstallationQuery } from '../../src/store/installations/store.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
import { eventEnvelope, postSigned, TEST_SIGNING_SECRET } from '../helpers/slack-requests.ts';

const oauth = { clientId: '1.2', clientSecret: 'client-secret', stateSecret: 'state-secret-0123456789' };
const distributed: SlackConfig = {
  botToken: null,
  mode: 'http',
  signingSecret: TEST_SIGNING_SECRET,
  appToken: null,
  apiUrl: null,
  port: 0,
  host: '127.0.0.1',
  oauth,
};
const local = new LocalEngine();
const deps = {
  coach: local.asCoach(),
  techniques: local.techniques,
  store: requestStore(new MemoryStore()),
};

const installationFor = (team: string, user?: string): Installation =>
  ({
    team: { id: team },
    enterprise: undefined,
    user: { id: user ?? 'UINSTALLER', token: user ? `xoxp-${user}` : undefined, scopes: undefined },
    bot: { id: 'B1', userId: 'UBOT', token: `xoxb-${team}`, scopes: ['commands'] },
    isEnterpriseInstall: false,
    authVersion: 'v2',
  }) as Installation;

const query = (teamId: string, userId?: string) =>
  ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false, userId }) as InstallationQuery<boolean>;

describe('the distributed app', () => {
  it('asks for the shared bot scopes and chat:write and im:write as user scopes, through the given Web API settings', () => {
    const clientOptions = { slackApiUrl: 'http://127.0.0.1:1/api/' };
    const options = oauthReceiverOptions(oauth, { store: new MemoryInstallationStore() }, clientOptions);
    expect(options).toMatchObject({
      clientId: '1.2',
      clientSecret: 'client-secret',
      stateSecret: oauth.stateSecret,
    });
    expect(options.scopes).toEqual([...BOT_SCOPES]);
    expect(options.installerOptions).toMatchObject({
      userScopes: ['chat:write', 'im:write'],
      installPath: '/slack/install',
      redirectUriPath: '/slack/oauth_redirect',
      stateVerification: true,
      clientOptions,
    });
  });

  it('refuses to build without an installation store, or in Socket Mode', () => {
    const logger = createLogger('error', () => {});
    expect(() => createSlackApp({ ...deps, logger, slack: distributed })).toThrow(/installation store/);
    expect(() =>
      createSlackApp({
        ...deps,
        logger,
        slack: { ...distributed, mode: 'socket', appToken: 'xapp-1' },
        installations: { store: new MemoryInstallationStore() },
      }),
    ).toThrow(/HTTP mode/);
  });
});

describe('tokens_revoked and app_uninstalled over HTTP', () => {
  let fake: FakeSlackApi;
  let slack: SlackApp;
  let url: string;
  const logs: string[] = [];
  const store = new MemoryInstallationStore();
  const uninstalled: WorkspaceRef[] = [];
  let failNextDelete = false;
  let failNextFetch = false;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    slack = createSlackApp({
      ...deps,
      logger: createLogger('info', (line) => {
        logs.push(line);
      }),
      slack: { ...distributed, apiUrl: fake.apiUrl },
      installations: {
        store: {
          storeInstallation: (i) => store.storeInstallation(i),
          fetchInstallation: async (q) => {
            if (failNextFetch) {
              failNextFetch = false;
              throw new Error('connection refused (xoxb-should-not-be-logged)');
            }
            return store.fetchInstallation(q);
          },
          deleteInstallation: async (q) => {
            if (failNextDelete) {
              failNextDelete = false;
              throw new Error('connection refused (xoxb-should-not-be-logged)');
            }
            await store.deleteInstallation(q);
          },
        },
        onUninstall: async (workspace) => {
          uninstalled.push(workspace);
        },
      },
    });
    const { port } = await slack.start();
    url = `http://127.0.0.1:${port}${EVENTS_PATH}`;
  });
  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
  });

  const send = (team: string, event: Record<string, unknown>) =>
    postSigned(
      { url, secret: TEST_SIGNING_SECRET },
      JSON.stringify({ ...eventEnvelope(event), team_id: team, authorizations: [] }),
      'application/json',
    );

  const waitForLog = async (text: string) => {
    const deadline = Date.now() + 5_000;
    while (!logs.some((l) => l.includes(text))) {
      if (Date.now() > deadline) throw new Error(`no log line with ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it("a revoked bot token deletes the workspace's tokens, but not its settings (no onUninstall)", async () => {
    await store.storeInstallation(installationFor('T1', 'UA'));
    await store.storeInstallation(installationFor('T2'));
    expect((await send('T1', { type: 'tokens_revoked', tokens: { bot: ['UBOT'] } })).status).toBe(200);
    await waitForLog('slack tokens revoked');
    await expect(store.fetchInstallation(query('T1', 'UA'))).rejects.toThrow(/No Parley installation/);
    expect((await store.fetchInstallation(query('T2'))).bot?.token).toBe('xoxb-T2');
    expect(uninstalled).toEqual([]);
  });

  it('tells a workspace without an installation from an installation store that failed', async () => {
    const appHome = { type: 'app_home_opened', user: 'UA', channel: 'DUA', tab: 'home' };
    await send('T9', appHome);
    await waitForLog('slack request from a workspace without an installation');
    await store.storeInstallation(installationFor('T3'));
    failNextFetch = true;
    await send('T3', appHome);
    await waitForLog('slack installation lookup failed');
    const line = logs.find((l) => l.includes('slack installation lookup failed'))!;
    expect(JSON.parse(line)).toMatchObject({ level: 'error', kind: 'Error' });
    expect(logs.join('\n')).not.toContain('xoxb-should-not-be-logged');
    expect(fake.callsTo('views.publish')).toEqual([]);
  });

  it('logs a failed cleanup by kind, without the error text, and the app keeps answering', async () => {
    failNextDelete = true;
    await send('T2', { type: 'app_uninstalled' });
    await waitForLog('slack uninstall cleanup failed');
    expect(logs.join('\n')).not.toContain('xoxb-should-not-be-logged');
    expect(uninstalled).toEqual([]);
    await send('T2', { type: 'app_uninstalled' });
    await waitForLog('slack workspace uninstalled');
    expect(uninstalled).toEqual([{ teamId: 'T2', enterpriseId: null, isEnterpriseInstall: false }]);
  });
});
