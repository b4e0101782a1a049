import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_PRACTICE_START,
  ACTION_PREF_CONTEXT,
  ACTION_PREF_LANGUAGE,
  ACTION_WELCOME_PROMPT,
} from '../../src/slack/ids.ts';
import { buildWelcome, WELCOME_PROMPTS, welcomePromptValue } from '../../src/slack/views/messages.ts';
import {
  blockActionsPayload,
  buttonAction,
  postEvent,
  postInteraction,
  selectAction,
} from '../helpers/slack-requests.ts';
import { findElement, type Harness, startHarness } from './harness.ts';

describe('App Home over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  const opened = (user: string, tab: 'home' | 'messages', channel = `D${user}`) =>
    postEvent(h.target, { type: 'app_home_opened', user, channel, tab, event_ts: '1700000000.000001' });

  it("publishes the Home tab with the techniques and the user's preferences", async () => {
    await h.store.setPreferences('U0HOME', { language: 'pl' });
    await opened('U0HOME', 'home');
    const call = await h.fake.waitFor('views.publish');
    expect(call.args.user_id).toBe('U0HOME');
    const view = JSON.stringify(call.args.view);
    expect(view).toContain('Contrasting');
    expect(findElement(call.args.view as Record<string, unknown>, ACTION_PREF_LANGUAGE)).toBeDefined();
  });

  it('saves a preference change and republishes the Home tab', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0HOME',
        action: selectAction(ACTION_PREF_CONTEXT, 'boss'),
        container: { type: 'view', view_id: 'V1' },
      }),
    );
    await h.fake.waitFor('views.publish');
    expect((await h.store.getPreferences('U0HOME')).context).toBe('boss');

    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0HOME',
        action: selectAction(ACTION_PREF_CONTEXT, 'none'),
        container: { type: 'view', view_id: 'V1' },
      }),
    );
    await h.fake.waitFor('views.publish', undefined, { count: 2 });
    expect((await h.store.getPreferences('U0HOME')).context).toBeNull();
  });

  it('ignores a preference value Parley never offered', async () => {
    await postInteraction(
      h.target,
      blockActionsPayload({ user: 'U0ODD', action: selectAction(ACTION_PREF_LANGUAGE, 'klingon') }),
    );
    await opened('U0ODD', 'home');
    await h.fake.waitFor('views.publish');
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
    expect((await h.store.getPreferences('U0ODD')).language).toBe('auto');
  });

  it('welcomes a user in an empty Messages tab once', async () => {
    await opened('U0NEW', 'messages');
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0NEW');
    expect(post.args.text).toBe(buildWelcome().text);
    await opened('U0NEW', 'messages');
    await opened('U0NEWER', 'messages');
    await h.fake.waitFor('chat.postMessage', undefined, { count: 2 });
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DU0NEW', 'DU0NEWER']);
  });

  it('does not welcome a user whose DM already has messages', async () => {
    h.fake.addMessage('DU0OLD', { user: 'U0OLD', text: 'hello from before' });
    await opened('U0OLD', 'messages');
    await h.fake.waitFor('conversations.history');
    await opened('U0BARRIER', 'messages');
    await h.fake.waitFor('chat.postMessage');
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DU0BARRIER']);
  });

  it('turns a welcome prompt into a plan in a new thread, seeded with the prompt', async () => {
    const prompt = WELCOME_PROMPTS[0]!;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: 'U0NEW',
        channel: 'DU0NEW',
        action: buttonAction(ACTION_WELCOME_PROMPT, welcomePromptValue(0)),
        message: { ts: '1700000000.000009' },
        container: { type: 'message', is_ephemeral: false },
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('DU0NEW');
    expect(post.args.thread_ts).toBeUndefined();
    const metadata = post.args.metadata as { event_type: string; event_payload: Record<string, string> };
    expect(metadata.event_type).toBe('parley_plan');
    expect(metadata.event_payload.seed).toBe(prompt.message);
    expect(findElement(post.args, ACTION_PRACTICE_START)).toBeDefined();
  });
});
