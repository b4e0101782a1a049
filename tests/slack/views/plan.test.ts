import { describe, expect, it } from 'vitest';
import { ACTION_PRACTICE_START } from '../../../src/slack/ids.ts';
import {
  MAX_MARKDOWN_TEXT,
  MAX_MESSAGE_BLOCKS,
  MAX_MESSAGE_TEXT,
  MAX_SECTION_TEXT,
} from '../../../src/slack/views/escape.ts';
import { blockTextLength } from '../../../src/slack/views/limits.ts';
import { buildPlan, buildPlanActions, planToMarkdown } from '../../../src/slack/views/plan.ts';
import { expectNoRawControl, HOSTILE, ofType, plan, STATE_ID, sectionTexts } from './fixtures.ts';

const SECTION_LABELS = [
  'Goal',
  'What they will likely ask for',
  'What may be behind it',
  'Common ground',
  'What you could give',
  'What you must hold',
  'Opening line',
  'Questions to ask',
  'Options that work for both sides',
  'If it heats up',
  'Take a break',
  'Follow-up',
  'What Parley still needs to know',
];

function hostilePlan() {
  return plan({
    goal: HOSTILE,
    theirPosition: HOSTILE,
    theirInterests: [HOSTILE],
    commonGround: [HOSTILE],
    concessions: [HOSTILE],
    nonNegotiables: [HOSTILE],
    opening: HOSTILE,
    questionsToAsk: [HOSTILE],
    options: [HOSTILE],
    ifItHeatsUp: [HOSTILE],
    takeABreak: HOSTILE,
    followUp: [HOSTILE],
    questions: [HOSTILE],
  });
}

describe('buildPlan', () => {
  it('shows every section of the plan with its content', () => {
    const msg = buildPlan(plan(), { stateId: STATE_ID });
    const text = sectionTexts(msg.blocks).join('\n');
    for (const label of SECTION_LABELS) expect(text).toContain(`*${label}*`);
    expect(text).toContain('I do not want to haggle; I do want a deal that works for both of us.');
    expect(text).toContain('• Budget pressure');
    expect(msg.text).toBe('Parley: your plan for this conversation is ready.');
  });

  it('ends with a "Practice this conversation" button carrying the state id', () => {
    const msg = buildPlan(plan(), { stateId: STATE_ID });
    const buttons = ofType(msg.blocks, 'button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toMatchObject({
      action_id: ACTION_PRACTICE_START,
      value: STATE_ID,
      text: { text: 'Practice this conversation' },
    });
  });

  it('escapes user and model text in every field', () => {
    const msg = buildPlan(hostilePlan(), { stateId: STATE_ID });
    expect(expectNoRawControl(msg).escapedSeen).toBe(true);
    const occurrences = JSON.stringify(msg.blocks).split('&lt;!channel&gt;').length - 1;
    expect(occurrences).toBe(13);
  });

  it('fits a very long plan into one message and keeps the practice button', () => {
    const long = 'A long thought about the negotiation. '.repeat(200);
    const many = Array(30).fill(long);
    const msg = buildPlan(
      plan({ goal: long, opening: long, theirInterests: many, options: many, followUp: many }),
      { stateId: STATE_ID },
    );
    expect(msg.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
    expect(blockTextLength(msg.blocks)).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    for (const t of sectionTexts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(msg.blocks.at(-1)?.type).toBe('actions');
  });

  it('uses Polish labels for a Polish plan', () => {
    const msg = buildPlan(plan({ language: 'pl' }), { stateId: STATE_ID });
    const text = JSON.stringify(msg);
    expect(text).toContain('*Cel*');
    expect(text).toContain('Przećwicz tę rozmowę');
  });

  it('skips empty sections', () => {
    const msg = buildPlan(plan({ questions: [], takeABreak: '  ' }), { stateId: STATE_ID });
    const text = sectionTexts(msg.blocks).join('\n');
    expect(text).not.toContain('What Parley still needs to know');
    expect(text).not.toContain('*Take a break*');
  });
});

describe('planToMarkdown', () => {
  it('renders every section as Markdown', () => {
    const md = planToMarkdown(plan());
    for (const label of SECTION_LABELS) expect(md).toContain(`**${label}**`);
    expect(md).toContain('- Budget pressure');
    expect(md.startsWith('## ')).toBe(true);
  });

  it('never lets pasted mentions through', () => {
    const md = planToMarkdown(hostilePlan());
    expect(md).not.toContain('<');
    expect(md).toContain('&lt;!channel&gt;');
  });

  it('stays within the streaming limit', () => {
    const huge = 'word '.repeat(1000);
    const md = planToMarkdown(plan({ theirInterests: Array(20).fill(huge) }));
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_TEXT);
  });
});

describe('buildPlanActions', () => {
  it('ends a streamed plan with the footer and the practice button, without repeating the plan', () => {
    const msg = buildPlanActions(plan(), { stateId: STATE_ID, notice: 'fallback' });
    expect(msg.text).toBe(buildPlan(plan(), { stateId: STATE_ID }).text);
    const buttons = ofType(msg.blocks, 'button');
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([[ACTION_PRACTICE_START, STATE_ID]]);
    expect(sectionTexts(msg.blocks).join('\n')).not.toContain('Goal');
    expect(ofType(msg.blocks, 'context')).toHaveLength(1);
  });
});
