import { describe, expect, it } from 'vitest';
import { loadTechniques } from '../../../src/coach/techniques.ts';
import {
  ACTION_PREF_CONTEXT,
  ACTION_PREF_LANGUAGE,
  ACTION_STOP_POSTING,
  CONTEXT_NONE,
} from '../../../src/slack/ids.ts';
import { escapeMrkdwn } from '../../../src/slack/views/escape.ts';
import {
  BLOCK_POSTING,
  buildHome,
  type HomeTechnique,
  POSTING_ON_TEXT,
} from '../../../src/slack/views/home.ts';
import { expectNoRawControl, ofType, sectionTexts } from './fixtures.ts';

function technique(i: number): HomeTechnique {
  return {
    id: `technique-${i}`,
    name: `Technique ${i}`,
    summary: `What technique ${i} does, in a sentence.`,
    when: `When technique ${i} helps most.`,
  };
}

function select(view: ReturnType<typeof buildHome>, actionId: string): Record<string, unknown> {
  return ofType(view.blocks, 'static_select').find((s) => s.action_id === actionId)!;
}

describe('buildHome', () => {
  it('lists every technique from the technique files with its name, summary and when to use it', () => {
    const techniques = loadTechniques();
    const view = buildHome({ techniques, preferences: { context: null, language: 'auto' } });
    const text = sectionTexts(view.blocks).join('\n');
    expect(techniques.length).toBeGreaterThan(0);
    for (const t of techniques) {
      expect(text).toContain(`*${escapeMrkdwn(t.name)}*`);
      expect(text).toContain(escapeMrkdwn(t.summary));
      expect(text).toContain(escapeMrkdwn(t.when));
    }
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('explains how to use Parley and promises drafts are never stored', () => {
    const json = JSON.stringify(
      buildHome({ techniques: [], preferences: { context: null, language: 'auto' } }),
    );
    expect(json).toContain('/coach');
    expect(json).toContain('Coach this message');
    expect(json).toContain('Messages');
    expect(json).toContain('never stored or logged');
    expect(expectNoRawControl(json).escapedSeen).toBe(false);
  });

  it('shows the saved preferences as the initial options', () => {
    const view = buildHome({ techniques: [], preferences: { context: 'boss', language: 'pl' } });
    expect(select(view, ACTION_PREF_CONTEXT).initial_option).toMatchObject({ value: 'boss' });
    expect(select(view, ACTION_PREF_LANGUAGE).initial_option).toMatchObject({ value: 'pl' });
    const languages = (select(view, ACTION_PREF_LANGUAGE).options as { value: string }[]).map((o) => o.value);
    expect(languages).toEqual(['auto', 'en', 'pl']);
  });

  it('offers "no default" for the context and selects it when none is saved', () => {
    const view = buildHome({ techniques: [], preferences: { context: null, language: 'auto' } });
    expect(select(view, ACTION_PREF_CONTEXT).initial_option).toMatchObject({ value: CONTEXT_NONE });
  });

  it('stays within 100 blocks however many techniques there are', () => {
    const many = Array.from({ length: 150 }, (_, i) => technique(i));
    const view = buildHome({ techniques: many, preferences: { context: null, language: 'en' } });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view)).toContain('more.');
  });
});

describe('the feedback counts on the Home tab', () => {
  const techniques = [
    { id: 'contrasting', name: 'Contrasting', summary: 'Say what you do not mean first.', when: 'Always.' },
  ];
  const preferences = { context: null, language: 'auto' as const };

  it('lists the surfaces and engines that have votes', () => {
    const view = buildHome({
      techniques,
      preferences,
      feedback: [
        { surface: 'review', engine: 'local', up: 3, down: 1 },
        { surface: 'review', engine: 'openai', up: 0, down: 0 },
        { surface: 'plan', engine: 'openai', up: 2, down: 0 },
      ],
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Reviews (offline coach): :thumbsup: 3 · :thumbsdown: 1');
    expect(text).toContain('Plans (AI coach): :thumbsup: 2 · :thumbsdown: 0');
    expect(text).not.toContain('Reviews (AI coach)');
  });

  it('says there is no feedback yet, and leaves the section out when the counts are unavailable', () => {
    expect(JSON.stringify(buildHome({ techniques, preferences, feedback: [] }).blocks)).toContain(
      'No feedback yet',
    );
    expect(JSON.stringify(buildHome({ techniques, preferences, feedback: null }).blocks)).not.toContain(
      'feedback_counts',
    );
  });
});

describe('buildHome: posting as you', () => {
  const preferences = { context: null, language: 'auto' } as const;
  type Json = Record<string, unknown>;
  const posting = (view: ReturnType<typeof buildHome>) =>
    (view.blocks as unknown as Json[]).find((b) => b.block_id === BLOCK_POSTING);

  it('offers Stop, with a confirmation, while Parley may post as the user', () => {
    const block = posting(buildHome({ techniques: [], preferences, posting: 'on' }));
    expect((block?.text as Json | undefined)?.text).toBe(POSTING_ON_TEXT);
    const stop = block?.accessory as Json;
    expect(stop.action_id).toBe(ACTION_STOP_POSTING);
    expect(stop.confirm).toBeDefined();
  });

  it('says how to allow posting when Parley may not, and says nothing in single-workspace mode', () => {
    const off = posting(buildHome({ techniques: [], preferences, posting: 'off' }));
    expect(off?.accessory).toBeUndefined();
    expect(JSON.stringify(off)).toContain('/slack/install');
    expect(posting(buildHome({ techniques: [], preferences }))).toBeUndefined();
    expect(posting(buildHome({ techniques: [], preferences, posting: null }))).toBeUndefined();
  });
});
