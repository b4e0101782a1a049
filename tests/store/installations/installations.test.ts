import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSealer } from '../../../src/crypto/sealed.ts';
import { MemoryInstallationStore } from '../../../src/store/installations/memory.ts';
import {
  INSTALLATION_MIGRATIONS,
  migrateInstallations,
} from '../../../src/store/installations/migrations.ts';
import { openInstallationStore } from '../../../src/store/installations/open.ts';
import { PgInstallationStore } from '../../../src/store/installations/postgres.ts';
import {
  type Installation,
  type InstallationQuery,
  type InstallationStoreWithClose,
  NotInstalledError,
} from '../../../src/store/installations/store.ts';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../../helpers/postgres-schema.ts';

/** An installation as Bolt's OAuth flow builds it from oauth.v2.access. */
function grant(
  team: string,
  options: { user?: string; userToken?: string; bot?: boolean; enterprise?: string; orgWide?: boolean } = {},
): Installation {
  const user = options.user ?? `U${team}`;
  return {
    team: options.orgWide ? undefined : { id: team, name: `Team ${team}` },
    enterprise: options.enterprise ? { id: options.enterprise, name: 'Org' } : undefined,
    user: {
      id: user,
      token: options.userToken,
      scopes: options.userToken ? ['chat:write'] : undefined,
    },
    bot:
      options.bot === false
        ? undefined
        : {
            id: `B${team}`,
            userId: `UB${team}`,
            token: `xoxb-${team}-secret`,
            scopes: ['commands', 'chat:write'],
          },
    appId: 'A0PARLEY',
    tokenType: 'bot',
    isEnterpriseInstall: options.orgWide === true,
    authVersion: 'v2',
  } as Installation;
}

const q = (teamId: string, userId?: string): InstallationQuery<boolean> =>
  ({
    teamId,
    enterpriseId: undefined,
    isEnterpriseInstall: false,
    ...(userId ? { userId } : {}),
  }) as InstallationQuery<boolean>;

function contract(name: string, open: () => Promise<InstallationStoreWithClose>) {
  describe(`${name} installation store`, () => {
    let store: InstallationStoreWithClose;
    beforeEach(async () => {
      store = await open();
    });

    it('gives back the bot of the installed workspace and refuses one never installed', async () => {
      await store.storeInstallation(grant('T1'));
      const found = await store.fetchInstallation(q('T1'));
      expect(found.bot).toMatchObject({ token: 'xoxb-T1-secret', id: 'BT1', userId: 'UBT1' });
      expect(found.bot?.scopes).toEqual(['commands', 'chat:write']);
      expect(found.team?.id).toBe('T1');
      await expect(store.fetchInstallation(q('T9'))).rejects.toBeInstanceOf(NotInstalledError);
    });

    it("keeps each user's token for that user only", async () => {
      await store.storeInstallation(grant('T1', { user: 'UALICE', userToken: 'xoxp-alice' }));
      await store.storeInstallation(grant('T1', { user: 'UBOB', userToken: 'xoxp-bob' }));
      expect((await store.fetchInstallation(q('T1', 'UALICE'))).user).toMatchObject({
        id: 'UALICE',
        token: 'xoxp-alice',
        scopes: ['chat:write'],
      });
      expect((await store.fetchInstallation(q('T1', 'UBOB'))).user.token).toBe('xoxp-bob');
      const carol = await store.fetchInstallation(q('T1', 'UCAROL'));
      expect(carol.user).toMatchObject({ id: 'UCAROL', token: undefined });
      expect(carol.bot?.token).toBe('xoxb-T1-secret');
    });

    it('adds a user-only grant to an installed workspace, and refuses one for a workspace never installed', async () => {
      await store.storeInstallation(grant('T1'));
      await store.storeInstallation(grant('T1', { user: 'UALICE', userToken: 'xoxp-alice', bot: false }));
      const found = await store.fetchInstallation(q('T1', 'UALICE'));
      expect(found.user.token).toBe('xoxp-alice');
      expect(found.bot?.token).toBe('xoxb-T1-secret');
      await expect(
        store.storeInstallation(grant('T2', { userToken: 'xoxp-x', bot: false })),
      ).rejects.toBeInstanceOf(NotInstalledError);
    });

    it("keeps two workspaces apart, and deleting one leaves the other's tokens", async () => {
      await store.storeInstallation(grant('T1', { user: 'UA', userToken: 'xoxp-a' }));
      await store.storeInstallation(grant('T2', { user: 'UA', userToken: 'xoxp-a2' }));
      expect((await store.fetchInstallation(q('T2', 'UA'))).user.token).toBe('xoxp-a2');
      await store.deleteInstallation(q('T1'));
      await expect(store.fetchInstallation(q('T1'))).rejects.toBeInstanceOf(NotInstalledError);
      const other = await store.fetchInstallation(q('T2', 'UA'));
      expect(other.bot?.token).toBe('xoxb-T2-secret');
      expect(other.user.token).toBe('xoxp-a2');
    });

    it("deletes a revoked user's token only, and every user token with the installation", async () => {
      await store.storeInstallation(grant('T1', { user: 'UA', userToken: 'xoxp-a' }));
      await store.storeInstallation(grant('T1', { user: 'UB', userToken: 'xoxp-b' }));
      await store.deleteInstallation(q('T1', 'UA'));
      expect((await store.fetchInstallation(q('T1', 'UA'))).user.token).toBeUndefined();
      expect((await store.fetchInstallation(q('T1', 'UB'))).user.token).toBe('xoxp-b');
      await store.deleteInstallation(q('T1'));
      // A reinstall starts without the old user tokens.
      await store.storeInstallation(grant('T1', { user: 'UC' }));
      expect((await store.fetchInstallation(q('T1', 'UB'))).user.token).toBeUndefined();
    });

    it('keys an org-wide install by its enterprise', async () => {
      await store.storeInstallation(grant('', { enterprise: 'E1', orgWide: true }));
      const found = await store.fetchInstallation({
        teamId: undefined,
        enterpriseId: 'E1',
        isEnterpriseInstall: true,
      } as InstallationQuery<boolean>);
      expect(found.enterprise?.id).toBe('E1');
      expect(found.isEnterpriseInstall).toBe(true);
    });
  });
}

contract('memory', async () => new MemoryInstallationStore());

describe('PostgreSQL installations', () => {
  let schema: TestSchema;
  const key = randomBytes(32);
  beforeAll(async () => {
    schema = await createTestSchema('installations');
    await migrateInstallations(schema.pool);
  });
  afterAll(async () => {
    await schema?.drop();
  });
  beforeEach(async () => {
    await schema.pool.query('TRUNCATE installations CASCADE');
  });

  const storeWith = (current: Buffer, previous: Buffer[] = []) =>
    new PgInstallationStore({ pool: schema.pool, sealer: createSealer(current, previous) });

  contract('PostgreSQL', async () => storeWith(key));

  it('keeps no plain token in any row', async () => {
    await storeWith(key).storeInstallation(grant('T1', { user: 'UA', userToken: 'xoxp-user-secret' }));
    const rows = [
      ...(await schema.pool.query('SELECT * FROM installations')).rows,
      ...(await schema.pool.query('SELECT * FROM installation_user_tokens')).rows,
    ];
    expect(rows).toHaveLength(2);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('xoxb-');
    expect(text).not.toContain('xoxp-');
    expect(text).not.toContain('secret');
    expect(rows[0].bot_token_sealed).toMatch(/^v1\./);
    expect(rows[1].token_sealed).toMatch(/^v1\./);
  });

  it('opens tokens sealed under the previous key after a rotation, and seals them again with the new key', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    await storeWith(oldKey).storeInstallation(grant('T1', { user: 'UA', userToken: 'xoxp-a' }));
    const rotated = storeWith(newKey, [oldKey]);
    const found = await rotated.fetchInstallation(q('T1', 'UA'));
    expect(found.bot?.token).toBe('xoxb-T1-secret');
    expect(found.user.token).toBe('xoxp-a');
    // Without the previous key the old seal no longer opens...
    await expect(storeWith(newKey).fetchInstallation(q('T1'))).rejects.toThrow(/could not be opened/);
    // ...until the installation is stored again, now sealed with the current key.
    await rotated.storeInstallation(found);
    const resealed = await storeWith(newKey).fetchInstallation(q('T1', 'UA'));
    expect(resealed.bot?.token).toBe('xoxb-T1-secret');
    expect(resealed.user.token).toBe('xoxp-a');
  });

  it("will not open a workspace's sealed token copied into another workspace's row", async () => {
    const store = storeWith(key);
    await store.storeInstallation(grant('T1'));
    await store.storeInstallation(grant('T2'));
    await schema.pool.query(
      `UPDATE installations SET bot_token_sealed =
         (SELECT bot_token_sealed FROM installations WHERE team_id = 'T1') WHERE team_id = 'T2'`,
    );
    await expect(store.fetchInstallation(q('T2'))).rejects.toThrow(/could not be opened/);
  });

  it('migrates once when several instances start together on a new database, and again is a no-op', async () => {
    const fresh = await createTestSchema('installations_fresh');
    try {
      const pools = [fresh.newPool(), fresh.newPool(), fresh.newPool()];
      const versions = await Promise.all(pools.map((pool) => migrateInstallations(pool)));
      expect(versions).toEqual(pools.map(() => INSTALLATION_MIGRATIONS.length));
      expect(await migrateInstallations(fresh.pool)).toBe(INSTALLATION_MIGRATIONS.length);
      const applied = await fresh.pool.query('SELECT version FROM installation_schema_version');
      expect(applied.rows.map((r) => r.version)).toEqual([1]);
    } finally {
      await fresh.drop();
    }
  });
});

describe('openInstallationStore', () => {
  it('migrates on open and round-trips a sealed installation', async () => {
    const schema = await createTestSchema('installations_open');
    try {
      const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
      const store = await openInstallationStore({
        databaseUrl: url,
        encryption: { current: randomBytes(32), previous: [] },
      });
      try {
        await store.storeInstallation(grant('T1'));
        expect((await store.fetchInstallation(q('T1'))).bot?.token).toBe('xoxb-T1-secret');
      } finally {
        await store.close();
      }
    } finally {
      await schema.drop();
    }
  });

  it('fails with a clear error when PostgreSQL cannot be reached', async () => {
    await expect(
      openInstallationStore({
        databaseUrl: 'postgres://postgres@127.0.0.1:1/test',
        encryption: { current: randomBytes(32), previous: [] },
      }),
    ).rejects.toThrow(/PostgreSQL \(DATABASE_URL\) is not usable for installations: .*ECONNREFUSED/);
  });
});
