import { describe, expect, it } from 'vitest';
import { routeCoachText } from '../../../../src/slack/listeners/commands/coach.ts';
import { SUBCOMMANDS } from '../../../../src/slack/listeners/commands/subcommands.ts';

describe('routeCoachText', () => {
  it('routes an exact first word that names a subcommand, with the rest as its argument', () => {
    expect(routeCoachText('prep  a client wants 30% off ', SUBCOMMANDS)).toEqual({
      subcommand: 'prep',
      rest: 'a client wants 30% off',
    });
    expect(routeCoachText('help', SUBCOMMANDS)).toEqual({ subcommand: 'help', rest: '' });
  });

  it('treats drafts that only start like a subcommand as drafts', () => {
    expect(routeCoachText('Help me, the deploy failed again', SUBCOMMANDS)).toBeNull();
    expect(routeCoachText('help, I need this by Friday', SUBCOMMANDS)).toBeNull();
    expect(routeCoachText('prepare the numbers before you call me', SUBCOMMANDS)).toBeNull();
    expect(routeCoachText('You never prep for meetings', SUBCOMMANDS)).toBeNull();
  });

  it('never routes to inherited object keys', () => {
    expect(routeCoachText('constructor of lies', SUBCOMMANDS)).toBeNull();
    expect(routeCoachText('toString', SUBCOMMANDS)).toBeNull();
  });

  it('routes any subcommand added to the map, without changing the router', () => {
    const withWatch = { ...SUBCOMMANDS, watch: async () => {} };
    expect(routeCoachText('watch on', withWatch)).toEqual({ subcommand: 'watch', rest: 'on' });
  });
});
