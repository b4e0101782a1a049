/**
 * Installations in this process only: for tests and for trying the OAuth flow locally. Lost on
 * restart, so the distributed app in production uses PostgreSQL (./postgres.ts).
 */
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

export class MemoryInstallationStore implements InstallationStoreWithClose {
  private readonly installations = new Map<string, InstallationRecord>();
  /** Per installation key, per user. */
  private readonly userTokens = new Map<string, Map<string, StoredToken>>();

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOfInstallation(installation);
    const record = recordOf(installation, key);
    if (record) this.installations.set(key, record);
    else if (!this.installations.has(key)) throw new NotInstalledError(key);
    const token = userTokenOf(installation);
    if (!token) return;
    let users = this.userTokens.get(key);
    if (!users) {
      users = new Map();
      this.userTokens.set(key, users);
    }
    users.set(installation.user.id, token);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKey(query);
    const record = this.installations.get(key);
    if (!record) throw new NotInstalledError(key);
    const userId = query.userId ?? record.installerUserId;
    return installationOf(record, { id: userId, token: this.userTokens.get(key)?.get(userId) ?? null });
  }

  /** With a userId: that user's token only. Without: the whole installation and every user token in it. */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = installationKey(query);
    if (query.userId) {
      this.userTokens.get(key)?.delete(query.userId);
      return;
    }
    this.installations.delete(key);
    this.userTokens.delete(key);
  }

  async close(): Promise<void> {}
}
