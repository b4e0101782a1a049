import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import {
  adoptDefaultTeamSettings,
  currentTeam,
  forgetWorkspace,
  requestStore,
  teamOf,
  withTeam,
} from '../../src/slack/team-scope.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { storeForTeam } from '../../src/store/scoped.ts';
import { DEFAULT_TEAM } from '../../src/store/store.ts';

describe('teamOf', () => {
  it('takes the team and enterprise Bolt resolved for the request', () => {
    expect(teamOf({ teamId: 'T1', enterpriseId: 'E1' }, { team_id: 'T9' })).toEqual({
      team: 'T1',
      enterprise: 'E1',
    });
  });

  it("falls back to the payload's own fields: team_id, team.id, user.team_id, enterprise", () => {
    expect(teamOf({}, { team_id: 'T2', enterprise_id: 'E2' })).toEqual({ team: 'T2', enterprise: 'E2' });
    expect(teamOf({}, { team: { id: 'T3', enterprise_id: 'E3' } })).toEqual({ team: 'T3', enterprise: 'E3' });
    expect(teamOf({}, { team: null, user: { team_id: 'T4' }, enterprise: { id: 'E4' } })).toEqual({
      team: 'T4',
      enterprise: 'E4',
    });
  });

  it('is the default team when the payload names no workspace, and ignores values that are not ids', () => {
    expect(teamOf({}, {})).toEqual(DEFAULT_TEAM);
    expect(teamOf({}, { team_id: '../../etc', enterprise_id: 42 })).toEqual(DEFAULT_TEAM);
  });
});

describe('requestStore', () => {
  it('keys each call by the workspace of the request it runs in, even after an await', async () => {
    const teams = new MemoryStore();
    const store = requestStore(teams, { team: 'T0SETUP', enterprise: null });
    await withTeam({ team: 'T1', enterprise: null }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentTeam()).toEqual({ team: 'T1', enterprise: null });
      await store.increment('n', 'k');
    });
    await store.increment('n', 'k', 5);
    expect(await storeForTeam(teams, { team: 'T1', enterprise: null }).getCounter('n', 'k')).toBe(1);
    expect(await storeForTeam(teams, { team: 'T0SETUP', enterprise: null }).getCounter('n', 'k')).toBe(5);
    expect(currentTeam()).toBeUndefined();
  });
});

describe('adoptDefaultTeamSettings', () => {
  it("gives the default team's settings to the workspace auth.test names", async () => {
    const teams = new MemoryStore();
    await storeForTeam(teams, DEFAULT_TEAM).setPreferences('U1', { language: 'pl' });
    const client = { auth: { test: async () => ({ ok: true, team_id: 'T0OWN', enterprise_id: 'E0ORG' }) } };
    await adoptDefaultTeamSettings(client as never, teams, silentLogger);
    expect(
      (await storeForTeam(teams, { team: 'T0OWN', enterprise: 'E0ORG' }).getPreferences('U1')).language,
    ).toBe('pl');
  });

  it('logs and carries on when Slack cannot say which workspace the token is for', async () => {
    const lines: string[] = [];
    const logger = { ...silentLogger, warn: (m: string) => lines.push(m) };
    const client = { auth: { test: async () => Promise.reject(new Error('offline')) } };
    await adoptDefaultTeamSettings(client as never, new MemoryStore(), logger);
    expect(lines).toEqual(['earlier settings not yet moved to this workspace']);
  });
});

describe('forgetWorkspace', () => {
  const watch = {
    channel: 'C1',
    enabled: true,
    sensitivity: 'medium' as const,
    cooldownMinutes: 30,
    sensitivityOffset: 0,
  };

  it("deletes an uninstalled workspace's settings and counters, and no other's", async () => {
    const store = new MemoryStore();
    const gone = { team: 'T1', enterprise: null };
    const kept = { team: 'T2', enterprise: null };
    await store.setWatch(gone, watch);
    await store.increment(gone, 'reminder.posted', 'C1');
    await store.setWatch(kept, watch);
    await forgetWorkspace(store)({ teamId: 'T1', enterpriseId: null });
    expect(await store.getWatch(gone, 'C1')).toBeNull();
    expect(await store.getCounter(gone, 'reminder.posted', 'C1')).toBe(0);
    expect(await store.getWatch(kept, 'C1')).toEqual(watch);
  });

  it('leaves every workspace alone for an org-wide uninstall that names no team', async () => {
    const store = new MemoryStore();
    await store.setWatch({ team: 'T1', enterprise: 'E1' }, watch);
    await forgetWorkspace(store)({ teamId: null, enterpriseId: 'E1' });
    expect(await store.getWatch({ team: 'T1', enterprise: 'E1' }, 'C1')).toEqual(watch);
  });
});
