import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../../../src/coach/coach.ts';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { createLogger } from '../../../../src/log.ts';
import { createListenerDeps } from '../../../../src/slack/listeners/deps.ts';
import { rereadWithTechnique } from '../../../../src/slack/listeners/support/reading.ts';
import { readTechniqueChoice } from '../../../../src/slack/listeners/support/techniques.ts';
import type { ReadingState } from '../../../../src/slack/state.ts';
import { requestStore } from '../../../../src/slack/team-scope.ts';
import { MemoryStore } from '../../../../src/store/memory.ts';
import { reading, strings } from '../../views/fixtures.ts';

const MESSAGE = 'As I already explained, this is not my job.';

async function setup(answer: (options: ReadOptions) => ReturnType<typeof reading>) {
  const local = new LocalEngine();
  const calls: ReadOptions[] = [];
  const deps = createListenerDeps({
    coach: {
      ...local.asCoach(),
      read: async (message, options = {}) => {
        expect(message).toBe(MESSAGE);
        calls.push(options);
        return answer(options);
      },
    },
    techniques: local.techniques,
    store: requestStore(new MemoryStore()),
    logger: createLogger('error', () => {}),
    clock: () => 0,
  });
  const state: ReadingState = {
    kind: 'reading',
    user: 'U1',
    message: MESSAGE,
    reading: reading(),
    context: 'peer',
    language: 'pl',
    technique: null,
  };
  return { deps, calls, state, id: await deps.state.put(state), local };
}

describe('rereadWithTechnique ("Try another technique" on a reading)', () => {
  it('asks the coach to read the message again with the chosen technique, in the language shown', async () => {
    const { deps, calls, state, id } = await setup(() =>
      reading({
        replies: [{ technique: 'take-a-break', text: 'Could we pause until tomorrow?', why: 'A pause.' }],
      }),
    );
    await rereadWithTechnique(deps, id, state, 'take-a-break');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      technique: 'take-a-break',
      language: 'pl',
      context: 'peer',
      user: 'U1',
    });
  });

  it('shows the reply with that technique and caches it for the tone buttons', async () => {
    const { deps, state, id } = await setup(() =>
      reading({
        replies: [{ technique: 'take-a-break', text: 'Could we pause until tomorrow?', why: 'A pause.' }],
      }),
    );
    const message = await rereadWithTechnique(deps, id, state, 'take-a-break');
    const text = strings(message.blocks).join('\n');
    expect(text).toContain('Could we pause until tomorrow?');
    expect(text).not.toContain('I am not brushing this off');
    expect(text).not.toContain("couldn't write a calm reply");
    const cached = (await deps.state.get(id)) as ReadingState;
    expect(cached.technique).toBe('take-a-break');
    expect(cached.reading.replies.map((r) => r.technique)).toEqual(['take-a-break']);
  });

  it('keeps the replies already shown and says so plainly when the coach has none with it', async () => {
    const { deps, state, id, local } = await setup(() => reading({ replies: [] }));
    const message = await rereadWithTechnique(deps, id, state, 'take-a-break');
    const name = local.techniques.nameIn('take-a-break', 'en');
    const text = strings(message.blocks).join('\n');
    expect(text).toContain(`I couldn't write a calm reply with ${name} for this message.`);
    expect(text).toContain('I am not brushing this off');
    expect(((await deps.state.get(id)) as ReadingState).reading).toEqual(state.reading);
    expect(typeof message.text).toBe('string');
  });

  it('names the missing technique in Polish on a Polish reading', async () => {
    const { deps, id, local } = await setup(() => reading({ replies: [] }));
    const state = { ...((await deps.state.get(id)) as ReadingState), reading: reading({ language: 'pl' }) };
    const message = await rereadWithTechnique(deps, id, state, 'take-a-break');
    expect(strings(message.blocks).join('\n')).toContain(local.techniques.nameIn('take-a-break', 'pl'));
  });
});

describe('readTechniqueChoice (the boundary for "Try another technique")', () => {
  const { techniques } = new LocalEngine();

  it('accepts a state id with a known technique', () => {
    expect(readTechniqueChoice('abc123:contrasting', techniques)).toEqual({
      ok: true,
      stateId: 'abc123',
      technique: 'contrasting',
    });
  });

  it('rejects a technique id Parley does not have', () => {
    expect(readTechniqueChoice('abc123:mind-reading', techniques)).toEqual({
      ok: false,
      problem: 'unknown-technique',
    });
  });

  it.each(['', 'abc123', ':contrasting', 'abc123:', `${'x'.repeat(300)}:contrasting`])(
    'rejects the malformed value %j',
    (value) => {
      expect(readTechniqueChoice(value, techniques)).toEqual({ ok: false, problem: 'malformed' });
    },
  );
});
