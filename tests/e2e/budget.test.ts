/**
 * The rendered-text check (issue 11, 'Tests and measures'): representative long drafts through
 * every surface that gives a first answer, each measured as a person would read it (the fake Web
 * API renders every message Parley sends, see tests/fakes/slack-api.ts). A review or reading first
 * answer stays within 1,200 visible characters, a plan within 1,500. Every other e2e file gets the
 * review and reading check from its harness on close.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TONE_WARMER, SHORTCUT_COACH_MESSAGE } from '../../src/slack/ids.ts';
import { BUDGETS, measured, overBudget } from '../helpers/budget.ts';
import {
  blockActionsPayload,
  buttonAction,
  messageShortcutPayload,
  postInteraction,
  postSlashCommand,
} from '../helpers/slack-requests.ts';
import { elementValue, type Harness, startHarness } from './harness.ts';

const RANT = [
  'You never send the report on time. You always have an excuse, and I am sick of it.',
  'As I already explained twice, this is NOT acceptable. Fix it NOW or I will tell your boss.',
  'Whatever you think you are doing, it is not working. You never listen and you always make the team look bad.',
  'Per my last email, the numbers were wrong again. This is ridiculous. Do your job.',
].join('\n\n');

/** Drafts a first answer must stay short for: long, repetitive, shouting, mentions, Polish, one huge line. */
const DRAFTS: Record<string, string> = {
  rant: RANT,
  'the same flag forty times': 'You never listen. '.repeat(40),
  'near the 8,000-character cap': `${RANT}\n\n`.repeat(20).slice(0, 7_900),
  shouting: 'WHY IS THIS STILL BROKEN??? I TOLD YOU THREE TIMES!!! FIX IT TODAY!!!',
  mentions: `<@U0999|bob> <!channel> you never ship on time. <@U0998|carol> as I already explained, ${'this is NOT ok. '.repeat(30)}`,
  polish:
    'Zawsze się spóźniasz z raportem. Nigdy nie słuchasz. Napraw to NATYCHMIAST albo powiem szefowi. '.repeat(
      12,
    ),
  'one long sentence': `I really need you to understand that ${'you never do what we agreed and '.repeat(60)}that is the problem.`,
};

describe('first answers stay within their budgets', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  for (const [name, draft] of Object.entries(DRAFTS)) {
    it(`keeps the /coach review of a draft (${name}) within ${BUDGETS.review} characters`, async () => {
      const before = h.fake.rendered.length;
      await postSlashCommand(h.target, { text: draft, response_url: h.fake.responseUrl(`r-${name}`) });
      await h.fake.waitForResponse(`r-${name}`);
      const seen = h.fake.rendered.slice(before);
      expect(measured(seen, 'review')).toHaveLength(1);
      expect(overBudget(seen)).toEqual([]);
    });

    it(`keeps the shortcut's answers to a message (${name}) within budget, quote included`, async () => {
      const before = h.fake.rendered.length;
      for (const author of ['U0ALICE', 'U0BOB']) {
        await postInteraction(
          h.target,
          messageShortcutPayload({
            user: 'U0ALICE',
            callback_id: SHORTCUT_COACH_MESSAGE,
            message: { user: author, text: draft },
            response_url: h.fake.responseUrl(`s-${name}-${author}`),
          }),
        );
        await h.fake.waitForResponse(`s-${name}-${author}`);
      }
      const seen = h.fake.rendered.slice(before);
      expect(measured(seen, 'review').length + measured(seen, 'reading').length).toBeGreaterThanOrEqual(1);
      expect(overBudget(seen)).toEqual([]);
    });
  }

  it('keeps a retoned short review within budget, title included', async () => {
    await postSlashCommand(h.target, { text: RANT, response_url: h.fake.responseUrl('tone-0') });
    const review = (await h.fake.waitForResponse('tone-0')).body;
    const before = h.fake.rendered.length;
    await postInteraction(
      h.target,
      blockActionsPayload({
        action: buttonAction(ACTION_TONE_WARMER, elementValue(review, ACTION_TONE_WARMER)),
        response_url: h.fake.responseUrl('tone-1'),
      }),
    );
    await h.fake.waitForResponse('tone-1');
    const seen = h.fake.rendered.slice(before);
    expect(measured(seen, 'review')).toHaveLength(1);
    expect(overBudget(seen)).toEqual([]);
  });

  /** The plan /coach prep opens with, as measured. */
  async function planLengths(id: string): Promise<number[]> {
    const before = h.fake.rendered.length;
    await postSlashCommand(h.target, {
      text: 'prep a client wants another 30% discount on the renewal and threatens to leave',
      response_url: h.fake.responseUrl(id),
    });
    await h.fake.waitForResponse(id);
    return measured(h.fake.rendered.slice(before), 'plan');
  }

  it('measures the plan /coach prep opens with', async () => {
    expect(await planLengths('plan-seen')).toHaveLength(1);
  });

  it(`keeps a plan's first answer within ${BUDGETS.plan} characters`, async () => {
    const [length] = await planLengths('plan');
    expect(length).toBeLessThanOrEqual(BUDGETS.plan);
  });
});
