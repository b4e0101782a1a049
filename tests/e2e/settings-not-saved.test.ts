/**
 * The settings database becomes impossible to write mid-run (its folder replaced by a file): the
 * user is told the setting could not be saved, never "now watching" or a Home tab showing a
 * choice that is not stored. And when the file was only deleted, it is recreated and the setting
 * is saved there.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { ACTION_PREF_LANGUAGE } from '../../src/slack/ids.ts';
import { NOT_SAVED_TEXT } from '../../src/slack/views/messages.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import {
  blockActionsPayload,
  postInteraction,
  postSlashCommand,
  selectAction,
} from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

describe('settings the database cannot save, over HTTP', () => {
  let h: Harness;
  let dir: string;
  let folder: string;
  const storeLogs: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-e2e-store-'));
    folder = join(dir, 'data');
    const store = new SqliteStore(join(folder, 'parley.db'), {
      logger: createLogger('debug', (line) => storeLogs.push(line)),
    });
    h = await startHarness({ store });
  });
  afterAll(async () => {
    await h?.close();
    await h?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => h.fake.clearCalls());

  const breakFolder = () => {
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
  };

  it('saves /coach watch on in a recreated database after the files were deleted', async () => {
    const path = join(folder, 'parley.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0RECREATED',
      response_url: h.fake.responseUrl('recreated-on'),
    });
    expect(String((await h.fake.waitForResponse('recreated-on')).body.text)).toMatch(/now watching/);
    expect(existsSync(path)).toBe(true);

    await postSlashCommand(h.target, {
      text: 'watch status',
      channel_id: 'C0RECREATED',
      response_url: h.fake.responseUrl('recreated-status'),
    });
    expect(String((await h.fake.waitForResponse('recreated-status')).body.text)).toMatch(/is watching/);
    expect(storeLogs.join('')).toContain('"kind":"missing"');
  });

  it('tells the user /coach watch on could not be saved and posts no public note', async () => {
    breakFolder();
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0UNSAVED',
      response_url: h.fake.responseUrl('unsaved-on'),
    });
    const { body } = await h.fake.waitForResponse('unsaved-on');
    expect(body.text).toBe(NOT_SAVED_TEXT);
    expect(String(body.text)).toMatch(/couldn't save/);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    const fault = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'slack handler failed');
    expect(fault).toMatchObject({ kind: 'StoreUnavailableError', surface: 'command.watch' });
    expect(storeLogs.join('')).toContain('"kind":"unwritable"');
  });

  it('shows a Home tab preference that could not be saved as not saved', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0UNSAVED',
        action: selectAction(ACTION_PREF_LANGUAGE, 'pl'),
        container: { type: 'view', view_id: 'V1' },
      }),
    );
    const call = await h.fake.waitFor('views.publish');
    const view = JSON.stringify(call.args.view);
    expect(view).toContain("couldn't save");
    // The language select goes back to what is really stored.
    expect(view).toContain('"initial_option":{"text":{"type":"plain_text","text":"Same as my message"');
  });
});
