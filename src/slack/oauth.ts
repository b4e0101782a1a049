/**
 * The distributed app: Bolt's OAuth flow (`/slack/install`, `/slack/oauth_redirect`) and what
 * happens when a workspace leaves. app.ts spreads `oauthReceiverOptions` into its HTTPReceiver and
 * calls `registerInstallationEvents`; everything OAuth-specific lives here.
 */
import { type App, ErrorCode, type HTTPReceiverOptions } from '@slack/bolt';
import type { SlackOAuthConfig } from '../config.ts';
import { errorKind, type Logger } from '../log.ts';
import {
  type InstallationQuery,
  type InstallationStoreWithClose,
  NotInstalledError,
} from '../store/installations/store.ts';
import { BOT_SCOPES, USER_SCOPES } from './scopes.ts';

export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** The workspace (or organization, for an org-wide install) an event came from. */
export interface WorkspaceRef {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}

export interface InstallationOptions {
  store: Pick<InstallationStoreWithClose, 'storeInstallation' | 'fetchInstallation' | 'deleteInstallation'>;
  /**
   * Runs after an uninstall has deleted the workspace's tokens: forget what else Parley keeps for
   * it (its settings). A no-op until the settings store is keyed by team.
   */
  onUninstall?: (workspace: WorkspaceRef) => Promise<void>;
}

/** Options for Bolt's HTTPReceiver that turn on OAuth installs into many workspaces. */
export function oauthReceiverOptions(
  oauth: SlackOAuthConfig,
  installations: InstallationOptions,
  /** The Web API client settings (base URL in tests, transport): the OAuth exchange uses them too. */
  clientOptions: NonNullable<HTTPReceiverOptions['installerOptions']>['clientOptions'],
): Partial<HTTPReceiverOptions> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: installations.store,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      userScopes: [...USER_SCOPES],
      // /slack/install goes straight to Slack's consent screen (with a signed state and its cookie).
      directInstall: true,
      stateVerification: true,
      clientOptions,
    },
  };
}

interface EventContext {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

const workspaceOf = (context: EventContext): WorkspaceRef => ({
  teamId: context.teamId ?? null,
  enterpriseId: context.enterpriseId ?? null,
  isEnterpriseInstall: context.isEnterpriseInstall === true,
});

const queryOf = (workspace: WorkspaceRef, userId?: string): InstallationQuery<boolean> =>
  ({
    teamId: workspace.teamId ?? undefined,
    enterpriseId: workspace.enterpriseId ?? undefined,
    isEnterpriseInstall: workspace.isEnterpriseInstall,
    ...(userId ? { userId } : {}),
  }) as InstallationQuery<boolean>;

/** The store query for one person's user token in the workspace a request came from. */
export const userTokenQuery = (context: EventContext, userId: string): InstallationQuery<boolean> =>
  queryOf(workspaceOf(context), userId);

/**
 * `app_uninstalled`: delete the workspace's installation (bot and every user token), then its
 * other data through onUninstall. `tokens_revoked`: delete the revoked user tokens; a revoked bot
 * token deletes the installation's tokens as well (nothing can be answered without it), but
 * settings stay until the app is uninstalled. Bolt skips authorization for both events, so they
 * arrive even though the tokens no longer work.
 */
export function registerInstallationEvents(app: App, options: InstallationOptions, logger: Logger): void {
  const { store } = options;
  const onUninstall = options.onUninstall ?? (async () => {});

  app.event('app_uninstalled', async ({ context }) => {
    const workspace = workspaceOf(context);
    try {
      await store.deleteInstallation(queryOf(workspace));
      await onUninstall(workspace);
      logger.info('slack workspace uninstalled: tokens deleted', { ...workspace });
    } catch (error) {
      logger.error('slack uninstall cleanup failed', { ...workspace, kind: errorKind(error) });
    }
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    const workspace = workspaceOf(context);
    const users = event.tokens.oauth ?? [];
    const bot = (event.tokens.bot ?? []).length > 0;
    try {
      for (const user of users) await store.deleteInstallation(queryOf(workspace, user));
      if (bot) await store.deleteInstallation(queryOf(workspace));
      logger.info('slack tokens revoked: tokens deleted', { ...workspace, users: users.length, bot });
    } catch (error) {
      logger.error('slack token revocation cleanup failed', { ...workspace, kind: errorKind(error) });
    }
  });
}

/** The error an authorization failure wraps (Bolt and @slack/oauth each wrap it once). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { original?: unknown } | null)?.original;
    if (inner === undefined) break;
    current = inner;
  }
  return current;
}

/**
 * Logs a failed installation lookup and returns true, or returns false for any other error. A
 * workspace without an installation is expected (it uninstalled; a retry arrived late) and is a
 * warning; the store failing (database down, a key that cannot open the tokens) is an error, by kind.
 */
export function logAuthorizationFailure(error: unknown, logger: Logger): boolean {
  if ((error as { code?: unknown } | null)?.code !== ErrorCode.AuthorizationError) return false;
  const cause = rootCause(error);
  if (cause instanceof NotInstalledError) {
    logger.warn('slack request from a workspace without an installation', {
      code: ErrorCode.AuthorizationError,
    });
  } else {
    logger.error('slack installation lookup failed', {
      code: ErrorCode.AuthorizationError,
      kind: errorKind(cause),
    });
  }
  return true;
}
