import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.ts';
import { parseDuration } from '../../../src/slack/listeners/commands/break.ts';
import { handleWatchCommand, parseWatch } from '../../../src/slack/listeners/commands/watch.ts';
import { createListenerDeps } from '../../../src/slack/listeners/deps.ts';
import { requestStore } from '../../../src/slack/team-scope.ts';
import { MemoryStore } from '../../../src/store/memory.ts';

describe('parseDuration', () => {
  it.each([
    ['10m', 10],
    ['10', 10],
    ['30 min', 30],
    ['1h', 60],
    ['1h30m', 90],
    ['1 h 30 min', 90],
    ['1.5h', 90],
    ['90 minutes', 90],
    ['8h', 480],
    ['1m', 1],
    ['2 godziny', 120],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });

  it.each(['0m', '9h', '8h1m', '0'])('refuses %s as out of range', (text) => {
    expect(parseDuration(text)).toEqual({ ok: false, reason: 'range' });
  });

  it.each(['', 'soon', '10 parsecs', '10m please', '-5m', 'h'])('refuses %s as unreadable', (text) => {
    expect(parseDuration(text)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseWatch', () => {
  it('reads on, off and status, with status as the default', () => {
    expect(parseWatch('')).toMatchObject({ ok: true, mode: 'status' });
    expect(parseWatch('on')).toMatchObject({
      ok: true,
      mode: 'on',
      sensitivity: null,
      cooldownMinutes: null,
    });
    expect(parseWatch('OFF')).toMatchObject({ ok: true, mode: 'off' });
  });

  it('reads sensitivity and cooldown in any order', () => {
    expect(parseWatch('on cooldown 45m sensitivity high')).toEqual({
      ok: true,
      mode: 'on',
      sensitivity: 'high',
      cooldownMinutes: 45,
    });
    expect(parseWatch('on low')).toMatchObject({ sensitivity: 'low' });
    expect(parseWatch('sensitivity low')).toMatchObject({ mode: 'on', sensitivity: 'low' });
  });

  it('explains bad values', () => {
    expect(parseWatch('on sensitivity extreme')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/low, medium or high/),
    });
    expect(parseWatch('on cooldown 2m')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/5m to 24h/),
    });
    expect(parseWatch('off sensitivity high')).toMatchObject({ ok: false });
  });

  it('hands back text that is not a watch command, so it can be reviewed as a draft', () => {
    expect(parseWatch('yourself, you never check')).toEqual({ ok: false, problem: null });
  });
});

describe('handleWatchCommand', () => {
  async function run(text: string, isMember: boolean) {
    const store = requestStore(new MemoryStore());
    const deps = createListenerDeps({
      coach: {} as never,
      techniques: {} as never,
      store,
      logger: silentLogger,
      clock: () => 1_700_000_000_000,
    });
    const replies: { text?: string }[] = [];
    const posted: unknown[] = [];
    const args = {
      command: { channel_id: 'C0PUBLIC', user_id: 'U0ALICE', text },
      client: {
        conversations: { info: async () => ({ ok: true, channel: { id: 'C0PUBLIC', is_member: isMember } }) },
        chat: { postMessage: async (message: unknown) => posted.push(message) },
      },
      respond: async (message: { text?: string }) => {
        replies.push(message);
      },
    };
    await handleWatchCommand({
      args: args as never,
      deps,
      rest: text.replace(/^watch\s*/, ''),
      ids: { surface: 'command.watch' },
    });
    return { replies, posted, store };
  }

  it('tells people how to invite Parley into a public channel it is not a member of', async () => {
    const { replies, posted, store } = await run('watch on', false);
    expect(replies[0]?.text).toContain('/invite @Parley');
    expect(posted).toHaveLength(0);
    expect(await store.getWatch('C0PUBLIC')).toBeNull();
  });

  it('turns watching on with one public note when Parley is a member', async () => {
    const { replies, posted, store } = await run('watch on', true);
    expect(posted).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/now watching/);
    expect(await store.getWatch('C0PUBLIC')).toMatchObject({
      enabled: true,
      sensitivity: 'medium',
      cooldownMinutes: 30,
    });
  });
});
