/**
 * Which workspace a Slack request belongs to, for the store (src/store/scoped.ts). One global
 * middleware reads the team and enterprise Bolt resolved for the request and runs the rest of
 * the chain inside an AsyncLocalStorage scope, so every store call made while handling it, even
 * after an await or in a timer it started, is keyed by that workspace. Threading a team argument
 * through every listener would touch each of them and let one forget it; the scope cannot be
 * forgotten. The AsyncLocalStorage holds nothing between requests, so it is safe as one per process.
 *
 * A payload that names no workspace (none does in practice: Bolt finds the team in
 * authorizations, team_id, team.id or user.team_id) is handled as the default team ('').
 * In single-workspace mode main.ts gives the default team's rows to the token's workspace at start.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { errorKind, type Logger } from '../log.ts';
import { scopedStore } from '../store/scoped.ts';
import { DEFAULT_TEAM, type Store, type TeamKey, type TeamStore } from '../store/store.ts';

const scope = new AsyncLocalStorage<TeamKey>();

/** The workspace of the request being handled, or undefined outside any request. */
export function currentTeam(): TeamKey | undefined {
  return scope.getStore();
}

/** Run `work` as if handling a request from `team` (tests, start-up tasks). */
export function withTeam<T>(team: TeamKey, work: () => T): T {
  return scope.run(team, work);
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const id = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z0-9]{1,32}$/i.test(value) ? value : undefined;

/** The team of a request: Bolt's context first, then the body's own fields. */
export function teamOf(context: Pick<Context, 'teamId' | 'enterpriseId'>, body: unknown): TeamKey {
  const fields = record(body) ?? {};
  const team =
    id(context.teamId) ??
    id(fields.team_id) ??
    id(record(fields.team)?.id) ??
    id(record(fields.user)?.team_id) ??
    DEFAULT_TEAM.team;
  const enterprise =
    id(context.enterpriseId) ??
    id(fields.enterprise_id) ??
    id(record(fields.enterprise)?.id) ??
    id(record(fields.team)?.enterprise_id) ??
    null;
  return { team, enterprise };
}

export function teamScope(): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    await scope.run(teamOf(args.context, args.body), () => args.next());
  };
}

/**
 * The Store for listeners: each call is keyed by the workspace of the request it is made for.
 * Outside any request (start-up tasks, tests setting things up) it is `fallback`'s.
 */
export function requestStore(store: TeamStore, fallback: TeamKey = DEFAULT_TEAM): Store {
  return scopedStore(store, () => scope.getStore() ?? fallback);
}

/**
 * Single-workspace mode (one bot token): settings saved before they were kept per workspace sit
 * under the default team; give them to the token's workspace (auth.test names it) so an upgrade
 * loses nothing. Idempotent, so every start may run it. If Slack or the store cannot be reached
 * it is logged and tried again at the next start; the app starts either way.
 */
export async function adoptDefaultTeamSettings(
  client: Pick<WebClient, 'auth'>,
  store: TeamStore,
  logger: Logger,
): Promise<void> {
  try {
    const auth = await client.auth.test();
    const team = id(auth.team_id);
    if (!team) return;
    await store.adoptDefaultTeam({ team, enterprise: id(auth.enterprise_id) ?? null });
  } catch (error) {
    logger.warn('earlier settings not yet moved to this workspace', { kind: errorKind(error) });
  }
}

/**
 * What an uninstall also forgets: the workspace's settings and counters, with its tokens. An
 * org-wide install names no single team; its workspaces' rows stay until each one uninstalls.
 */
export function forgetWorkspace(
  store: Pick<TeamStore, 'deleteTeam'>,
): (workspace: { teamId: string | null; enterpriseId: string | null }) => Promise<void> {
  return async (workspace) => {
    if (workspace.teamId)
      await store.deleteTeam({ team: workspace.teamId, enterprise: workspace.enterpriseId });
  };
}
