/**
 * PostgreSQL goes away while Parley runs (the server restarts, the network drops): the request
 * that needed a setting gets a kind answer, never a false confirmation or a stack trace, a review
 * still works (default preferences), and once the server is back settings save again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { ACTION_PREF_LANGUAGE } from '../../src/slack/ids.ts';
import { ERROR_TEXT, NOT_SAVED_TEXT } from '../../src/slack/views/messages.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { createSchema, dropSchema, startRelay, urlThrough } from '../helpers/postgres.ts';
import {
  blockActionsPayload,
  postInteraction,
  postSlashCommand,
  selectAction,
} from '../helpers/slack-requests.ts';
import { blocksOf, type Harness, startHarness } from './harness.ts';

describe('PostgreSQL unreachable during operation, over HTTP', () => {
  let h: Harness;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let schema: string;
  beforeAll(async () => {
    relay = await startRelay();
    schema = await createSchema();
    const store = await PostgresStore.open({ url: urlThrough(relay.port), schema, logger: silentLogger });
    h = await startHarness({ store });
  });
  afterAll(async () => {
    await h?.close();
    await h?.store.close();
    await relay?.down().catch(() => {});
    if (schema) await dropSchema(schema);
  });
  afterEach(() => h.fake.clearCalls());

  it('says /coach watch on was not saved, posts no public note, and saves it once the server is back', async () => {
    await relay.down();
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0PGDOWN',
      response_url: h.fake.responseUrl('down-on'),
    });
    expect((await h.fake.waitForResponse('down-on')).body.text).toBe(NOT_SAVED_TEXT);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    const fault = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'slack handler failed');
    expect(fault).toMatchObject({ kind: 'StoreUnavailableError', surface: 'command.watch' });

    // A review needs no setting it cannot do without: it answers with the defaults.
    await postSlashCommand(h.target, {
      text: 'Thanks for the update, can we talk about the timeline tomorrow?',
      response_url: h.fake.responseUrl('down-review'),
    });
    const review = (await h.fake.waitForResponse('down-review')).body;
    expect(blocksOf(review).length).toBeGreaterThan(0);
    expect(JSON.stringify(review)).not.toContain(ERROR_TEXT);
    expect(JSON.stringify(review)).not.toContain(NOT_SAVED_TEXT);

    await relay.up();
    await postSlashCommand(h.target, {
      text: 'watch on',
      channel_id: 'C0PGDOWN',
      response_url: h.fake.responseUrl('up-on'),
    });
    expect(String((await h.fake.waitForResponse('up-on')).body.text)).toMatch(/now watching/);
    expect((await h.store.getWatch('C0PGDOWN'))?.enabled).toBe(true);
  });

  it('shows a Home tab preference that could not be saved as not saved', async () => {
    await relay.down();
    try {
      await postInteraction(
        h.target,
        blockActionsPayload({
          user: 'U0PGDOWN',
          action: selectAction(ACTION_PREF_LANGUAGE, 'pl'),
          container: { type: 'view', view_id: 'V1' },
        }),
      );
      expect(JSON.stringify((await h.fake.waitFor('views.publish')).args.view)).toContain("couldn't save");
    } finally {
      await relay.up();
    }
  });
});
