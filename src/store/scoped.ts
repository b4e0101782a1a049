/**
 * The Store listeners use: a TeamStore seen through the workspace of the request being handled.
 * The team is looked up on every call (not captured once), so one Store serves every request,
 * and the listeners keep calling `store.getWatch(channel)` with no team to pass or to get wrong.
 */
import type { Store, TeamKey, TeamStore } from './store.ts';

export function scopedStore(store: TeamStore, currentTeam: () => TeamKey): Store {
  return {
    getPreferences: (user) => store.getPreferences(currentTeam(), user),
    setPreferences: (user, changes) => store.setPreferences(currentTeam(), user, changes),
    getWatch: (channel) => store.getWatch(currentTeam(), channel),
    setWatch: (watch) => store.setWatch(currentTeam(), watch),
    increment: (counter, key, by) => store.increment(currentTeam(), counter, key, by),
    getCounter: (counter, key) => store.getCounter(currentTeam(), counter, key),
    close: () => store.close(),
  };
}

/** One workspace's view, fixed (tests, tools): the same data a request from `team` sees. */
export const storeForTeam = (store: TeamStore, team: TeamKey): Store => scopedStore(store, () => team);
