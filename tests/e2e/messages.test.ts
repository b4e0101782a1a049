import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeInput } from '../../src/coach/coach.ts';
import { ACTION_PRACTICE_END, ACTION_PRACTICE_START, BLOCK_REVIEW_ACTIONS } from '../../src/slack/ids.ts';
import { buildUsage } from '../../src/slack/views/messages.ts';
import { FAKE_BOT_ID } from '../fakes/slack-api.ts';
import {
  blockActionsPayload,
  buttonAction,
  postEvent,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, startHarness } from './harness.ts';

const DM = 'D0ALICE';
const ALICE = 'U0ALICE';
type Json = Record<string, unknown>;
const metadataType = (args: Json) => (args.metadata as { event_type?: string } | undefined)?.event_type;

describe('DM conversations with Parley over HTTP', () => {
  let h: Harness;
  const practiceInputs: PracticeInput[] = [];
  const debriefInputs: PracticeInput[] = [];

  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        practice: async (input) => {
          practiceInputs.push(input);
          return local.practice(input);
        },
        debrief: async (input) => {
          debriefInputs.push(input);
          return local.debrief(input);
        },
      }),
    });
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  /** The user sends a DM: Slack stores it, then delivers the event. */
  async function say(text: string, threadTs?: string): Promise<string> {
    const stored = h.fake.addMessage(DM, { user: ALICE, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
    const res = await postEvent(h.target, {
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: ALICE,
      text,
      ts: stored.ts,
      event_ts: stored.ts,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    expect(res.status).toBe(200);
    return stored.ts;
  }

  let root = '';
  let plan: Json = {};

  it('answers a new DM with a preparation plan in the message thread, marked as a plan', async () => {
    root = await say('A client wants another 30% off the renewal and I cannot go that low');
    const post = await h.fake.waitFor('chat.postMessage');
    plan = post.args;
    expect(post.args.channel).toBe(DM);
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_plan');
    expect(typeof post.args.text).toBe('string');
    elementValue(post.args, ACTION_PRACTICE_START);
  });

  it('reads the thread back from Slack for a follow-up and says what the detail changes in the plan', async () => {
    await say('They also hinted they are talking to a competitor', root);
    const post = await h.fake.waitFor('chat.postMessage');
    const replies = h.fake.callsTo('conversations.replies');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.args.ts).toBe(root);
    expect(String(replies[0]!.args.include_all_metadata)).toBe('true');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_plan');
  });

  it('reviews a draft when a follow-up asks for it', async () => {
    await say('review this: We will NEVER give you 30% off, stop asking.', root);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(blocksOf(post.args).some((b) => b.block_id === BLOCK_REVIEW_ACTIONS)).toBe(true);
  });

  it('starts a practice run in the thread with the counterpart speaking first', async () => {
    const planTs = h.fake.messages(DM).find((m) => m.metadata?.event_type === 'parley_plan')!.ts;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: ALICE,
        channel: DM,
        action: buttonAction(ACTION_PRACTICE_START, elementValue(plan, ACTION_PRACTICE_START)),
        message: { ts: planTs, thread_ts: root },
        container: { type: 'message', is_ephemeral: false, channel_id: DM, message_ts: planTs },
        response_url: h.fake.responseUrl('practice-start'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice');
    expect(practiceInputs.at(-1)!.turns).toEqual([]);
    expect(practiceInputs.at(-1)!.situation).toContain('30% off');
  });

  it('answers the user in character, with the turns rebuilt from the thread', async () => {
    await say('I hear you. I cannot do 30%, but I can offer a longer contract at 10%.', root);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(metadataType(post.args)).toBe('parley_practice');
    const turns = practiceInputs.at(-1)!.turns;
    expect(turns.map((t) => t.role)).toEqual(['counterpart', 'user']);
    expect(turns[1]!.text).toContain('longer contract');
    // The situation is what the user said before practice began, not the practice turns.
    expect(practiceInputs.at(-1)!.situation).not.toContain('longer contract');
  });

  it("ends the practice run with feedback on the user's turns", async () => {
    const last = h.fake
      .messages(DM)
      .filter((m) => m.metadata?.event_type === 'parley_practice')
      .at(-1)!;
    await postInteraction(
      h.target,
      blockActionsPayload({
        user: ALICE,
        channel: DM,
        action: buttonAction(ACTION_PRACTICE_END, 'x'),
        message: { ts: last.ts, thread_ts: root },
        container: { type: 'message', is_ephemeral: false },
        response_url: h.fake.responseUrl('practice-end'),
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root);
    expect(metadataType(post.args)).toBe('parley_practice_end');
    expect(debriefInputs.at(-1)!.turns.filter((t) => t.role === 'user')).toHaveLength(1);
  });

  it('answers a question after a practice run ends instead of planning again', async () => {
    await say('What if they threaten to cancel?', root);
    const post = await h.fake.waitFor('chat.postMessage');
    expect(metadataType(post.args)).toBe('parley_answer');
  });

  it('ignores bot messages, its own messages and message subtypes', async () => {
    const base = { type: 'message', channel: DM, channel_type: 'im', ts: '1700000001.000001' };
    await postEvent(h.target, { ...base, bot_id: 'B0OTHER', text: 'I am another bot' });
    await postEvent(h.target, { ...base, bot_id: FAKE_BOT_ID, user: 'U0PARLEY', text: 'my own words' });
    await postEvent(h.target, {
      ...base,
      subtype: 'message_changed',
      message: { user: ALICE, text: 'edited' },
    });
    await postEvent(h.target, { ...base, subtype: 'message_deleted' });
    await postEvent(h.target, { ...base, subtype: 'channel_join', user: ALICE, text: 'joined' });
    // A barrier: once this later request is answered, the earlier events have been handled.
    await postSlashCommand(h.target, { text: 'help', response_url: h.fake.responseUrl('barrier') });
    expect((await h.fake.waitForResponse('barrier')).body.text).toBe(buildUsage().text);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.fake.callsTo('conversations.replies')).toHaveLength(0);
  });
});
