/**
 * Starts Parley in HTTP mode on 127.0.0.1 (port 0) against the fake Slack Web API, with the
 * offline engine and an in-memory store, and records every log line. With `distributed`, it runs
 * as the distributed app (OAuth, installations in memory) with the test workspace installed.
 */
import type { Installation } from '@slack/bolt';
import type { Coach } from '../../src/coach/coach.ts';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import type { LogLevel } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/app.ts';
import { ACTION_DRAFT, BLOCK_DRAFT, VIEW_COACH_DRAFT } from '../../src/slack/ids.ts';
import { BOT_SCOPES, USER_SCOPES } from '../../src/slack/scopes.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { MemoryInstallationStore } from '../../src/store/installations/memory.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import type { Store, TeamKey, TeamStore } from '../../src/store/store.ts';
import { type ApiCall, type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
import { overBudget } from '../helpers/budget.ts';
import {
  postInteraction,
  type SlackTarget,
  TEST_SIGNING_SECRET,
  TEST_TEAM_ID,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';

/** The workspace the helpers' requests come from (and that `store` reads outside a request). */
export const TEST_TEAM: TeamKey = { team: TEST_TEAM_ID, enterprise: null };

export interface Harness {
  fake: FakeSlackApi;
  slack: SlackApp;
  /** The test workspace's settings (what requests from TEST_TEAM_ID read and write). */
  store: Store;
  /** Every workspace's settings, keyed by team. */
  teamStore: TeamStore;
  /** The app's base URL, e.g. http://127.0.0.1:1234 */
  baseUrl: string;
  /** Where signed requests go. */
  target: SlackTarget;
  /** Every log line the app wrote (JSON). */
  logs: string[];
  /** Distributed mode only: the installations Bolt authorizes with (bot and user tokens). */
  installations: MemoryInstallationStore | null;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Wraps the offline coach (slow or failing engines). */
  coach?: (local: Coach) => Coach;
  logLevel?: LogLevel;
  thinkingAfterMs?: number;
  store?: TeamStore;
  /** Run as the distributed app (OAuth), the test workspace installed with DISTRIBUTED_BOT_TOKEN. */
  distributed?: boolean;
}

/** The test workspace's bot token in distributed mode. */
export const DISTRIBUTED_BOT_TOKEN = 'xoxb-dist-secret';

/**
 * What Bolt's OAuth flow stores when `user` installs Parley into the test workspace: the bot, and
 * the user's own token when they allowed Parley to post as them.
 */
export function testInstallation(user: string, userToken?: string): Installation {
  return {
    team: { id: TEST_TEAM_ID },
    enterprise: undefined,
    user: userToken ? { id: user, token: userToken, scopes: [...USER_SCOPES] } : { id: user },
    bot: { id: 'B0PARLEY', userId: 'U0PARLEY', token: DISTRIBUTED_BOT_TOKEN, scopes: [...BOT_SCOPES] },
    appId: 'A0PARLEY',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  } as Installation;
}

/** `user` goes through the OAuth flow and allows Parley to post as them (distributed harness only). */
export async function grantUserToken(h: Harness, user: string, userToken: string): Promise<void> {
  if (!h.installations) throw new Error('grantUserToken needs startHarness({ distributed: true })');
  await h.installations.storeInstallation(testInstallation(user, userToken));
}

let sharedLocal: LocalEngine | undefined;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlackApi();
  sharedLocal ??= new LocalEngine();
  const local = sharedLocal.asCoach();
  const logs: string[] = [];
  const logger = createLogger(options.logLevel ?? 'debug', (line) => {
    logs.push(line);
  });
  const teamStore = options.store ?? new MemoryStore();
  const store = requestStore(teamStore, TEST_TEAM);
  const installations = options.distributed ? new MemoryInstallationStore() : null;
  if (installations) await installations.storeInstallation(testInstallation('U0ADMIN'));
  const slack = createSlackApp({
    slack: {
      botToken: installations ? null : 'xoxb-test-token',
      mode: 'http',
      signingSecret: TEST_SIGNING_SECRET,
      appToken: null,
      apiUrl: fake.apiUrl,
      port: 0,
      host: '127.0.0.1',
      ...(installations
        ? {
            oauth: {
              clientId: '111.222',
              clientSecret: 'client-secret',
              stateSecret: 'state-secret-0123456789',
            },
          }
        : {}),
    },
    coach: options.coach ? options.coach(local) : local,
    techniques: sharedLocal.techniques,
    store,
    logger,
    logLevel: options.logLevel ?? 'debug',
    listeners: options.thinkingAfterMs === undefined ? {} : { thinkingAfterMs: options.thinkingAfterMs },
    ...(installations ? { installations: { store: installations } } : {}),
  });
  const { port } = await slack.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    fake,
    slack,
    store,
    teamStore,
    baseUrl,
    target: { url: `${baseUrl}${EVENTS_PATH}`, secret: TEST_SIGNING_SECRET },
    logs,
    installations,
    async close() {
      await slack.stop();
      await fake.close();
      // Every e2e file checks the first answers it saw against their budgets (tests/helpers/budget.ts).
      const breaches = overBudget(fake.rendered, ['review', 'reading', 'plan']);
      if (breaches.length > 0) {
        throw new Error(`first answers over budget: ${JSON.stringify(breaches)}`);
      }
    },
  };
}

type Json = Record<string, unknown>;

/** The blocks of a recorded message (response_url body or Web API args). */
export function blocksOf(body: Json): Json[] {
  const blocks = body.blocks ?? (body.view as Json | undefined)?.blocks;
  return Array.isArray(blocks) ? (blocks as Json[]) : [];
}

/** The first interactive element with this action_id anywhere in the blocks. */
export function findElement(body: Json, actionId: string): Json | undefined {
  for (const block of blocksOf(body)) {
    const candidates = [
      ...((block.elements as Json[] | undefined) ?? []),
      block.accessory as Json | undefined,
    ];
    const found = candidates.find((e) => e && e.action_id === actionId);
    if (found) return found;
  }
  return undefined;
}

/** The value a button carries (or the first option of a select). */
export function elementValue(body: Json, actionId: string): string {
  const element = findElement(body, actionId);
  if (!element) throw new Error(`No element ${actionId} in the message`);
  if (typeof element.value === 'string') return element.value;
  const options = element.options as { value: string }[] | undefined;
  if (options?.[0]) return options[0].value;
  throw new Error(`Element ${actionId} has no value`);
}

/** Every option value of a select. */
export function optionValues(body: Json, actionId: string): string[] {
  const options = findElement(body, actionId)?.options as { value: string }[] | undefined;
  return (options ?? []).map((o) => o.value);
}

/**
 * Submits the draft form Parley opened (`opened`: its views.open call) with `draft` in the text
 * box, carrying the view's metadata as Slack does; `values` adds the form's other inputs.
 */
export function submitDraftForm(target: SlackTarget, opened: ApiCall, draft: string, values: Json = {}) {
  return postInteraction(
    target,
    viewSubmissionPayload({
      callback_id: VIEW_COACH_DRAFT,
      private_metadata: String((opened.args.view as Json).private_metadata ?? ''),
      values: { [BLOCK_DRAFT]: { [ACTION_DRAFT]: { type: 'plain_text_input', value: draft } }, ...values },
    }),
  );
}
