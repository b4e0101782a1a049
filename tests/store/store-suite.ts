/** One behaviour suite every Store implementation must pass (memory and SQLite run it). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Store } from '../../src/store/store.ts';

export function describeStore(name: string, open: () => Store | Promise<Store>): void {
  describe(name, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
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
  });
}
