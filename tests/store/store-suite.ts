/**
 * One behaviour suite every store must pass (memory, SQLite and PostgreSQL run it): what one
 * workspace's Store does, and that workspaces never see each other's rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeForTeam } from '../../src/store/scoped.ts';
import {
  type ChannelWatch,
  DEFAULT_PREFERENCES,
  DEFAULT_TEAM,
  type Store,
  type TeamKey,
  type TeamStore,
} from '../../src/store/store.ts';

const TEAM_A: TeamKey = { team: 'T0AAAA', enterprise: null };
const TEAM_B: TeamKey = { team: 'T0BBBB', enterprise: null };
/** The same team id under an Enterprise Grid org: a different key. */
const TEAM_A_IN_ORG: TeamKey = { team: 'T0AAAA', enterprise: 'E0ORG' };

const watchOf = (channel: string, enabled = true): ChannelWatch => ({
  channel,
  enabled,
  sensitivity: 'high',
  cooldownMinutes: 45,
  sensitivityOffset: 0,
});

export function describeStore(name: string, open: () => TeamStore | Promise<TeamStore>): void {
  describe(name, () => {
    let teams: TeamStore;
    let store: Store;
    beforeEach(async () => {
      teams = await open();
      store = storeForTeam(teams, TEAM_A);
    });
    afterEach(async () => {
      await teams.close();
    });

    it('returns the default preferences for a user it has never seen', async () => {
      expect(await store.getPreferences('U1')).toEqual(DEFAULT_PREFERENCES);
    });

    it('keeps preferences per user and merges partial changes', async () => {
      await store.setPreferences('U1', { context: 'peer' });
      const merged = await store.setPreferences('U1', { language: 'pl' });
      expect(merged).toEqual({ context: 'peer', language: 'pl' });
      expect(await store.getPreferences('U1')).toEqual({ context: 'peer', language: 'pl' });
      expect(await store.getPreferences('U2')).toEqual(DEFAULT_PREFERENCES);
    });

    it('clears a context back to none when set to null', async () => {
      await store.setPreferences('U1', { context: 'boss' });
      await store.setPreferences('U1', { context: null });
      expect((await store.getPreferences('U1')).context).toBeNull();
    });

    it('does not let a caller mutate stored preferences through a returned object', async () => {
      const prefs = await store.setPreferences('U1', { language: 'en' });
      prefs.language = 'pl';
      expect((await store.getPreferences('U1')).language).toBe('en');
    });

    it('has no watch settings for a channel that never opted in', async () => {
      expect(await store.getWatch('C1')).toBeNull();
    });

    it('round-trips channel watch settings and overwrites them', async () => {
      const watch = {
        channel: 'C1',
        enabled: true,
        sensitivity: 'high' as const,
        cooldownMinutes: 45,
        sensitivityOffset: 0,
      };
      await store.setWatch(watch);
      expect(await store.getWatch('C1')).toEqual(watch);
      await store.setWatch({ ...watch, enabled: false, sensitivityOffset: 0.05 });
      expect(await store.getWatch('C1')).toEqual({ ...watch, enabled: false, sensitivityOffset: 0.05 });
      expect(await store.getWatch('C2')).toBeNull();
    });

    it('counts per counter and key, starting from zero', async () => {
      expect(await store.getCounter('reminder.not_helpful', 'C1')).toBe(0);
      expect(await store.increment('reminder.not_helpful', 'C1')).toBe(1);
      expect(await store.increment('reminder.not_helpful', 'C1', 2)).toBe(3);
      expect(await store.increment('reminder.sent', 'C1')).toBe(1);
      expect(await store.getCounter('reminder.not_helpful', 'C1')).toBe(3);
      expect(await store.getCounter('reminder.not_helpful', 'C2')).toBe(0);
    });

    it('keeps preferences, watch settings and counters apart per workspace', async () => {
      const a = storeForTeam(teams, TEAM_A);
      const b = storeForTeam(teams, TEAM_B);
      await a.setPreferences('U1', { context: 'boss', language: 'pl' });
      await a.setWatch(watchOf('C1'));
      await a.increment('reminder.sent', 'C1', 3);

      expect(await b.getPreferences('U1')).toEqual(DEFAULT_PREFERENCES);
      expect(await b.getWatch('C1')).toBeNull();
      expect(await b.getCounter('reminder.sent', 'C1')).toBe(0);

      await b.setPreferences('U1', { language: 'en' });
      await b.setWatch(watchOf('C1', false));
      expect(await b.increment('reminder.sent', 'C1')).toBe(1);
      expect(await a.getPreferences('U1')).toEqual({ context: 'boss', language: 'pl' });
      expect(await a.getWatch('C1')).toEqual(watchOf('C1'));
      expect(await a.getCounter('reminder.sent', 'C1')).toBe(3);
      expect(await b.getPreferences('U1')).toEqual({ context: null, language: 'en' });
      expect((await b.getWatch('C1'))?.enabled).toBe(false);
    });

    it('keys by enterprise too: a team id under an org is not the same workspace without it', async () => {
      await storeForTeam(teams, TEAM_A).setWatch(watchOf('C1'));
      await storeForTeam(teams, TEAM_A).increment('breaks', 'U1');
      const org = storeForTeam(teams, TEAM_A_IN_ORG);
      expect(await org.getWatch('C1')).toBeNull();
      expect(await org.getCounter('breaks', 'U1')).toBe(0);
      await org.setPreferences('U1', { context: 'peer' });
      expect(await storeForTeam(teams, TEAM_A).getPreferences('U1')).toEqual(DEFAULT_PREFERENCES);
    });

    it("gives the default team's rows to a workspace, keeping what the workspace already had", async () => {
      const legacy = storeForTeam(teams, DEFAULT_TEAM);
      await legacy.setPreferences('U1', { language: 'pl' });
      await legacy.setPreferences('U2', { context: 'client' });
      await legacy.setWatch(watchOf('C1'));
      await legacy.increment('reminder.sent', 'C1', 2);
      await store.setPreferences('U2', { context: 'peer' });

      await teams.adoptDefaultTeam(TEAM_A);
      await teams.adoptDefaultTeam(TEAM_A);

      expect((await store.getPreferences('U1')).language).toBe('pl');
      expect((await store.getPreferences('U2')).context).toBe('peer');
      expect(await store.getWatch('C1')).toEqual(watchOf('C1'));
      expect(await store.getCounter('reminder.sent', 'C1')).toBe(2);
      expect(await legacy.getWatch('C1')).toBeNull();
      expect(await legacy.getPreferences('U1')).toEqual(DEFAULT_PREFERENCES);
      expect(await storeForTeam(teams, TEAM_B).getWatch('C1')).toBeNull();
    });

    it("forgets every setting and counter of a workspace it deletes, and only that workspace's", async () => {
      const b = storeForTeam(teams, TEAM_B);
      for (const s of [store, b]) {
        await s.setPreferences('U1', { language: 'pl' });
        await s.setWatch(watchOf('C1'));
        await s.increment('reminder.sent', 'C1');
      }
      await teams.deleteTeam(TEAM_A);
      expect(await store.getPreferences('U1')).toEqual(DEFAULT_PREFERENCES);
      expect(await store.getWatch('C1')).toBeNull();
      expect(await store.getCounter('reminder.sent', 'C1')).toBe(0);
      expect((await b.getPreferences('U1')).language).toBe('pl');
      expect(await b.getWatch('C1')).toEqual(watchOf('C1'));
      expect(await b.getCounter('reminder.sent', 'C1')).toBe(1);
    });

    it('counts atomically when many increments arrive at once', async () => {
      const values = await Promise.all(Array.from({ length: 20 }, () => store.increment('votes', 'C1')));
      expect(new Set(values).size).toBe(20);
      expect(await store.getCounter('votes', 'C1')).toBe(20);
    });
  });
}
