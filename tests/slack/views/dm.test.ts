import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../src/coach/local/engine.ts';
import { planChanges } from '../../../src/coach/plan-diff.ts';
import { SITUATIONS } from '../../../src/coach/schemas.ts';
import { partialPlan } from '../../../src/llm/model-coach.ts';
import { FeedbackVotes } from '../../../src/slack/feedback-votes.ts';
import {
  ACTION_FEEDBACK,
  ACTION_PLAN_LESS,
  ACTION_PLAN_MORE,
  ACTION_WELCOME_PROMPT,
} from '../../../src/slack/ids.ts';
import {
  buildAnswer,
  buildShortWelcome,
  SUGGESTED_PROMPTS,
  THREAD_TITLES,
} from '../../../src/slack/views/dm.ts';
import { feedbackBlock, parseFeedbackValue, withFeedback } from '../../../src/slack/views/feedback.ts';
import { blockTextLength } from '../../../src/slack/views/limits.ts';
import {
  buildPlanChanges,
  buildPlanSummary,
  buildPlanWhole,
  mostTelling,
  PLAN_LABELS,
  PLAN_UI,
  planSummaryToMarkdown,
} from '../../../src/slack/views/plan.ts';
import { expectNoRawControl, HOSTILE, plan, STATE_ID, TECHNIQUES } from './fixtures.ts';

const engine = new LocalEngine();
const json = (value: unknown) => JSON.stringify(value);
/** Every action_id in the message's blocks. */
const actionIds = (blocks: unknown[]) =>
  [...json(blocks).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]);

/** Offline plans for every kind of conversation, in English and Polish. */
const SAMPLES = [
  'A client wants another 30% off the renewal and I cannot go that low',
  'Invoice 113 is two months overdue and the client stopped answering',
  'We need to raise our prices by 8% next quarter and tell our biggest client',
  'My team missed the launch deadline and I have to tell the VP',
  'Help me tell a colleague their work missed the mark',
  'A peer has ignored my last five messages about the review',
  "Help me apologise to a customer for yesterday's outage",
  'A colleague went over my head to my boss about the budget',
  'I need to talk to my neighbour about the noise',
  'Klient chce kolejne 30% rabatu, a ja nie mogę zejść tak nisko',
  'Muszę przeprosić klienta za wczorajszą awarię',
];

describe('the short plan', () => {
  it.each(SAMPLES)(
    'opens "%s" with the goal, the opening and two questions, under 1,500 characters',
    (text) => {
      const p = engine.prepare(text);
      const message = buildPlanSummary(p, { stateId: STATE_ID });
      expect(blockTextLength(message.blocks)).toBeLessThan(1_500);
      const l = PLAN_LABELS[p.language === 'pl' ? 'pl' : 'en'];
      const shown = json(message.blocks);
      for (const label of [l.goal, l.opening, l.questionsToAsk]) expect(shown).toContain(label);
      expect(shown).not.toContain(l.ifItHeatsUp);
      expect(shown).not.toContain(p.questionsToAsk[2] ?? '\u0000');
      expect(actionIds(message.blocks)).toEqual(expect.arrayContaining([ACTION_PLAN_MORE, ACTION_FEEDBACK]));
    },
  );

  it('expands to every section with Show less, under new block ids', () => {
    const p = engine.prepare(SAMPLES[0]!);
    const whole = buildPlanWhole(p, { stateId: STATE_ID });
    const summary = buildPlanSummary(p, { stateId: STATE_ID });
    expect(json(whole.blocks)).toContain(PLAN_LABELS.en.followUp);
    expect(actionIds(whole.blocks)).toContain(ACTION_PLAN_LESS);
    const ids = (blocks: { block_id?: string }[]) => blocks.map((b) => b.block_id).filter(Boolean);
    expect(ids(whole.blocks).filter((id) => ids(summary.blocks).includes(id))).toEqual([]);
  });

  it('streams as Markdown that only grows while a model plan fills in, field by field', () => {
    const full = engine.prepare(SAMPLES[0]!);
    const keys = Object.keys(full).filter((k) => k !== 'engine' && k !== 'language');
    let before = '';
    for (let n = 1; n <= keys.length + 1; n++) {
      const partial = Object.fromEntries(keys.slice(0, n).map((k) => [k, full[k as keyof typeof full]]));
      const md = planSummaryToMarkdown(partialPlan(partial, 'en'));
      expect(md.startsWith(before)).toBe(true);
      before = md;
    }
    expect(before).toContain(full.opening.slice(0, 40));
    expect(before).not.toContain(PLAN_LABELS.en.ifItHeatsUp);
  });

  it('escapes whatever the plan says', () => {
    const hostile = plan({ goal: HOSTILE, opening: HOSTILE, questionsToAsk: [HOSTILE] });
    expectNoRawControl(buildPlanSummary(hostile, { stateId: STATE_ID }).blocks);
  });
});

describe('what changes in the plan', () => {
  const before = engine.prepare(SAMPLES[0]!);

  it('shows only the new items of the fields that changed', () => {
    const after = structuredClone(before);
    after.ifItHeatsUp = [...before.ifItHeatsUp, 'Ask what the competitor quote includes.'];
    const message = buildPlanChanges(
      { plan: after, changes: planChanges(before, after), newKind: false, covered: null },
      { stateId: STATE_ID },
    );
    const shown = json(message.blocks);
    expect(shown).toContain(PLAN_UI.en.changesTitle);
    expect(shown).toContain('Ask what the competitor quote includes.');
    expect(shown).not.toContain(before.ifItHeatsUp[0]!);
    expect(shown).not.toContain(PLAN_LABELS.en.goal);
  });

  it('shows at most three changed parts, the one the detail is about first, when a plan rewords everything', () => {
    const after = engine.prepare("Help me apologise to a customer for yesterday's outage");
    const changes = planChanges(before, { ...after, situation: before.situation });
    expect(changes.length).toBeGreaterThan(3);
    const message = buildPlanChanges(
      { plan: after, changes, newKind: false, covered: 'followUp' },
      { stateId: STATE_ID },
    );
    const shown = json(message.blocks);
    expect(shown).toContain(PLAN_LABELS.en.followUp);
    expect(shown).toContain(PLAN_LABELS.en.opening);
    expect(shown).toContain('more parts of the plan changed');
    expect(blockTextLength(message.blocks)).toBeLessThan(1_500);
    expect(mostTelling(changes, 'followUp').map((c) => c.field)).toEqual([
      'opening',
      'ifItHeatsUp',
      'followUp',
    ]);
  });

  it('says nothing changed and shows the part of the plan that covers the detail', () => {
    const message = buildPlanChanges(
      { plan: before, changes: [], newKind: false, covered: 'ifItHeatsUp' },
      { stateId: STATE_ID },
    );
    expect(json(message.blocks)).toContain(PLAN_UI.en.noChange);
    expect(json(message.blocks)).toContain(PLAN_LABELS.en.ifItHeatsUp);
  });

  it('gives the new short plan when the detail makes it another kind of conversation', () => {
    const after = engine.prepare("Help me apologise to a customer for yesterday's outage");
    const message = buildPlanChanges(
      { plan: after, changes: planChanges(before, after), newKind: true, covered: null },
      { stateId: STATE_ID },
    );
    expect(json(message.blocks)).toContain(PLAN_UI.en.newKind);
    expect(blockTextLength(message.blocks)).toBeLessThan(1_500);
  });
});

describe('answers and welcomes', () => {
  it('titles an offline answer with its topic and escapes the text', () => {
    const message = buildAnswer(
      { engine: 'local', language: 'en', text: HOSTILE, techniques: [] },
      { topic: { kind: 'technique', id: 'contrasting' }, techniques: TECHNIQUES },
    );
    expect(json(message.blocks)).toContain('Contrasting');
    expectNoRawControl(message.blocks);
  });

  it('gives a model answer no guessed heading', () => {
    const message = buildAnswer(
      { engine: 'openai', language: 'en', text: 'Say what you can offer.', techniques: [] },
      { topic: { kind: 'plan', field: 'concessions' }, techniques: TECHNIQUES },
    );
    expect(json(message.blocks)).not.toContain(PLAN_LABELS.en.concessions);
  });

  it('keeps the agent-thread welcome to a line and gives buttons elsewhere', () => {
    const agent = buildShortWelcome('en', true);
    expect(actionIds(agent.blocks)).toEqual([]);
    expect(blockTextLength(agent.blocks)).toBeLessThan(250);
    expect(actionIds(buildShortWelcome('en', false).blocks)).toContain(ACTION_WELCOME_PROMPT);
    expect(json(buildShortWelcome('pl', false).blocks)).toContain('rabatu');
  });

  it('offers at most four suggested prompts, and a title for every kind of conversation', () => {
    for (const prompts of Object.values(SUGGESTED_PROMPTS)) {
      expect(prompts.length).toBeLessThanOrEqual(4);
      for (const p of prompts) expect(p.title.length).toBeGreaterThan(0);
    }
    for (const titles of Object.values(THREAD_TITLES)) {
      for (const kind of SITUATIONS) expect(titles[kind]).toBeTruthy();
    }
  });
});

describe('feedback buttons', () => {
  it('carry only surface, engine and vote, and read back only what Parley wrote', () => {
    const block = feedbackBlock('review', 'openai');
    expect(json(block)).toContain('"value":"review.openai.up"');
    expect(parseFeedbackValue('plan.local.down')).toEqual({ surface: 'plan', engine: 'local', vote: 'down' });
    for (const forged of ['plan.local.sideways', 'review.gpt.up', 'review.local.up ', 42, null]) {
      expect(parseFeedbackValue(forged)).toBeNull();
    }
  });

  it("are left out of a message that is already at Slack's block limit", () => {
    const full = { text: 't', blocks: Array.from({ length: 50 }, () => ({ type: 'divider' as const })) };
    expect(withFeedback(full, 'review', 'local').blocks).toHaveLength(50);
  });

  it('remember the last vote per key, and forget the oldest beyond the cap', () => {
    const votes = new FeedbackVotes(2);
    expect(votes.cast('a', 'up')).toBeNull();
    expect(votes.cast('a', 'down')).toBe('up');
    votes.cast('b', 'up');
    votes.cast('c', 'up');
    expect(votes.cast('a', 'up')).toBeNull();
  });
});
