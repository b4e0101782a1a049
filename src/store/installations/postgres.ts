/**
 * Installations in PostgreSQL, shared by every instance of a distributed app. Tokens (bot, user,
 * and refresh tokens) are sealed with AES-256-GCM before they leave the process, with the
 * installation key (and user id) bound in as context, so a sealed token copied to another row does
 * not open. A token sealed under a previous key still opens; storing again seals with the current one.
 */
import type pg from 'pg';
import type { Sealer } from '../../crypto/sealed.ts';
import {
  type Installation,
  type InstallationQuery,
  type InstallationRecord,
  type InstallationStoreWithClose,
  installationKey,
  installationOf,
  keyOfInstallation,
  NotInstalledError,
  recordOf,
  type StoredToken,
  userTokenOf,
} from './store.ts';

export interface PgInstallationStoreOptions {
  pool: pg.Pool;
  sealer: Sealer;
  /** Close the pool with the store (true when the store made it). */
  ownsPool?: boolean;
}

/** Sealing contexts: which slot a sealed value belongs to. */
const botContext = (key: string) => `installation:${key}:bot`;
const botRefreshContext = (key: string) => `installation:${key}:bot-refresh`;
const userContext = (key: string, user: string) => `installation:${key}:user:${user}`;
const userRefreshContext = (key: string, user: string) => `installation:${key}:user-refresh:${user}`;

interface InstallationRow {
  install_key: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean;
  app_id: string | null;
  installer_user_id: string;
  bot_id: string;
  bot_user_id: string;
  bot_scopes: string;
  bot_token_sealed: string;
  bot_refresh_token_sealed: string | null;
  bot_expires_at: string | null;
}

interface UserTokenRow {
  scopes: string;
  token_sealed: string;
  refresh_token_sealed: string | null;
  expires_at: string | null;
}

/** The user-token columns of fetchInstallation's join (all null without a grant). */
interface JoinedUserToken {
  token_user_id: string | null;
  user_scopes: string | null;
  user_token_sealed: string | null;
  user_refresh_token_sealed: string | null;
  user_expires_at: string | null;
}

const scopesOf = (text: string) => (text ? text.split(',') : []);
const secondsOf = (value: string | null) => (value === null ? undefined : Number(value));

export class PgInstallationStore implements InstallationStoreWithClose {
  private readonly pool: pg.Pool;
  private readonly sealer: Sealer;
  private readonly ownsPool: boolean;

  constructor(options: PgInstallationStoreOptions) {
    this.pool = options.pool;
    this.sealer = options.sealer;
    this.ownsPool = options.ownsPool ?? false;
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOfInstallation(installation);
    const record = recordOf(installation, key);
    const userToken = userTokenOf(installation);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if (record) await this.upsertInstallation(client, record);
      if (userToken) {
        const inserted = await this.upsertUserToken(client, key, installation.user.id, userToken);
        // A user-only grant for a workspace that never installed the bot has nowhere to go.
        if (!inserted) throw new NotInstalledError(key);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKey(query);
    // One round trip per request: the installation, and the asking user's token if they granted one.
    const found = await this.pool.query<InstallationRow & JoinedUserToken>(
      `SELECT i.*, u.user_id AS token_user_id, u.scopes AS user_scopes, u.token_sealed AS user_token_sealed,
              u.refresh_token_sealed AS user_refresh_token_sealed, u.expires_at AS user_expires_at
         FROM installations i
         LEFT JOIN installation_user_tokens u
           ON u.install_key = i.install_key AND u.user_id = COALESCE($2, i.installer_user_id)
        WHERE i.install_key = $1`,
      [key, query.userId ?? null],
    );
    const row = found.rows[0];
    if (!row) throw new NotInstalledError(key);
    const record = this.openInstallation(row);
    const userId = query.userId ?? record.installerUserId;
    const token =
      row.token_user_id !== null && row.user_token_sealed !== null
        ? this.openUserToken(key, userId, {
            scopes: row.user_scopes ?? '',
            token_sealed: row.user_token_sealed,
            refresh_token_sealed: row.user_refresh_token_sealed,
            expires_at: row.user_expires_at,
          })
        : null;
    return installationOf(record, { id: userId, token });
  }

  /** With a userId: that user's token only. Without: the installation and, by cascade, every user token in it. */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = installationKey(query);
    if (query.userId) {
      await this.pool.query('DELETE FROM installation_user_tokens WHERE install_key = $1 AND user_id = $2', [
        key,
        query.userId,
      ]);
      return;
    }
    await this.pool.query('DELETE FROM installations WHERE install_key = $1', [key]);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private async upsertInstallation(client: pg.PoolClient, record: InstallationRecord): Promise<void> {
    const { key, bot } = record;
    await client.query(
      `INSERT INTO installations (install_key, team_id, enterprise_id, is_enterprise_install, app_id,
         installer_user_id, bot_id, bot_user_id, bot_scopes, bot_token_sealed, bot_refresh_token_sealed,
         bot_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (install_key) DO UPDATE SET
         team_id = EXCLUDED.team_id, enterprise_id = EXCLUDED.enterprise_id,
         is_enterprise_install = EXCLUDED.is_enterprise_install, app_id = EXCLUDED.app_id,
         installer_user_id = EXCLUDED.installer_user_id, bot_id = EXCLUDED.bot_id,
         bot_user_id = EXCLUDED.bot_user_id, bot_scopes = EXCLUDED.bot_scopes,
         bot_token_sealed = EXCLUDED.bot_token_sealed,
         bot_refresh_token_sealed = EXCLUDED.bot_refresh_token_sealed,
         bot_expires_at = EXCLUDED.bot_expires_at, updated_at = now()`,
      [
        key,
        record.teamId,
        record.enterpriseId,
        record.isEnterpriseInstall,
        record.appId,
        record.installerUserId,
        bot.botId,
        bot.botUserId,
        bot.scopes.join(','),
        this.sealer.seal(bot.token, botContext(key)),
        bot.refreshToken ? this.sealer.seal(bot.refreshToken, botRefreshContext(key)) : null,
        bot.expiresAt ?? null,
      ],
    );
  }

  /** False when the installation it belongs to is not there. */
  private async upsertUserToken(
    client: pg.PoolClient,
    key: string,
    userId: string,
    token: StoredToken,
  ): Promise<boolean> {
    const result = await client.query(
      `INSERT INTO installation_user_tokens (install_key, user_id, scopes, token_sealed,
         refresh_token_sealed, expires_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM installations WHERE install_key = $1)
       ON CONFLICT (install_key, user_id) DO UPDATE SET
         scopes = EXCLUDED.scopes, token_sealed = EXCLUDED.token_sealed,
         refresh_token_sealed = EXCLUDED.refresh_token_sealed, expires_at = EXCLUDED.expires_at,
         updated_at = now()`,
      [
        key,
        userId,
        token.scopes.join(','),
        this.sealer.seal(token.token, userContext(key, userId)),
        token.refreshToken ? this.sealer.seal(token.refreshToken, userRefreshContext(key, userId)) : null,
        token.expiresAt ?? null,
      ],
    );
    return (result.rowCount ?? 0) > 0;
  }

  private openInstallation(row: InstallationRow): InstallationRecord {
    const key = row.install_key;
    return {
      key,
      teamId: row.team_id,
      enterpriseId: row.enterprise_id,
      isEnterpriseInstall: row.is_enterprise_install,
      appId: row.app_id,
      installerUserId: row.installer_user_id,
      bot: {
        botId: row.bot_id,
        botUserId: row.bot_user_id,
        scopes: scopesOf(row.bot_scopes),
        token: this.sealer.open(row.bot_token_sealed, botContext(key)),
        refreshToken: row.bot_refresh_token_sealed
          ? this.sealer.open(row.bot_refresh_token_sealed, botRefreshContext(key))
          : undefined,
        expiresAt: secondsOf(row.bot_expires_at),
      },
    };
  }

  private openUserToken(key: string, userId: string, row: UserTokenRow): StoredToken {
    return {
      scopes: scopesOf(row.scopes),
      token: this.sealer.open(row.token_sealed, userContext(key, userId)),
      refreshToken: row.refresh_token_sealed
        ? this.sealer.open(row.refresh_token_sealed, userRefreshContext(key, userId))
        : undefined,
      expiresAt: secondsOf(row.expires_at),
    };
  }
}
