/**
 * "Try another technique" on a reading, over real HTTP: the coach reads the message again with
 * the chosen technique, and the reply shown uses it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../src/coach/coach.ts';
import {
  ACTION_TONE_SHORTER,
  ACTION_TRY_TECHNIQUE,
  BLOCK_READING_ACTIONS,
  SHORTCUT_COACH_MESSAGE,
} from '../../src/slack/ids.ts';
import { buildUnknownTechnique } from '../../src/slack/views/messages.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
  selectAction,
} from '../helpers/slack-requests.ts';
import { blocksOf, elementValue, type Harness, optionValues, startHarness } from './harness.ts';

const MESSAGE = 'As I already explained twice, this is NOT my problem. Figure it out yourself.';

type Json = Record<string, unknown>;

/** The reply headings ("*1. Contrasting*") of a reading, in order. */
function replyHeadings(body: Json): string[] {
  return blocksOf(body)
    .map((b) => (b.text as { text?: string } | undefined)?.text ?? '')
    .flatMap((text) => [...text.matchAll(/\*\d\. ([^*]+)\*/g)].map((m) => m[1]!));
}

/** Where the reading's DM sits: the button payloads point back at it (set once it is posted). */
const ON_DM = {
  channel: 'DU0ALICE',
  message: { ts: '' },
  container: { type: 'message', is_ephemeral: false },
};

describe('"Try another technique" on a reading over HTTP', () => {
  let h: Harness;
  let shown: Json;
  const reads: ReadOptions[] = [];

  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        read: async (message, options) => {
          reads.push({ ...options, notify: undefined });
          return local.read(message, options);
        },
      }),
    });
    await postInteraction(
      h.target,
      messageShortcutPayload({
        user: 'U0ALICE',
        callback_id: SHORTCUT_COACH_MESSAGE,
        message: { user: 'U0BOB', text: MESSAGE },
      }),
    );
    const post = await h.fake.waitFor('chat.postMessage');
    shown = post.args;
    ON_DM.message.ts = h.fake.messages('DU0ALICE').at(-1)!.ts;
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('reads the message again with the next technique and shows a reply that uses it', async () => {
    expect(blocksOf(shown).some((b) => b.block_id === BLOCK_READING_ACTIONS)).toBe(true);
    const first = replyHeadings(shown)[0];
    expect(first).toBeDefined();
    const options = optionValues(shown, ACTION_TRY_TECHNIQUE);
    const labels = selectLabels(shown);
    const at = labels.indexOf(first!);
    expect(at).toBeGreaterThanOrEqual(0);
    const next = (at + 1) % options.length;
    const value = options[next]!;
    const technique = value.split(':')[1]!;
    reads.length = 0;

    const res = await postInteraction(
      h.target,
      blockActionsPayload({
        ...ON_DM,
        action: selectAction(ACTION_TRY_TECHNIQUE, value, BLOCK_READING_ACTIONS),
        response_url: h.fake.responseUrl('next'),
      }),
    );
    expect(res.status).toBe(200);
    // A posted DM is updated in place.
    const { args: body } = await h.fake.waitFor('chat.update');
    expect(body.ts).toBe(ON_DM.message.ts);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.technique).toBe(technique);
    expect(replyHeadings(body)).toEqual([labels[next]]);
    expect(blocksOf(body).some((b) => b.block_id === BLOCK_READING_ACTIONS)).toBe(true);
    shown = body;
  });

  it('lets the tone buttons reshape the reply the technique produced', async () => {
    const before = replyHeadings(shown);
    await postInteraction(
      h.target,
      blockActionsPayload({
        ...ON_DM,
        action: buttonAction(ACTION_TONE_SHORTER, elementValue(shown, ACTION_TONE_SHORTER)),
        response_url: h.fake.responseUrl('shorter'),
      }),
    );
    const { args: body } = await h.fake.waitFor('chat.update');
    expect(body.ts).toBe(ON_DM.message.ts);
    expect(replyHeadings(body)[0]).toBe(before[0]);
  });

  it('answers an unknown technique kindly, without asking the coach or failing', async () => {
    const stateId = optionValues(shown, ACTION_TRY_TECHNIQUE)[0]!.split(':')[0]!;
    reads.length = 0;
    const res = await postInteraction(
      h.target,
      blockActionsPayload({
        ...ON_DM,
        action: selectAction(ACTION_TRY_TECHNIQUE, `${stateId}:mind-reading`, BLOCK_READING_ACTIONS),
        response_url: h.fake.responseUrl('unknown'),
      }),
    );
    expect(res.status).toBe(200);
    const { body } = await h.fake.waitForResponse('unknown');
    expect(body.text).toBe(buildUnknownTechnique().text);
    expect(body.replace_original).toBe(false);
    expect(reads).toEqual([]);
    expect(h.logs.join('\n')).not.toContain('mind-reading');
    expect(h.logs.join('\n')).not.toContain('Figure it out');
  });
});

/** The option labels of the "Try another technique" select, in order. */
function selectLabels(body: Json): string[] {
  for (const block of blocksOf(body)) {
    for (const element of (block.elements as Json[] | undefined) ?? []) {
      if (element.action_id !== ACTION_TRY_TECHNIQUE) continue;
      return (element.options as { text: { text: string } }[]).map((o) => o.text.text);
    }
  }
  return [];
}
