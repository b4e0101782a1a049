import { describe, expect, it } from 'vitest';
import { routeCoachText } from '../../../../src/slack/listeners/commands/coach.ts';
import { editDistance, isNearMiss } from '../../../../src/slack/listeners/commands/command-words.ts';
import { SUBCOMMANDS } from '../../../../src/slack/listeners/commands/subcommands.ts';

const route = (text: string) => routeCoachText(text, SUBCOMMANDS);

describe('routeCoachText', () => {
  it('routes an exact first word that names a subcommand, with the rest as its argument', () => {
    expect(route('prep  a client wants 30% off ')).toEqual({
      kind: 'subcommand',
      subcommand: 'prep',
      rest: 'a client wants 30% off',
    });
    expect(route('help')).toEqual({ kind: 'subcommand', subcommand: 'help', rest: '' });
    expect(route('watch on sensitivity high')).toMatchObject({
      subcommand: 'watch',
      rest: 'on sensitivity high',
    });
    expect(route('break 10m')).toMatchObject({ subcommand: 'break', rest: '10m' });
  });

  it('routes a subcommand word in any case when it stands alone or is followed by its arguments', () => {
    expect(route('Help')).toEqual({ kind: 'subcommand', subcommand: 'help', rest: '' });
    expect(route('HELP')).toMatchObject({ subcommand: 'help' });
    expect(route('help?')).toMatchObject({ subcommand: 'help' });
    expect(route('Watch on')).toMatchObject({ subcommand: 'watch', rest: 'on' });
    expect(route('Break 30m')).toMatchObject({ subcommand: 'break', rest: '30m' });
    expect(route('Prep')).toMatchObject({ subcommand: 'prep', rest: '' });
  });

  it("answers a known subcommand's bad argument with its usage", () => {
    expect(route('watch maybe')).toEqual({ kind: 'usage', subcommand: 'watch' });
    expect(route('break soon')).toEqual({ kind: 'usage', subcommand: 'break' });
  });

  it('treats drafts that only start like a subcommand as drafts', () => {
    expect(route('Help me, the deploy failed again')).toBeNull();
    expect(route('Help me understand why you never answer my emails')).toBeNull();
    expect(route('help, I need this by Friday')).toBeNull();
    expect(route('prepare the numbers before you call me')).toBeNull();
    expect(route('You never prep for meetings')).toBeNull();
    expect(route('break the news gently, please')).toBeNull();
    expect(route('watch out for the release tomorrow')).toBeNull();
    expect(route('Watch it.')).toBeNull();
    expect(route('Watch maybe')).toBeNull();
    expect(route('Brake pads arrived, can you check them?')).toBeNull();
  });

  it.each([
    ['settings', { kind: 'home' }],
    ['Settings', { kind: 'home' }],
    ['setings', { kind: 'home' }],
    ['config', { kind: 'home' }],
    ['status', { kind: 'subcommand', usage: 'watch status' }],
    ['wach', { kind: 'subcommand', usage: 'watch' }],
    ['brake', { kind: 'subcommand', usage: 'break' }],
    ['prepp', { kind: 'subcommand', usage: 'prep' }],
    ['hlep', { kind: 'subcommand', usage: 'help' }],
    ['pomoc', { kind: 'subcommand', usage: 'help' }],
    ['wach on', { kind: 'subcommand', usage: 'watch on' }],
    ['brake 10m', { kind: 'subcommand', usage: 'break 10m' }],
  ])('answers "%s" with did you mean', (text, suggestion) => {
    expect(route(text)).toEqual({ kind: 'did-you-mean', suggestion });
  });

  it.each([
    'Fine.',
    'Whatever',
    'No',
    'Ok',
    'ok',
    'Hey',
    'Hello',
    'Hell',
    'Hell no',
    'Great',
    'Great!',
    'Which',
    'Yep',
    'Pass',
    'Seriously?',
    'Serio?',
    'Dzięki',
    'Thanks!',
    'Why?',
    'Sure thing',
    'Stop.',
    'Whatever works',
  ])('keeps the one- or two-word draft "%s" a draft', (text) => {
    expect(route(text)).toBeNull();
  });

  it('never routes to inherited object keys', () => {
    expect(route('constructor of lies')).toBeNull();
    expect(route('toString')).toBeNull();
    expect(route('__proto__')).toBeNull();
  });

  it('routes any subcommand added to the map, without changing the router', () => {
    const withPing = {
      ...SUBCOMMANDS,
      ping: { handle: async () => {}, reads: () => 'arguments' as const, usage: SUBCOMMANDS.help!.usage },
    };
    expect(routeCoachText('ping now', withPing)).toEqual({
      kind: 'subcommand',
      subcommand: 'ping',
      rest: 'now',
    });
    expect(routeCoachText('pingg', withPing)).toEqual({
      kind: 'did-you-mean',
      suggestion: { kind: 'subcommand', usage: 'ping' },
    });
  });
});

describe('near misses', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('hlep', 'help')).toBe(1);
    expect(editDistance('brake', 'break')).toBe(2);
    expect(editDistance('', 'watch')).toBe(5);
  });

  it('needs the first letter, and one edit for short words, two for longer ones', () => {
    expect(isNearMiss('great', 'break')).toBe(false);
    expect(isNearMiss('hey', 'help')).toBe(false);
    expect(isNearMiss('wach', 'watch')).toBe(true);
    expect(isNearMiss('one', 'on')).toBe(false);
  });
});
