/**
 * Where a distributed app keeps each workspace's installation: the bot token Bolt answers that
 * workspace with, and the user tokens people granted for posting as themselves. Both
 * implementations (memory for tests and one process, PostgreSQL for a fleet) follow Bolt's
 * InstallationStore contract, so Bolt's OAuth flow stores and Bolt's authorize fetches through it.
 *
 * An installation is keyed by workspace (`team:T…`), or by organization (`enterprise:E…`) for an
 * org-wide install; team ids are unique across Slack, so a workspace inside an organization needs
 * no enterprise part in its key. User tokens are keyed by installation and user.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';

export type { Installation, InstallationQuery };

/** What an installation is stored under; the same string is bound into its sealed tokens. */
export function installationKey(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): string {
  if (query.isEnterpriseInstall) {
    if (!query.enterpriseId) throw new NotInstalledError('an org-wide install without an enterprise id');
    return `enterprise:${query.enterpriseId}`;
  }
  if (!query.teamId) throw new NotInstalledError('a workspace install without a team id');
  return `team:${query.teamId}`;
}

/** The key of the installation an OAuth grant belongs to. */
export const keyOfInstallation = (installation: Installation): string =>
  installationKey({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall,
  });

/**
 * No installation for this workspace (never installed, or uninstalled): Bolt turns it into an
 * authorization failure, so nothing is answered with a token. Carries ids only.
 */
export class NotInstalledError extends Error {
  constructor(what: string) {
    super(`No Parley installation for ${what}`);
    this.name = 'NotInstalledError';
  }
}

/** One token with what goes with it; `token` is plain here and sealed wherever it is stored outside the process. */
export interface StoredToken {
  token: string;
  scopes: string[];
  refreshToken?: string | undefined;
  /** Unix seconds, with token rotation. */
  expiresAt?: number | undefined;
}

/** The plain fields a stored installation keeps: ids, scopes and dates. Names and URLs are not kept. */
export interface InstallationRecord {
  key: string;
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  appId: string | null;
  /** Who installed; their user token, if they granted one, is among the user tokens. */
  installerUserId: string;
  bot: StoredToken & { botId: string; botUserId: string };
}

/** Bolt's InstallationStore with every method present, plus closing what it holds. */
export interface InstallationStoreWithClose extends InstallationStore {
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  close(): Promise<void>;
}

/** The record Bolt's OAuth flow hands over, reduced to what is kept; null for a grant without a bot (a user-only grant). */
export function recordOf(installation: Installation, key: string): InstallationRecord | null {
  const bot = installation.bot;
  if (!bot) return null;
  return {
    key,
    teamId: installation.team?.id ?? null,
    enterpriseId: installation.enterprise?.id ?? null,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
    appId: installation.appId ?? null,
    installerUserId: installation.user.id,
    bot: {
      token: bot.token,
      scopes: bot.scopes,
      refreshToken: bot.refreshToken,
      expiresAt: bot.expiresAt,
      botId: bot.id,
      botUserId: bot.userId,
    },
  };
}

/** The user token an OAuth grant carries, if the user granted one. */
export function userTokenOf(installation: Installation): StoredToken | null {
  const user = installation.user;
  if (!user.token) return null;
  return {
    token: user.token,
    scopes: user.scopes ?? [],
    refreshToken: user.refreshToken,
    expiresAt: user.expiresAt,
  };
}

/**
 * What Bolt's authorize reads back: the workspace's bot, and the asking user's token when they
 * granted one (Bolt puts it in `context.userToken`).
 */
export function installationOf(
  record: InstallationRecord,
  user: { id: string; token: StoredToken | null },
): Installation {
  return {
    team: record.teamId ? { id: record.teamId } : undefined,
    enterprise: record.enterpriseId ? { id: record.enterpriseId } : undefined,
    user: {
      id: user.id,
      token: user.token?.token,
      scopes: user.token?.scopes,
      refreshToken: user.token?.refreshToken,
      expiresAt: user.token?.expiresAt,
    },
    bot: {
      id: record.bot.botId,
      userId: record.bot.botUserId,
      token: record.bot.token,
      scopes: record.bot.scopes,
      refreshToken: record.bot.refreshToken,
      expiresAt: record.bot.expiresAt,
    },
    appId: record.appId ?? undefined,
    tokenType: 'bot',
    isEnterpriseInstall: record.isEnterpriseInstall,
    authVersion: 'v2',
  } as Installation;
}
